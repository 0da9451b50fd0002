import { describe, expect, it } from "vitest";
import { finalSuccessors } from "@/lib/agencies/successions";
import type { DesiredTask } from "@/lib/tasks/desired";
import { redirectEnded } from "@/lib/tasks/desired";
import { csvRows, parseDate } from "./file";
import { foldReason } from "./fold";
import { pointsAtStake } from "./points";
import { proposeSuccessor } from "./propose";

const task = (sourceRef: string, agencyId: string | null, supporterIds: string[] = []): DesiredTask => ({
  source: "MEASURE",
  sourceRef,
  agencyId,
  measureId: "m",
  criterionId: "c",
  title: "t",
  dueOn: null,
  recurrence: "NONE",
  supporterIds,
});

describe("the generator and ended agencies", () => {
  it("follows a chain of successors; no successor (or a loop) means unassigned", () => {
    const map = finalSuccessors([
      { id: "a", ended: { successorId: "b" } },
      { id: "b", ended: { successorId: "c" } },
      { id: "c" },
      { id: "d", ended: { successorId: null } },
      { id: "x", ended: { successorId: "y" } },
      { id: "y", ended: { successorId: "x" } },
    ]);
    expect(Object.fromEntries(map)).toEqual({ a: "c", b: "c", d: null, x: null, y: null });
  });

  it("keeps a line whose task moved, sends a new one to the successor, and redirects supporters", () => {
    const successors = new Map([["planning", "finance"]]);
    const moved = new Map([["M:1\u0000planning", "finance"]]);
    const out = redirectEnded(
      [task("M:1", "planning", ["finance", "health"]), task("M:2", "planning", ["planning"]), task("M:2", "finance")],
      successors,
      moved,
    );
    expect(out.map((t) => [t.sourceRef, t.agencyId, t.supporterIds])).toEqual([
      ["M:1", "planning", ["health"]], // the owner (finance) never supports its own task
      ["M:2", "finance", []], // the successor's line and the redirected one are one task
    ]);
  });
});

describe("restructuring helpers", () => {
  it("proposes the successor whose name shares words with the item, none on a tie or no match", () => {
    const names = ["Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo"];
    expect(proposeSuccessor("Giáo dục nghề nghiệp", names)).toBe(2);
    expect(proposeSuccessor("Bảo hiểm y tế cho người lao động", names)).toBe(1);
    expect(proposeSuccessor("Cải cách thủ tục hành chính", names)).toBeNull();
  });

  it("adds each criterion's lost points once per plan, not a child inside its parent", () => {
    const rows = [
      { planId: "p", criterionCode: "3.4", lost: "0.05" },
      { planId: "p", criterionCode: "3.4.1", lost: "0.02" },
      { planId: "p", criterionCode: "3.4", lost: "0.05" },
      { planId: "p", criterionCode: "9.2", lost: "5.94" },
      { planId: "p", criterionCode: null, lost: null },
    ];
    expect(pointsAtStake(rows)).toBe("5.99");
  });

  it("reads CSV cells with quotes and dates in both forms", () => {
    expect(csvRows('a,"b, c",d\r\n1,"x ""y""",3')).toEqual([
      ["a", "b, c", "d"],
      ["1", 'x "y"', "3"],
    ]);
    expect(parseDate("1/3/2025")).toBe("2025-03-01");
    expect(parseDate("2025-07-01")).toBe("2025-07-01");
    expect(parseDate("31/02/2025")).toBeNull();
  });
});

describe("batch files", () => {
  it("reads an XLSX sheet like the CSV: header skipped, dates as cells or text, several names split on ;", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { readBatchFile } = await import("./file");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Sắp xếp");
    sheet.addRow(["Ngày hiệu lực", "Loại", "Từ", "Đến", "Quyết định"]);
    sheet.addRow([new Date(Date.UTC(2025, 2, 1)), "Hợp nhất", "Sở A; Sở B", "Sở C", ""]);
    sheet.addRow(["01/07/2025", "giải thể", "UBND cấp huyện", "", "Kết thúc cấp huyện"]);
    sheet.addRow(["1/7/2025", "gộp", "Sở D", "Sở E", ""]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const lines = await readBatchFile("sap-xep.xlsx", bytes);
    expect(
      lines.map(({ line, effectiveOn, kind, from, to, errors }) => ({ line, effectiveOn, kind, from, to, errors })),
    ).toEqual([
      { line: 2, effectiveOn: "2025-03-01", kind: "MERGE", from: ["Sở A", "Sở B"], to: ["Sở C"], errors: [] },
      { line: 3, effectiveOn: "2025-07-01", kind: "DISSOLVE", from: ["UBND cấp huyện"], to: [], errors: [] },
      {
        line: 4,
        effectiveOn: "2025-07-01",
        kind: null,
        from: ["Sở D"],
        to: ["Sở E"],
        errors: ["loại «gộp» không rõ; dùng «đổi tên», «hợp nhất», «sáp nhập», «chia tách» hoặc «giải thể»."],
      },
    ]);
  });
});

describe("the note on a folded copy", () => {
  const note = (decision: string) =>
    foldReason({ kind: "MERGE", effectiveOn: new Date("2025-03-01T00:00:00Z"), decision }, "Sở Tài chính");
  const tail = "; nhiệm vụ này do Sở Tài chính tiếp tục thực hiện.";

  it("quotes the decision once, whether or not it was written in brackets", () => {
    const plain = `Không còn áp dụng: hợp nhất / sáp nhập từ ngày 01/03/2025 theo «Quyết định 12/QĐ-UBND»${tail}`;
    expect(note("Quyết định 12/QĐ-UBND")).toBe(plain);
    expect(note("(Quyết định 12/QĐ-UBND)")).toBe(plain);
    expect(note(" [(Quyết định 12/QĐ-UBND).] ")).toBe(plain);
  });

  it("keeps the brackets inside a decision (the sample file's) without nesting them in the sentence's", () => {
    expect(note("Sắp xếp các sở từ ngày 01/3/2025 (số quyết định: điền theo văn bản của tỉnh)")).toBe(
      "Không còn áp dụng: hợp nhất / sáp nhập từ ngày 01/03/2025 theo «Sắp xếp các sở từ ngày 01/3/2025 " +
        `(số quyết định: điền theo văn bản của tỉnh)»${tail}`,
    );
    expect(note("(Điều 1) và (Điều 2)")).toContain("theo «(Điều 1) và (Điều 2)»;");
  });

  it("leaves the decision out when none was given (the form's field is optional)", () => {
    for (const empty of ["", "  ", "()"])
      expect(note(empty)).toBe(`Không còn áp dụng: hợp nhất / sáp nhập từ ngày 01/03/2025${tail}`);
  });
});
