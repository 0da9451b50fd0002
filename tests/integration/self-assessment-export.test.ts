// The self-assessment table as XLSX: the rows the reader may see (an agency: its own), the figures as
// numbers, the flag for a score without evidence, and the totals. All figures are made-up test data.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { selfAssessmentXlsx } from "@/lib/export/self-assessment-xlsx";
import { selfView } from "./framework-fixtures";
import { seedAppraisedSelfAssessment } from "./self-assessment-fixtures";

let year: number;
let admin: SessionUser;
let staff: SessionUser;

beforeAll(async () => {
  ({ year, admin, staff } = await seedAppraisedSelfAssessment());
});

async function readBack(user: SessionUser) {
  const view = await selfView(user, year);
  if (!view) throw new Error("no view");
  const book = new ExcelJS.Workbook();
  const bytes = await selfAssessmentXlsx(view, user.provinceName);
  await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  const sheet = book.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { sheet, rows };
}

describe("self-assessment XLSX export", () => {
  it("writes every self-scored row of the province with numbers, the flag and the totals", async () => {
    const { sheet, rows } = await readBack(admin);
    expect(sheet?.name).toBe(`Tự đánh giá ${year}`);
    expect(rows[0]?.[0]).toBe(`Bảng tự đánh giá Chỉ số CCHC năm ${year} — tỉnh ${admin.provinceName}`);
    expect(rows[2]?.slice(0, 3)).toEqual(["Mã", "Tiêu chí", "Điểm tối đa"]);
    const byCode = Object.fromEntries(rows.slice(3, -1).map((r) => [r[0], r]));
    expect(Object.keys(byCode)).toEqual(["1.1.1", "1.1.2", "1.2"]); // self-scored only: field 2 is the survey
    expect(byCode["1.1.1"]).toEqual([
      "1.1.1",
      "Tiêu chí thành phần 1.1.1",
      4,
      "Sở Tài chính",
      "Đã thẩm định",
      3.5,
      "Đã ban hành đủ văn bản",
      "Chưa có tài liệu kiểm chứng",
      3.25,
      "Thiếu một báo cáo",
    ]);
    expect(byCode["1.1.2"]?.[3]).toBe("Chưa giao");
    const total = rows[rows.length - 1];
    expect([total?.[1], total?.[2], total?.[5], total?.[8]]).toEqual(["Tổng cộng", 10, 3.5, 3.25]);
    expect(sheet?.getColumn(3).numFmt).toBe("#,##0.00#");
  });

  it("an agency's export holds its own rows only", async () => {
    const { rows } = await readBack(staff);
    expect(rows.slice(3, -1).map((r) => r[0])).toEqual(["1.1.1", "1.2"]);
  });
});
