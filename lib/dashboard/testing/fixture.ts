// Test and benchmark support: a province written straight into the database — its agencies (Lâm Đồng's
// directory, plus as many communes as asked), one assessment per year on the appendix's criteria tree (the
// latest year exactly as published; earlier years scaled), headline-only years, and a plan with measures and
// lead tasks per year. Bulk inserts throughout, so the benchmark can build thousands of tasks in seconds.
import { randomUUID } from "node:crypto";
import type { AgencyDirectory } from "@/lib/agencies/directory";
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import { sortKeyOf } from "@/lib/criteria/codes";
import type { Tx } from "@/lib/db";
import { Dec, dsum } from "@/lib/decimal";
import { type AppendixRow, readAppendix } from "./appendix";
import { createPlan, type TaskState } from "./fixture-plan";

export type { TaskState } from "./fixture-plan";

export type FixtureOptions = {
  provinceName: string;
  provinceCode: string;
  /** years with a full assessment and a plan; the last one carries the appendix's own figures */
  years: number[];
  headlines?: { year: number; totalScore: string; rank: number | null; rankOf: number | null }[];
  /** published rank per full year (default: none) */
  ranks?: Record<number, { rank: number; rankOf: number }>;
  /** commune agencies added to "UBND cấp xã" (Lâm Đồng's directory has none yet) */
  communes?: number;
  /** duty tasks (no measure, no points) per plan, to check they stay out of the points */
  dutiesPerPlan?: number;
  stateOf?: (task: { year: number; criterionCode: string; agencyName: string | null; index: number }) => TaskState;
  /** add one update with a link evidence to every accepted task (needs a user) */
  evidence?: boolean;
};

export type Fixture = {
  provinceId: string;
  planIdByYear: Map<number, string>;
  agencyIdByName: Map<string, string>;
  createdFrameworkIds: string[];
  taskCount: number;
};

export async function createDashboardFixture(tx: Tx, options: FixtureOptions): Promise<Fixture> {
  const province = await tx.province.create({ data: { name: options.provinceName, code: options.provinceCode } });
  const directory = withCommunes(lamDongDirectory, options.communes ?? 0);
  const agencyIdByName = await createAgencies(tx, province.id, directory);
  const userId = options.evidence ? await createReviewer(tx, province.id, options.provinceCode) : null;
  const rows = readAppendix();
  const fixture: Fixture = {
    provinceId: province.id,
    planIdByYear: new Map(),
    agencyIdByName,
    createdFrameworkIds: [],
    taskCount: 0,
  };
  const latest = Math.max(...options.years);
  for (const year of options.years) {
    const scaled = scaleRows(rows, 1 + (latest - year) * 0.15);
    const { frameworkId, created, criterionIds } = await ensureFramework(tx, year, scaled);
    if (created) fixture.createdFrameworkIds.push(frameworkId);
    const assessmentId = await createAssessment(
      tx,
      province.id,
      frameworkId,
      year,
      scaled,
      criterionIds,
      options.ranks?.[year],
    );
    const plan = await createPlan(tx, {
      provinceId: province.id,
      assessmentId,
      year,
      rows: scaled,
      criterionIds,
      directory,
      agencyIdByName,
      options,
      userId,
    });
    fixture.planIdByYear.set(year, plan.planId);
    fixture.taskCount += plan.taskCount;
  }
  for (const h of options.headlines ?? []) {
    await tx.assessment.create({
      data: {
        provinceId: province.id,
        year: h.year,
        totalScore: h.totalScore,
        rank: h.rank,
        rankOf: h.rankOf,
        source: "fixture",
      },
    });
  }
  return fixture;
}

/** Removes the province (everything hangs off it) and the frameworks this fixture created. */
export async function dropDashboardFixture(
  tx: Tx,
  fixture: Pick<Fixture, "provinceId" | "createdFrameworkIds">,
): Promise<void> {
  // Updates first: their user would otherwise go (province → users) while TaskUpdate.userId still points at it.
  await tx.taskUpdate.deleteMany({ where: { task: { plan: { provinceId: fixture.provinceId } } } });
  await tx.province.delete({ where: { id: fixture.provinceId } });
  if (fixture.createdFrameworkIds.length > 0)
    await tx.framework.deleteMany({ where: { id: { in: fixture.createdFrameworkIds } } });
}

/**
 * Other provinces' published totals for a year, as the owner province's Sở Nội vụ entered them (its reference
 * data, for the projected rank), plus those provinces as tenants of their own. Returns their ids (to drop).
 */
