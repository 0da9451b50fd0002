// The consolidated report of a province for a period, as a file, unattended:
//   npm run report:export -- --province "Lâm Đồng" --period 2026-Q3 --format docx|pdf|xlsx --out FILE
// Periods: 2026-07 (month), 2026-Q3 (quarter), 2026-H1 (six months), 2026 (year). Exit code 1 with a
// Vietnamese message on bad arguments, an unknown province or period; the file is written whole or not at all.
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { writeFileAtomically } from "@/lib/export/atomic";
import { isReportFormat, REPORT_FORMATS, writeConsolidated } from "@/lib/export/report";
import { findProvinceByName } from "@/lib/provinces/find";
import { loadConsolidatedReport } from "@/lib/reports/consolidated";
import { lowerFirst } from "@/lib/text/vietnamese";

const USAGE = `Cách dùng: npm run report:export -- --province "Lâm Đồng" --period 2026-Q3 --format ${REPORT_FORMATS.join("|")} --out TỆP`;

class CliError extends Error {}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        province: { type: "string" },
        period: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
      },
    }).values;
  } catch (error) {
    throw new CliError(`Tham số không hợp lệ: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const { province: name, period, format, out } = readArgs(argv);
  if (!name || !period || !format || !out) throw new CliError(`Thiếu tham số.\n${USAGE}`);
  if (!isReportFormat(format))
    throw new CliError(`Định dạng “${format}” không được hỗ trợ: chọn ${REPORT_FORMATS.join(", ")}.`);
  const province = await findProvinceByName(name);
  if (!province) throw new CliError(`Không tìm thấy tỉnh “${name}”.`);
  const report = await loadConsolidatedReport(province.id, period);
  await writeFileAtomically(out, (stream) => writeConsolidated(report, format, stream));
  console.log(`Đã ghi ${out}: báo cáo tổng hợp ${lowerFirst(report.period.label)}, tỉnh ${report.province.name}.`);
}

main(process.argv.slice(2))
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    await db.$disconnect().catch(() => {});
    process.exit(1);
  });
