// Imports the national PAR Index framework (Bộ Chỉ số CCHC) of one index year from CSV or XLSX.
//   npm run framework:import -- <tệp> --year <Y> [--decision "876/QĐ-BNV"] [--dry-run] [--json]
// --dry-run reads and checks the file and needs no database; --json prints
//   {criteria:[{code,title,level,maxPoints,survey}], totals:{maxPoints}, errors:[{line,code,message}]}
// (decimals as strings with a dot). Exit code 1 when the file has errors (nothing is written) or on failure.
import { basename } from "node:path";
import { frameworkMessages } from "@/lib/frameworks/import/messages";
import { parseFramework } from "@/lib/frameworks/import/parse";
import { type ParsedFramework, toFrameworkJson } from "@/lib/frameworks/import/types";
import { CliError, parseFileArgs, readInputFile, runCli } from "./lib/file-cli";

const USAGE =
  'Cách dùng: npm run framework:import -- <tệp> --year <năm> [--decision "876/QĐ-BNV"] [--dry-run] [--json]';

async function main(argv: string[]): Promise<number> {
  const { file, values, dryRun, json } = parseFileArgs(
    argv,
    USAGE,
    { year: { type: "string" }, decision: { type: "string" } },
    ["year"],
  );
  const asked = values.year ?? "";
  const year = Number(asked);
  if (!/^\d{4}$/.test(asked) || year < 2012 || year > 2100) throw new CliError(frameworkMessages.invalidYear(asked));
  const parsed = await parseFramework(basename(file), await readInputFile(file));
  if (dryRun || parsed.errors.length > 0) {
    print(parsed, json, null);
    return parsed.errors.length > 0 ? 1 : 0;
  }
  const saved = await save(year, values.decision?.trim() || null, parsed);
  print(parsed, json, saved);
  return 0;
}

async function save(year: number, decisionNumber: string | null, parsed: ParsedFramework) {
  const { db } = await import("@/lib/db");
  const { writeAudit } = await import("@/lib/server/audit");
  const { saveNationalFramework } = await import("@/lib/frameworks/import/save");
  const { NO_PROVINCE } = await import("@/lib/auth/permissions");
  try {
    return await db.$transaction(
      async (tx) => {
        const result = await saveNationalFramework(tx, { year, decisionNumber, parsed });
        await writeAudit(tx, { provinceId: NO_PROVINCE, userId: null }, [result.audit]);
        return {
          frameworkId: result.frameworkId,
          created: result.created,
          counts: result.counts,
          rebound: result.rebound,
        };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } finally {
    await db.$disconnect();
  }
}

function print(parsed: ParsedFramework, json: boolean, saved: object | null) {
  if (json) {
    const body = saved ? { ...toFrameworkJson(parsed), saved } : toFrameworkJson(parsed);
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  const fields = parsed.criteria.filter((c) => c.level === "field").length;
  const survey = parsed.criteria.filter((c) => c.survey).length;
  process.stdout.write(
    `${parsed.criteria.length} tiêu chí (${fields} lĩnh vực, ${survey} chấm qua điều tra xã hội học), ` +
      `tổng điểm tối đa ${parsed.totals.maxPoints.replace(".", ",")}.\n`,
  );
  for (const e of parsed.errors) process.stderr.write(`Lỗi ${e.line > 0 ? `dòng ${e.line}` : "tệp"}: ${e.message}\n`);
  if (saved) process.stdout.write(`Đã lưu bộ chỉ số: ${JSON.stringify(saved)}\n`);
  else if (parsed.errors.length > 0)
    process.stderr.write("Chưa ghi gì vào cơ sở dữ liệu: hãy sửa các lỗi trên rồi nhập lại.\n");
}

runCli(
  main(process.argv.slice(2)),
  "Lỗi không mong đợi khi nhập bộ chỉ số:",
  (e) => e instanceof Error && e.name === "FrameworkImportError",
);