export async function createPeerProvinces(
  tx: Tx,
  tag: string,
  year: number,
  scores: string[],
  ownerProvinceId: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, score] of scores.entries()) {
    const p = await tx.province.create({
      data: { name: `Tỉnh đối chiếu ${tag}-${i + 1}`, code: `peer-${tag}-${i + 1}` },
    });
    await tx.peerScore.create({
      data: { ownerProvinceId, provinceName: p.name, year, totalScore: score, source: "fixture" },
    });
    ids.push(p.id);
  }
  return ids;
}

function withCommunes(directory: AgencyDirectory, communes: number): AgencyDirectory {
  const names = Array.from({ length: communes }, (_, i) => `UBND xã Thử ${String(i + 1).padStart(3, "0")}`);
  return {
    agencies: [...directory.agencies, ...names.map((name) => ({ name, kind: "COMMUNE" as const, aliases: [] }))],
    groups: directory.groups.map((g) => (g.name === "UBND cấp xã" ? { ...g, members: [...g.members, ...names] } : g)),
  };
}

async function createAgencies(tx: Tx, provinceId: string, directory: AgencyDirectory): Promise<Map<string, string>> {
  const ids = new Map(directory.agencies.map((a) => [a.name, randomUUID()]));
  await tx.agency.createMany({
    data: directory.agencies.map((a) => ({
      id: ids.get(a.name),
      provinceId,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
    })),
  });
  const groups = directory.groups.map((g) => ({ ...g, id: randomUUID() }));
  await tx.agencyGroup.createMany({
    data: groups.map((g) => ({ id: g.id, provinceId, name: g.name, aliases: g.aliases })),
  });
  await tx.agencyGroupMember.createMany({
    data: groups.flatMap((g) => g.members.map((name) => ({ groupId: g.id, agencyId: ids.get(name) ?? "" }))),
  });
  return ids;
}

async function createReviewer(tx: Tx, provinceId: string, tag: string): Promise<string> {
  const user = await tx.user.create({
    data: {
      provinceId,
      email: `reviewer-${tag}@fixture.invalid`,
      name: "Người duyệt (dữ liệu thử)",
      role: "HOME_AFFAIRS",
      passwordHash: "!",
    },
  });
  return user.id;
}

/** Earlier years lost more: every lost figure × factor (capped at the standard), rounded to 0,001. */
function scaleRows(rows: AppendixRow[], factor: number): AppendixRow[] {
  if (factor === 1) return rows;
  return rows.map((r) => {
    const lost = Dec.min(new Dec(r.lost).times(factor).toDecimalPlaces(3), r.standard);
    return { ...r, lost: lost.toString(), assessed: new Dec(r.standard).minus(lost).toString() };
  });
}

async function ensureFramework(tx: Tx, year: number, rows: AppendixRow[]) {
  const existing = await tx.framework.findFirst({ where: { year, provinceId: null }, select: { id: true } });
  const frameworkId =
    existing?.id ?? (await tx.framework.create({ data: { year, title: `Bộ Chỉ số CCHC năm ${year}` } })).id;
  for (const level of ["FIELD", "CRITERION", "SUBCRITERION"] as const) {
    const known = await tx.criterion.findMany({ where: { frameworkId }, select: { id: true, code: true } });
    const idOf = new Map(known.map((c) => [c.code, c.id]));
    await tx.criterion.createMany({
      data: rows
        .filter((r) => r.level === level && !idOf.has(r.code))
        .map((r) => ({
          frameworkId,
          code: r.code,
          sortKey: sortKeyOf(r.code),
          level,
          title: r.title,
          standardPoints: r.standard,
          parentId: r.parentCode ? idOf.get(r.parentCode) : null,
        })),
    });
  }
  const criteria = await tx.criterion.findMany({ where: { frameworkId }, select: { id: true, code: true } });
  return { frameworkId, created: !existing, criterionIds: new Map(criteria.map((c) => [c.code, c.id])) };
}

async function createAssessment(
  tx: Tx,
  provinceId: string,
  frameworkId: string,
  year: number,
  rows: AppendixRow[],
  criterionIds: Map<string, string>,
  rank: { rank: number; rankOf: number } | undefined,
): Promise<string> {
  const lost = dsum(rows.filter((r) => r.level === "FIELD").map((r) => r.lost));
  const assessment = await tx.assessment.create({
    data: {
      provinceId,
      frameworkId,
      year,
      totalScore: new Dec(100).minus(lost).toString(),
      rank: rank?.rank,
      rankOf: rank?.rankOf,
      source: "fixture",
    },
  });
  await tx.criterionScore.createMany({
    data: rows.map((r) => ({
      assessmentId: assessment.id,
      criterionId: criterionIds.get(r.code) ?? "",
      assessedPoints: r.assessed,
    })),
  });
  return assessment.id;
}
