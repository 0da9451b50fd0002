import type { Metadata } from "next";
import { PeriodEditForm } from "@/components/reports/PeriodEditForm";
import { requireAction } from "@/lib/auth/session";
import { loadPeriodEdit } from "@/lib/reports/data";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Sửa kỳ báo cáo" };

/** Sở Nội vụ edits a period: closing dates, submission deadline, the agencies that must report. */
export default async function PeriodEditPage({ params }: { params: Promise<{ ky: string }> }) {
  const user = await requireAction("report.calendar");
  const { ky } = await params;
  return <PeriodEditForm edit={dataOrRefuse(await loadPeriodEdit(user, decodeURIComponent(ky)))} />;
}
