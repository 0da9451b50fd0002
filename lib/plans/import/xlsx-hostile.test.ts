// Issue 8, item 10: hostile workbooks, generated here, are refused quickly with a message saying what is wrong,
// and the event loop (which answers /api/health and sign-ins in the server) keeps turning while they are read.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseFramework } from "@/lib/frameworks/import/parse";
import { PlanImportError } from "./errors";
import { readSource } from "./read-source";
import { farCellXlsx, gridXlsx, sheetWithXlsx, zipBombXlsx } from "./testing/hostile-xlsx";
import { readSheetsInWorker } from "./xlsx-in-worker";
import { XLSX_LIMITS } from "./xlsx-limits";

// Made once, before any timing: computing a gigabyte's checksum blocks this test's own event loop for a while.
const files = {
  farWithDimension: farCellXlsx({ dimension: true }),
  farWithout: farCellXlsx({ dimension: false }),
  bomb: zipBombXlsx({ megabytes: 1000, lie: false }),
  lyingBomb: zipBombXlsx({ megabytes: 1000, lie: true }),
  grid: gridXlsx(1000, 50),
};

/** The longest the event loop went without running a 20 ms timer while the test ran. */
let loop: { timer: NodeJS.Timeout; last: number; longest: number };
beforeEach(() => {
  loop = { timer: setInterval(() => tick(), 20), last: Date.now(), longest: 0 };
});
afterEach(() => clearInterval(loop.timer));
function tick() {
  const now = Date.now();
  loop.longest = Math.max(loop.longest, now - loop.last);
  loop.last = now;
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<{ error: PlanImportError; ms: number }> {
  const started = Date.now();
  const error = await readSource(fileName, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  tick();
  if (!(error instanceof PlanImportError)) throw new Error(`expected a PlanImportError, got ${String(error)}`);
  return { error, ms: Date.now() - started };
}

describe("hostile XLSX", () => {
  it("refuses the 1,6 KB file whose only cell is XFD1048576, by its dimension and by its cell", async () => {
    for (const dimension of [true, false]) {
      const file = dimension ? files.farWithDimension : files.farWithout;
      expect(file.length).toBeLessThan(1700);
      const { error, ms } = await refusal("xa.xlsx", file);
      expect(error.code).toBe("XLSX_TOO_MANY_CELLS");
      expect(error.message).toContain(
        dimension ? "ô hoặc vùng «XFD1048576» (dòng 1.048.576, cột 16.384)" : "có dữ liệu ở dòng 1.048.576:",
      );
      expect(error.message).toContain("vượt giới hạn 5.000 dòng × 100 cột");
      expect(ms).toBeLessThan(10_000);
    }
    expect(loop.longest).toBeLessThan(1000);
  });

  it("refuses a 1 MB zip bomb by its declared size, before inflating anything", async () => {
    const bomb = files.bomb;
    expect(bomb.length).toBeGreaterThan(900_000);
    expect(bomb.length).toBeLessThan(1_200_000);
    const { error, ms } = await refusal("bom.xlsx", bomb);
    expect(error.code).toBe("XLSX_TOO_LARGE");
    expect(error.message).toMatch(/khi giải nén lớn hơn 50 MB/);
    expect(ms).toBeLessThan(3000);
    expect(loop.longest).toBeLessThan(1000);
  });

  it("refuses a zip bomb that declares a small size once it inflates past it, off the event loop", async () => {
    const { error, ms } = await refusal("bom.xlsx", files.lyingBomb);
    expect(error.code).toBe("XLSX_TOO_LARGE");
    expect(error.message).toMatch(/khai báo sai kích thước/);
    expect(ms).toBeLessThan(10_000);
    expect(loop.longest).toBeLessThan(1000);
  });

  it("refuses whole-sheet merged and validated ranges, which exceljs would walk cell by cell", async () => {
    const merged = sheetWithXlsx('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    const validated = sheetWithXlsx(
      '<dataValidations count="1"><dataValidation type="list" sqref="B2:B1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
    );
    expect((await refusal("gop.xlsx", merged)).error.message).toContain("«A1:XFD1048576»");
    expect((await refusal("kiem-tra.xlsx", validated)).error.message).toContain("«B2:B1048576»");
    // a selection of the whole sheet only says what the window showed: not refused for it
    const selected = sheetWithXlsx(
      '<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1:XFD1048576"/></sheetView></sheetViews>',
    );
    expect((await refusal("chon.xlsx", selected)).error.code).toBe("NO_TABLE");
    expect(loop.longest).toBeLessThan(1000);
  });

  it("reads a large workbook within the limits in a worker: the event loop keeps turning", async () => {
    // 1 000 × 50 numbers: seconds of exceljs work, which on the request thread would stall everything.
    const started = Date.now();
    const outcome = await readSource("lon.xlsx", files.grid).then(
      () => "read",
      (e: unknown) => (e instanceof PlanImportError ? e.code : String(e)),
    );
    tick();
    // no appendix header in a grid of numbers; on a slow machine the 15 s limit may stop it first
    expect(["NO_TABLE", "XLSX_TOO_COMPLEX"]).toContain(outcome);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(loop.longest).toBeLessThan(1000);
  }, 30_000);

  it("stops a worker at its time limit and at its memory limit, each with its message", async () => {
    const code = (e: unknown) => (e instanceof PlanImportError ? e.code : String(e));
    const slow = await readSheetsInWorker(files.grid, "cham.xlsx", { ...XLSX_LIMITS, timeoutMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(code(slow)).toBe("XLSX_TOO_COMPLEX");
    expect((slow as Error).message).toMatch(/giây nên đã dừng: tệp quá phức tạp/);
    const greedy = await readSheetsInWorker(files.grid, "nang.xlsx", {
      ...XLSX_LIMITS,
      maxOldGenerationSizeMb: 8,
      maxYoungGenerationSizeMb: 1,
    }).catch((e: unknown) => e);
    expect(code(greedy)).toBe("XLSX_TOO_COMPLEX");
    expect((greedy as Error).message).toMatch(/cần quá nhiều bộ nhớ/);
    expect(loop.longest).toBeLessThan(1000);
  }, 30_000);

  it("the national framework importer refuses them the same way", async () => {
    const parsed = await parseFramework("bo-chi-so.xlsx", files.farWithout);
    expect(parsed.criteria).toEqual([]);
    expect(parsed.errors[0]?.message).toContain("vượt giới hạn 5.000 dòng × 100 cột");
    const bomb = await parseFramework("bo-chi-so.xlsx", files.bomb);
    expect(bomb.errors[0]?.message).toMatch(/khi giải nén lớn hơn 50 MB/);
    expect(loop.longest).toBeLessThan(1000);
  });
});
