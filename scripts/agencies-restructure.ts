// Applies a file of agency restructuring events (CSV or XLSX, one event per line: date, kind, from, to,
// decision) to a province, in one transaction:
//   npm run agencies:restructure -- <tệp> --province "Lâm Đồng" [--dry-run] [--json]
// --dry-run applies inside a transaction that is rolled back, so it prints exactly what would move and changes
// nothing. Any bad line: nothing is applied, every line's reason is printed, exit code 1.
import { basename } from "node:path";
import { formatPoints } from "@/lib/format";
import type { BatchResult } from "@/lib/restructuring/engine";
import { KIND_LABELS, restructuringMessages as m } from "@/lib/restructuring/messages";
import { CliError, parseFileArgs, readInputFile, runCli } from "./lib/file-cli";

const USAGE = 'Cách dùng: npm run agencies:restructure -- <tệp .csv|.xlsx> --province "Lâm Đồng" [--dry-run] [--json]';

class Rollback extends Error {
  constructor(readonly result: BatchResult) {
    super("rollback");
  }
}

async function main(argv: string[]): Promise<void> {
  const { file, values, dryRun, json } = parseFileArgs(argv, USAGE, { province: { type: "string" } }, ["province"]);
  const bytes = await readInputFile(file);
  const { readBatchFile } = await import("@/lib/restructuring/file");
  const lines = await readBatchFile(basename(file), bytes);
  const result = await run(values.province ?? "", lines, dryRun);
  print(result, json, dryRun);
  if (result.errors.length > 0) process.exitCode = 1;
}

async function run(
  provinceName: string,
  lines: Parameters<typeof import("@/lib/restructuring/engine").runBatch>[2],
  dryRun: boolean,
) {
  const { db } = await import("@/lib/db");
  const { runBatch } = await import("@/lib/restructuring/engine");
  const { writeAudit } = await import("@/lib/server/audit");
  try {
    const province = await db.province.findFirst({ where: { name: { equals: provinceName, mode: "insensitive" } } });
    if (!province) throw new CliError(m.provinceUnknown(provinceName));
    return await db.$transaction(
      async (tx) => {
        const result = await runBatch(tx, province.id, lines, { userId: null });
        // A bad line, or a dry run: everything this transaction did is rolled back.
        if (result.errors.length > 0 || dryRun) throw new Rollback(result);
        await writeAudit(tx, { provinceId: province.id, userId: null }, result.audits);
        return result;
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  } finally {
    await db.$disconnect();
  }
}

function print(result: BatchResult, json: boolean, dryRun: boolean): void {
  const events = result.events.map(({ eventId, ...e }) => (dryRun ? e : { ...e, eventId }));
  if (json) {
    const body = { events, counts: result.counts, errors: result.errors };
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  for (const e of result.events) {
    const c = e.counts;
    process.stdout.write(
      `Dòng ${e.line}: ${KIND_LABELS[e.kind]} ${e.from.join("; ")} → ${e.to.join("; ") || "Sở Nội vụ phân công lại"} ` +
        `(${e.effectiveOn}): ${c.tasksMoved} nhiệm vụ (${formatPoints(c.pointsMoved)} điểm bị mất), ` +
        `${c.usersMoved} cán bộ chuyển, ${c.usersLocked} tài khoản khóa, ${c.reportsMoved} báo cáo đang soạn, ` +
        `${c.obligationsMoved} kỳ báo cáo phải nộp; ` +
        `${c.tasksKept} nhiệm vụ đã xác nhận giữ nguyên.\n`,
    );
  }
  for (const error of result.errors) process.stderr.write(`Lỗi: ${error}\n`);
  const { tasksMoved, usersMoved, reportsMoved } = result.counts;
  const total = `${tasksMoved} nhiệm vụ, ${usersMoved} cán bộ, ${reportsMoved} báo cáo và kỳ báo cáo`;
  if (result.errors.length > 0) process.stdout.write("Không áp dụng sắp xếp nào (tệp có dòng lỗi).\n");
  else if (dryRun) process.stdout.write(`Chạy thử, chưa thay đổi gì. Sẽ chuyển: ${total}.\n`);
  else process.stdout.write(`Đã áp dụng ${result.events.length} sắp xếp: đã chuyển ${total}.\n`);
}

runCli(main(process.argv.slice(2)), "Lỗi không mong đợi khi sắp xếp cơ quan:");
