// Deterministic, idempotent seed: Lâm Đồng with its agencies and groups, plan 6006/KH-UBND imported through
// the importer from the published text (framework 2020, assessments 2020 and 2019, measures, tasks), and
// the demo accounts. Running it again changes nothing that users have changed (task progress, passwords).
import fs from "node:fs";
import path from "node:path";
import { lamDongDirectory, lamDongProvince } from "@/lib/agencies/lam-dong";
import { syncDirectory } from "@/lib/agencies/sync-directory";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password-hash";
import { openDueCycles } from "@/lib/cycles/open";
import { db } from "@/lib/db";
import { provinceToday } from "@/lib/format";
import { IMPORT_TRANSACTION_OPTIONS, importPlanAsSystem } from "@/lib/plans/import/run";
import { createDefaultCalendar } from "@/lib/reports/calendar";

const PLAN_FILE = path.join(import.meta.dirname, "seed-data", "6006-KH-UBND-2021-lam-dong.txt");

async function seedProvince(): Promise<string> {
  const province = await db.province.upsert({
    where: { code: lamDongProvince.code },
    create: { code: lamDongProvince.code, name: lamDongProvince.name },
    update: {},
  });
  await db.$transaction((tx) => syncDirectory(tx, province.id, lamDongDirectory), IMPORT_TRANSACTION_OPTIONS);
  return province.id;
}

async function seedPlan(provinceId: string): Promise<void> {
  const bytes = new Uint8Array(fs.readFileSync(PLAN_FILE));
  const { saved, tasks } = await db.$transaction(
    (tx) =>
      importPlanAsSystem(tx, {
        provinceId,
        provinceName: lamDongProvince.name,
        fileName: path.basename(PLAN_FILE),
        bytes,
      }),
    IMPORT_TRANSACTION_OPTIONS,
  );
  console.log(
    `Kế hoạch: ${saved.counts.criteria} tiêu chí, ${saved.counts.measures} giải pháp, ${saved.counts.warnings} cảnh báo; ` +
      `nhiệm vụ: ${tasks.created} mới, ${tasks.unchanged + tasks.updated} đã có, ${tasks.unassigned} chưa phân công.`,
  );
}

/**
 * The plan's reporting calendar for the current year (defaults; kept as edited on later runs), and the task
 * cycles due today opened (what the scheduled job does every day).
 */
async function seedReporting(provinceId: string): Promise<void> {
  const plan = await db.plan.findFirstOrThrow({
    where: { provinceId },
    orderBy: { issuedOn: "desc" },
    select: { id: true },
  });
  const year = provinceToday().getUTCFullYear();
  const calendar = await db.$transaction((tx) => createDefaultCalendar(tx, plan.id, year));
  const cycles = await openDueCycles();
  console.log(
    `Lịch báo cáo năm ${year}: ${calendar.created.length} kỳ mới, ${calendar.kept.length} kỳ đã có; chu kỳ nhiệm vụ mới mở: ${cycles.opened}.`,
  );
}

async function seedDemoAccounts(provinceId: string): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const agency = account.agencyName
      ? await db.agency.findUniqueOrThrow({ where: { provinceId_name: { provinceId, name: account.agencyName } } })
      : null;
    await db.user.upsert({
      where: { email: account.email },
      create: { ...fields(account, provinceId, agency?.id ?? null), passwordHash },
      update: fields(account, provinceId, agency?.id ?? null),
    });
  }
  console.log(`Tài khoản dùng thử: ${DEMO_ACCOUNTS.length} (mật khẩu ${DEMO_PASSWORD}).`);
}

function fields(account: (typeof DEMO_ACCOUNTS)[number], provinceId: string, agencyId: string | null) {
  // The national administrator belongs to no province (database CHECK).
  const home = account.role === "NATIONAL_ADMIN" ? null : provinceId;
  return { email: account.email, name: account.name, role: account.role, provinceId: home, agencyId, demo: true };
}

async function main(): Promise<void> {
  const provinceId = await seedProvince();
  await seedPlan(provinceId);
  await seedReporting(provinceId);
  await seedDemoAccounts(provinceId);
}

main()
  .catch((error) => {
    console.error("Seed thất bại:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
