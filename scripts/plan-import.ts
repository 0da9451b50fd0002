// Imports a province's PAR Index remediation plan (published text, CSV or XLSX).
//   tsx scripts/plan-import.ts <tệp> [--province "Lâm Đồng"] [--dry-run] [--json]
// --dry-run reads and checks the file against the built-in agency directory and needs no database;
// otherwise the plan is saved in one transaction (DATABASE_URL required). Exit code 1 on any error.
import { basename } from "node:path";
import { findStaticDirectory, staticDirectoryProvinces } from "@/lib/agencies/directories";
import { detectProvince, PlanImportError, type PlanPreview, parsePlan, toDryRunJson } from "@/lib/plans/import";
import { formatPreviewSummary } from "@/lib/plans/import/summary";
import { CliError, parseFileArgs, readInputFile, runCli } from "./lib/file-cli";

const USAGE = 'Cách dùng: tsx scripts/plan-import.ts <tệp> [--province "Lâm Đồng"] [--dry-run] [--json]';

async function main(argv: string[]): Promise<void> {
  const { file, values, dryRun: dry, json } = parseFileArgs(argv, USAGE, { province: { type: "string" } });
  const bytes = await readInputFile(file);
  const fileName = basename(file);
  const provinceName = values.province ?? (await detectProvince(fileName, bytes));
  if (!provinceName) throw new CliError('Không xác định được tỉnh từ văn bản; hãy thêm --province "Tên tỉnh".');
  if (dry) return dryRun({ fileName, bytes, provinceName, json });
  return save({ fileName, bytes, provinceName, json });
}

type RunInput = { fileName: string; bytes: Uint8Array; provinceName: string; json: boolean };

async function dryRun({ fileName, bytes, provinceName, json }: RunInput): Promise<void> {
  const directory = findStaticDirectory(provinceName);
  if (!directory) {
    const known = staticDirectoryProvinces().join(", ");
    throw new CliError(
      `Chưa có danh mục cơ quan dựng sẵn cho tỉnh «${provinceName}» (hiện có: ${known}). Hãy chạy không có --dry-run.`,
    );
  }
  const preview = await parsePlan({ fileName, bytes, directory, provinceName });
  print(preview, json, null);
}

async function save({ fileName, bytes, provinceName, json }: RunInput): Promise<void> {
  const { db } = await import("@/lib/db");
  const { importPlanAsSystem, IMPORT_TRANSACTION_OPTIONS } = await import("@/lib/plans/import/run");
  try {
    const province = await db.province.findFirst({ where: { name: { equals: provinceName, mode: "insensitive" } } });
    if (!province)
      throw new CliError(`Không tìm thấy tỉnh «${provinceName}» trong cơ sở dữ liệu. Hãy chạy seed trước.`);
    const { preview, saved, tasks } = await db.$transaction(
      (tx) => importPlanAsSystem(tx, { provinceId: province.id, provinceName: province.name, fileName, bytes }),
      IMPORT_TRANSACTION_OPTIONS,
    );
    const { planId, created, counts } = saved;
    const verb = created ? "Đã nhập mới" : "Đã cập nhật";
    const done =
      `${verb} kế hoạch ${preview.meta.number}: ${counts.criteria} tiêu chí, ${counts.measures} giải pháp, ` +
      `${counts.assignments} phân công, ${counts.warnings} cảnh báo; nhiệm vụ: ${tasks.created} tạo mới, ` +
      `${tasks.updated} cập nhật, ${tasks.unassigned} chưa phân công.`;
    const taskCounts = {
      created: tasks.created,
      updated: tasks.updated,
      unchanged: tasks.unchanged,
      unassigned: tasks.unassigned,
    };
    print({ ...preview, warnings: saved.warnings }, json, json ? { planId, created, counts, tasks: taskCounts } : done);
  } finally {
    await db.$disconnect();
  }
}

function print(preview: PlanPreview, json: boolean, saved: object | string | null) {
  if (json) {
    const body = saved && typeof saved === "object" ? { ...toDryRunJson(preview), saved } : toDryRunJson(preview);
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${formatPreviewSummary(preview)}\n`);
  if (typeof saved === "string") process.stdout.write(`${saved}\n`);
}

runCli(main(process.argv.slice(2)), "Lỗi không mong đợi khi nhập kế hoạch:", (e) => e instanceof PlanImportError);
