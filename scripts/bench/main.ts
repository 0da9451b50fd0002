// Run by scripts/bench.ts (under the react-server condition). Creates par_bench_<time>_<pid> on the server of
// DATABASE_URL (else 127.0.0.1:5432), migrates it, generates the province, times each section, prints the
// table and drops the database whatever happens. `npm run bench -- --runs=30` for more runs.
import { canConnect, createDatabaseIfMissing, dropDatabase, withDatabase } from "../lib/postgres";
import { run, step } from "../lib/proc";
import { installCountingClient, type Measurement, measure, printTable } from "./harness";

const LOCAL = "postgres://postgres@127.0.0.1:5432/postgres";
const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 15);

async function main(): Promise<void> {
  const admin = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, "postgres") : LOCAL;
  if (!(await canConnect(admin))) throw new Error(`Không kết nối được PostgreSQL: ${admin}`);
  const database = `par_bench_${Date.now()}_${process.pid}`;
  await createDatabaseIfMissing(admin, database);
  const url = withDatabase(admin, database);
  let disconnect: (() => Promise<void>) | null = null;
  try {
    step(`Cơ sở dữ liệu đo hiệu năng: ${database}`);
    await run("prisma", ["migrate", "deploy"], { ...process.env, DATABASE_URL: url });
    process.env.DATABASE_URL = url; // read by lib/env when the loaders are imported below
    const client = installCountingClient(url);
    disconnect = () => client.$disconnect();
    step("Sinh dữ liệu: 5 năm đánh giá, ~150 cơ quan, vài nghìn nhiệm vụ");
    const t0 = Date.now();
    const { generateProvince } = await import("./generate");
    const province = await generateProvince(client);
    console.log(
      `${province.agencies} cơ quan, ${province.tasks} nhiệm vụ trong ${province.planIds.length} kế hoạch (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const { prepareReports, reportsSection } = await import("./reports");
    const reporting = await prepareReports(client, province);
    console.log(`Lịch báo cáo: ${reporting.periods} kỳ; ${reporting.reports} báo cáo đã gửi trong quý hiện tại`);
    await client.$executeRawUnsafe("analyze");
    const { dashboardSection, criterionSection, boardsSection } = await import("./sections");
    const rows: Measurement[] = [];
    for (const section of [
      dashboardSection(province),
      criterionSection(province),
      boardsSection(province),
      reportsSection(province),
    ]) {
      step(`Đo ${section.title} (${runs} lần mỗi loader, sau 2 lần khởi động)`);
      rows.push(...(await measure(section, runs)));
    }
    console.log();
    printTable(rows, runs);
    const { benchExports } = await import("./exports");
    const { BENCH_QUARTER } = await import("./reports");
    await benchExports(province, BENCH_QUARTER);
    console.log("\nMỗi lần tải trang thật còn thêm 1 truy vấn đọc người dùng của phiên đăng nhập.");
  } finally {
    await disconnect?.();
    await dropDatabase(admin, database).catch((e) => console.error(`Không xoá được ${database}: ${e}`));
    console.log(`Đã xoá ${database}.`);
  }
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
