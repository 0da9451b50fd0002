// The consolidated report's exports, re-opened and checked against the database: the XLSX cell by cell with
// ExcelJS (numbers exact and typed as numbers), the DOCX's document.xml (header, title, table rows, signature),
// the PDF through pdftotext, pdfinfo and pdffonts; the report:export command's errors and its all-or-nothing
// file writing.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { writeFileAtomically } from "@/lib/export/atomic";
import { writeConsolidated } from "@/lib/export/report";
import { REPORT_XLSX_COLUMNS } from "@/lib/export/xlsx-report";
import { createDefaultCalendar } from "@/lib/reports/calendar";
import { loadConsolidatedReport } from "@/lib/reports/consolidated";
import type { ConsolidatedReport } from "@/lib/reports/consolidated-types";
import { STATUS_LABELS } from "@/lib/tasks/strings";
import { buildTaskWorld, day, makeTask, type TaskWorld } from "./tasks-fixtures";

const run = promisify(execFile);
const NOW = new Date("2026-11-30T03:00:00Z");
let w: TaskWorld;
let report: ConsolidatedReport;
let dir: string;

beforeAll(async () => {
  w = await buildTaskWorld();
  await makeTask(w, {
    agencyId: w.agencies.finance.id,
    status: "IN_PROGRESS",
    progress: 45,
    dueOn: day("2026-12-31"),
    title: "Công khai ngân sách",
  });
  await makeTask(w, { agencyId: w.agencies.district.id, dueOn: day("2026-12-31") });
  await makeTask(w, { agencyId: w.agencies.health.id, status: "SUBMITTED", dueOn: day("2026-12-31") });
  await db.$transaction((tx) => createDefaultCalendar(tx, w.plan.id, 2026));
  report = await loadConsolidatedReport(w.provinceId, "2026-Q3", { now: NOW });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "par-export-"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function exportTo(format: "docx" | "pdf" | "xlsx", name = `report.${format}`): Promise<string> {
  const file = path.join(dir, name);
  await writeFileAtomically(file, (out) =>
    writeConsolidated(report, format, out, format === "docx" ? { signerTitle: "Giám đốc" } : {}),
  );
  return file;
}

describe("consolidated report exports", () => {
  it("XLSX: the appendix rows equal the database, cell by cell, numbers as numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await exportTo("xlsx"));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(3).values).toEqual([undefined, ...REPORT_XLSX_COLUMNS.map((c) => c.header)]);
    expect(sheet.getColumn(7).width).toBe(50);

    const tasks = await db.task.findMany({
      where: { planId: w.plan.id, measureId: { not: null } },
      include: { agency: true, measure: true, criterion: { include: { scores: true } } },
    });
    const dataRows = sheet.getSheetValues().slice(4).filter(Boolean) as ExcelJS.CellValue[][];
    expect(dataRows).toHaveLength(tasks.length);
    for (const task of tasks) {
      const row = dataRows.find((r) => r[9] === task.agency?.name);
      expect(row, task.agency?.name).toBeDefined();
      const score = task.criterion!.scores.find((s) => s.assessmentId === w.plan.assessmentId)!;
      const lost = task.criterion!.standardPoints.minus(score.assessedPoints);
      expect(row![4]).toBe(task.criterion!.code);
      expect(typeof row![6]).toBe("number");
      expect(row![6]).toBe(lost.toNumber()); // 1 − 0,004 = 0,996 exactly
      expect(row![6]).toBe(0.996);
      expect(row![7]).toBe(task.measure!.text);
      expect(row![10]).toEqual(new Date(Date.UTC(2026, 11, 31)));
      expect(row![11]).toBe(STATUS_LABELS[task.status]);
      expect(typeof row![12]).toBe("number");
      expect(row![12]).toBe(task.progress);
    }
    expect(dataRows.find((r) => r[9] === "Sở Tài chính")![12]).toBe(45);
  });

  it("DOCX: administrative header, title, appendix rows, Nơi nhận and signature block, Times New Roman on A4", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(await exportTo("docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<w:tab\/>/g, "\t").replace(/<[^>]+>/g, "");
    for (const expected of [
      `UBND TỈNH ${w.province.name.toLocaleUpperCase("vi-VN")}`,
      "SỞ NỘI VỤ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: ……………/BC-……………",
      `${w.province.name}, ngày …… tháng …… năm 2026`,
      "BÁO CÁO",
      `Kết quả thực hiện Kế hoạch số ${w.plan.number} ngày 23/08/2021`,
      "quý III năm 2026",
      `Kính gửi: Ủy ban nhân dân tỉnh ${w.province.name}.`,
      "Nơi nhận:",
      "GIÁM ĐỐC",
      "(Ký, ghi rõ họ tên và đóng dấu)",
      "PHỤ LỤC",
    ])
      expect(text, expected).toContain(expected);
    expect(xml).toContain('w:ascii="Times New Roman"');
    // table cells name one 11 pt Times New Roman paragraph style instead of carrying their own run properties
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="BangBieu">[\s\S]*?<w:sz w:val="22"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/); // A4 portrait (210 × 297 mm)
    const tables = xml.split("<w:tbl>").slice(1);
    expect(tables).toHaveLength(3); // header, signature, appendix
    const appendix = tables[2]!;
    const rows = appendix
      .split("<w:tr>")
      .slice(1)
      .map((r) => r.replace(/<[^>]+>/g, ""));
    expect(rows).toHaveLength(1 + 3);
    expect(rows[0]).toContain("Cơ quan chủ trì");
    expect(
      rows.some(
        (r) => r.includes("Sở Tài chính") && r.includes("Đang thực hiện") && r.includes("45") && r.includes("0,996"),
      ),
    ).toBe(true);
  });

  it("PDF: the same report as text", async () => {
    const file = await exportTo("pdf");
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
    const text = stdout.replace(/\s+/g, " ");
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "SỞ NỘI VỤ",
      "BÁO CÁO",
      "Nơi nhận:",
      "PHỤ LỤC",
      "Sở Tài chính",
      "Công khai ngân sách đúng hạn",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toContain(`tổng số điểm bị mất là ${report.summary.points.total.replace(".", ",")}`);
  });

  it("PDF: A4 portrait pages, then the appendix on landscape pages; Tinos embedded; two exports at once agree", async () => {
    const [a, b] = await Promise.all([exportTo("pdf", "a.pdf"), exportTo("pdf", "b.pdf")]);
    const { stdout: info } = await run("pdfinfo", ["-f", "1", "-l", "99", a]);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => `${m[1]}x${m[2]}`);
    expect(sizes[0]).toBe("595.28x841.89"); // A4 portrait
    expect(sizes.at(-1)).toBe("841.89x595.28"); // A4 landscape
    expect(sizes.slice(0, sizes.indexOf("841.89x595.28")).every((x) => x === "595.28x841.89")).toBe(true);
    const last = (await run("pdftotext", ["-f", String(sizes.length), "-l", String(sizes.length), a, "-"])).stdout;
    expect(last).toContain("Cơ quan chủ trì");
    const { stdout: fonts } = await run("pdffonts", [a]);
    const names = fonts.split("\n").slice(2).filter(Boolean);
    expect(names.length).toBeGreaterThan(0);
    for (const line of names) expect(line).toMatch(/\+Tinos-\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const text = async (f: string) => (await run("pdftotext", [f, "-"])).stdout;
    expect(await text(b)).toBe(await text(a));
  });

  it("never leaves a half-written file: a failure mid-way keeps the old file and no temporary file", async () => {
    const file = path.join(dir, "keep.xlsx");
    fs.writeFileSync(file, "old");
    await expect(
      writeFileAtomically(file, async (out) => {
        out.write("partial");
        throw new Error("đứt giữa chừng");
      }),
    ).rejects.toThrow("đứt giữa chừng");
    expect(fs.readFileSync(file, "utf8")).toBe("old");
    expect(fs.readdirSync(dir).filter((f) => f.includes("keep.xlsx."))).toEqual([]);
  });
});

describe("npm run report:export", () => {
  const cli = (args: string[]) =>
    run("npx", ["tsx", "--conditions=react-server", "scripts/report-export.ts", ...args], { env: process.env }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("writes the file, and refuses an unknown province or period in Vietnamese without writing", async () => {
    const out = path.join(dir, "cli.docx");
    const ok = await cli(["--province", w.province.name, "--period", "2026-Q3", "--format", "docx", "--out", out]);
    expect(ok.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");

    const missing = path.join(dir, "missing.docx");
    const province = await cli([
      "--province",
      "Tỉnh Không Có",
      "--period",
      "2026-Q3",
      "--format",
      "docx",
      "--out",
      missing,
    ]);
    expect(province.code).toBe(1);
    expect(province.stderr).toContain("Không tìm thấy tỉnh “Tỉnh Không Có”.");
    const period = await cli([
      "--province",
      w.province.name,
      "--period",
      "2031-Q1",
      "--format",
      "xlsx",
      "--out",
      missing,
    ]);
    expect(period.code).toBe(1);
    expect(period.stderr).toContain("không có kỳ 2031-Q1");
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);

  it("writes the PDF, with the Vietnamese text extractable", async () => {
    const out = path.join(dir, "cli.pdf");
    const ok = await cli(["--province", w.province.name, "--period", "2026-Q3", "--format", "pdf", "--out", out]);
    expect(ok.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    const { stdout } = await run("pdftotext", [out, "-"]);
    expect(stdout).toContain(`Kính gửi: Ủy ban nhân dân tỉnh ${w.province.name}.`);
  }, 120_000);
});
