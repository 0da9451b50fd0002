// A copy of the seed for the restructuring tests: Lâm Đồng's directory and Kế hoạch 6006/KH-UBND with its
// tasks, two reporting periods (2024, over; 2026-Q3, open), a few users, under a province name of its own so
// nothing another file reads is touched. Committed data: each file deletes its province afterwards.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import { syncDirectory } from "@/lib/agencies/sync-directory";
import type { Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parsePeriodKey } from "@/lib/periods/keys";
import { parsePlan } from "@/lib/plans/import";
import { savePlanImport } from "@/lib/plans/import/persist";
import { createPeriods } from "@/lib/reports/calendar";
import { syncPlanTasks } from "@/lib/tasks/generate";

const FILE = "prisma/seed-data/6006-KH-UBND-2021-lam-dong.txt";

export type SeedCopy = Awaited<ReturnType<typeof buildSeedCopy>>;

export async function buildSeedCopy(label: string) {
  const tag = randomUUID().slice(0, 8);
  const { provinceId, planId } = await db.$transaction(
    async (tx) => {
      const province = await tx.province.create({
        data: { code: `lam-dong-${label}-${tag}`, name: `Lâm Đồng (${label} ${tag})` },
      });
      await syncDirectory(tx, province.id, lamDongDirectory);
      const preview = await parsePlan({
        fileName: "6006-KH-UBND-2021-lam-dong.txt",
        bytes: readFileSync(FILE),
        directory: lamDongDirectory,
      });
      const copy = { ...preview, meta: { ...preview.meta, province: null } };
      const saved = await savePlanImport(tx, { provinceId: province.id, preview: copy, fileName: preview.fileName });
      await syncPlanTasks(tx, saved.planId);
      await createPeriods(tx, saved.planId, [parsePeriodKey("2024")!, parsePeriodKey("2026-Q3")!]);
      return { provinceId: province.id, planId: saved.planId };
    },
    { timeout: 180_000, maxWait: 10_000 },
  );
  const agencies = await db.agency.findMany({ where: { provinceId }, select: { id: true, name: true } });
  const agencyId = (name: string): string => {
    const found = agencies.find((a) => a.name === name);
    if (!found) throw new Error(`no agency ${name}`);
    return found.id;
  };
  const groupId = async (name: string) =>
    (await db.agencyGroup.findFirstOrThrow({ where: { provinceId, name }, select: { id: true } })).id;
  const province = await db.province.findUniqueOrThrow({ where: { id: provinceId } });
  const user = async (role: Role, agency: string | null, key: string): Promise<SessionUser> => {
    const row = await db.user.create({
      data: {
        provinceId,
        email: `${key}.${tag}@test.par.vn`,
        name: `Người dùng ${key}`,
        role,
        agencyId: agency ? agencyId(agency) : null,
        passwordHash: "x",
      },
      include: { agency: true },
    });
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      provinceId,
      provinceName: province.name,
      agencyId: row.agencyId,
      agencyName: row.agency?.name ?? null,
    };
  };
  const users = {
    homeAffairs: await user("HOME_AFFAIRS", "Sở Nội vụ", "snv"),
    leader: await user("LEADERSHIP", null, "lanhdao"),
    financeHead: await user("AGENCY_HEAD", "Sở Tài chính", "taichinh"),
    planningStaff: await user("AGENCY_STAFF", "Sở Kế hoạch và Đầu tư", "khdt"),
    districtHead: await user("AGENCY_HEAD", "UBND huyện Đức Trọng", "ductrong"),
  };
  return {
    provinceId,
    planId,
    agencyId,
    groupId,
    users,
    // Updates point at users with no cascade: they go first, then the province takes everything else with it.
    remove: async () => {
      await db.taskUpdate.deleteMany({ where: { task: { plan: { provinceId } } } });
      await db.province.delete({ where: { id: provinceId } });
    },
  };
}

/** Every row of the province a restructuring may touch, in a stable order, for before/after comparisons. */
export async function dumpProvince(provinceId: string) {
  const inProvince = { provinceId };
  const byId = { orderBy: { id: "asc" as const } };
  const [agencies, groups, members, tasks, supporters, users, reports, obligations, scores, assignments] =
    await Promise.all([
      db.agency.findMany({ where: inProvince, ...byId }),
      db.agencyGroup.findMany({ where: inProvince, ...byId }),
      db.agencyGroupMember.findMany({
        where: { group: inProvince },
        orderBy: [{ groupId: "asc" }, { agencyId: "asc" }],
      }),
      db.task.findMany({ where: { plan: inProvince }, ...byId }),
      db.taskSupporter.findMany({
        where: { task: { plan: inProvince } },
        orderBy: [{ taskId: "asc" }, { agencyId: "asc" }],
      }),
      // sessionVersion moves on at undo too (sessions opened under the undone structure end): compared apart.
      db.user.findMany({ where: inProvince, ...byId, omit: { sessionVersion: true } }),
      db.agencyReport.findMany({ where: { agency: inProvince }, ...byId }),
      db.reportingPeriodAgency.findMany({
        where: { agency: inProvince },
        orderBy: [{ periodId: "asc" }, { agencyId: "asc" }],
      }),
      db.selfScore.findMany({ where: { selfAssessment: inProvince }, ...byId }),
      db.measureAssignment.findMany({ where: { measure: { plan: inProvince } }, ...byId }),
    ]);
  return { agencies, groups, members, tasks, supporters, users, reports, obligations, scores, assignments };
}

/** The March 2025 merger of one department into another (Sở Kế hoạch và Đầu tư into Sở Tài chính), as the form sends it. */
export function departmentMerger(fromAgencyId: string, toAgencyId: string) {
  return {
    kind: "MERGE" as const,
    effectiveOn: "2025-03-01",
    decision: "Sắp xếp các sở từ 01/3/2025",
    fromAgencyIds: [fromAgencyId],
    to: [{ agencyId: toAgencyId }],
  };
}
