// The command-line contract of `npm run framework:import` (used by outside scripts): --dry-run --json needs
// no database and prints {criteria, totals, errors} with decimals as strings with a dot; errors exit non-zero.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { freshYear, GOOD_FRAMEWORK_CSV } from "./framework-fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "framework-cli-"));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

function cli(args: string[], withDatabase = false) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // No database for a dry run: an unreachable address proves nothing connects.
  if (!withDatabase) env.DATABASE_URL = "postgres://nobody@127.0.0.1:1/none";
  const run = spawnSync("npm", ["run", "-s", "framework:import", "--", ...args], {
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run framework:import", () => {
  it("--dry-run --json prints the framework and exits 0 without a database", () => {
    const run = cli([file("good.csv", GOOD_FRAMEWORK_CSV), "--year", "2031", "--dry-run", "--json"]);
    expect(run.status).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(Object.keys(body)).toEqual(["criteria", "totals", "errors"]);
    expect(body.totals).toEqual({ maxPoints: "15.5" });
    expect(body.errors).toEqual([]);
    expect(body.criteria[0]).toEqual({
      code: "1",
      title: "Lĩnh vực thử một",
      level: "field",
      maxPoints: "10",
      survey: false,
    });
    expect(body.criteria.find((c: { code: string }) => c.code === "2.1")).toEqual({
      code: "2.1",
      title: "Tiêu chí thử 2.1",
      level: "criterion",
      maxPoints: "5.5",
      survey: true,
    });
  });

  it("exits non-zero and lists each bad line (sum, duplicate, not a number)", () => {
    const bad = GOOD_FRAMEWORK_CSV.replace("1.2;Tiêu chí thử 1.2;4;", "1.2;Tiêu chí thử 1.2;4,5;") + "\n2.1;Lặp;5,5;\n";
    const text = bad.replace("2;Lĩnh vực thử hai (điều tra);5,5;", "2;Lĩnh vực thử hai (điều tra);năm;");
    const run = cli([file("bad.csv", text), "--year", "2031", "--dry-run", "--json"]);
    expect(run.status).not.toBe(0);
    const { errors } = JSON.parse(run.stdout) as { errors: { line: number; code: string; message: string }[] };
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [2, "CHILDREN_SUM_MISMATCH"],
      [7, "NOT_A_NUMBER"],
      [9, "DUPLICATE_CODE"],
    ]);
    expect(errors[0]?.message).toBe("tổng điểm tối đa của «1.1», «1.2» là 10,5, khác điểm tối đa 10 của «1».");
  });

  it("without --dry-run stores the framework with its decision", async () => {
    const year = await freshYear();
    const run = cli(
      [file("save.csv", GOOD_FRAMEWORK_CSV), "--year", String(year), "--decision", "876/QĐ-BNV", "--json"],
      true,
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const stored = await db.framework.findFirstOrThrow({
      where: { year, provinceId: null },
      include: { _count: { select: { criteria: true } } },
    });
    expect([stored.decisionNumber, stored._count.criteria]).toEqual(["876/QĐ-BNV", 7]);
  });

  it("refuses a missing --year with the usage line", () => {
    const run = cli([file("good2.csv", GOOD_FRAMEWORK_CSV), "--dry-run"]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--year/);
  });
});
