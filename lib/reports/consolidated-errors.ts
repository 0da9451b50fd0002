// Why a consolidated report cannot be built, in Vietnamese (the page and `report:export` show the message).
import { PERIOD_KEY_ERROR } from "@/lib/periods/keys";
import type { ConsolidatedReportErrorCode } from "@/lib/reports/consolidated-types";

export class ConsolidatedReportError extends Error {
  constructor(
    readonly code: ConsolidatedReportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const CONSOLIDATED_ERRORS = {
  BAD_PERIOD_KEY: PERIOD_KEY_ERROR,
  PROVINCE_NOT_FOUND: "Không tìm thấy tỉnh.",
  PLAN_NOT_FOUND: "Tỉnh chưa có kế hoạch nào để tổng hợp.",
  PERIOD_NOT_FOUND: (key: string) =>
    `Lịch báo cáo của kế hoạch không có kỳ ${key}. Sở Nội vụ lập kỳ này ở trang Báo cáo định kỳ trước.`,
} as const;
