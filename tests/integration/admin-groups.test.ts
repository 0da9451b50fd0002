// A group's membership decides who gets the work assigned to the group: changing it (or a member's activity)
// re-derives the province's plan tasks in the same transaction (lib/tasks/generate syncPlanTasks).
import { beforeAll, describe, expect, it } from "vitest";
import { setAgencyGroups, setGroupMembers } from "@/lib/agency-admin/group-mutations";
import { setAgencyActive } from "@/lib/agency-admin/mutations";
import { db } from "@/lib/db";
import { syncPlanTasks } from "@/lib/tasks/generate";
import { type AdminWorld, buildWorld } from "./admin-fixtures";

let w: AdminWorld;
let planId: string;

async function planWithGroupMeasure(world: AdminWorld): Promise<string> {
  const framework = await db.framework.create({
    data: { year: 10_000 + Math.floor(Math.random() * 80_000), title: "Khung thử" },
  });
  const criterion = await db.criterion.create({
    data: {
      frameworkId: framework.id,
      code: "3.4.1",
      sortKey: "003.004.001",
      level: "SUBCRITERION",
      title: "Tiêu chí thử",
      standardPoints: 1,
    },
  });
  const assessment = await db.assessment.create({
    data: { provinceId: world.provinceId, frameworkId: framework.id, year: 2020, totalScore: 80 },
  });
  const plan = await db.plan.create({
    data: {
      provinceId: world.provinceId,
      assessmentId: assessment.id,
      number: `1/KH-${world.tag}`,
      issuedOn: new Date("2021-08-23T00:00:00Z"),
      title: "Kế hoạch thử",
      sourceFileName: "thu.txt",
      sourceText: "",
      sourceSha256: "0".repeat(64),
    },
  });
  await db.measure.create({
    data: {
      planId: plan.id,
      criterionId: criterion.id,
      position: 1,
      text: "Rà soát quy trình nội bộ",
      timeframeText: "Năm 2021",
      endsOn: new Date("2021-12-31T00:00:00Z"),
      assignments: { create: [{ role: "LEAD", position: 1, label: "Các Sở, ban, ngành", groupId: world.group.id }] },
    },
  });
  await db.$transaction((tx) => syncPlanTasks(tx, plan.id));
  return plan.id;
}

const taskAgencies = async () =>
  (await db.task.findMany({ where: { planId }, select: { agencyId: true } })).map((t) => t.agencyId).sort();

beforeAll(async () => {
  w = await buildWorld();
  planId = await planWithGroupMeasure(w);
});

describe("group membership fans tasks out", () => {
  it("gives the group's measure to a new member and takes it from a removed, untouched one", async () => {
    expect(await taskAgencies()).toEqual([w.agencies.finance.id]);
    const added = await setGroupMembers(w.users.homeAffairs, {
      groupId: w.group.id,
      agencyIds: [w.agencies.finance.id, w.agencies.health.id],
    });
    expect(added).toMatchObject({ ok: true, data: { added: 1, removed: 0 } });
    expect(await taskAgencies()).toEqual([w.agencies.finance.id, w.agencies.health.id].sort());

    const removed = await setAgencyGroups(w.users.homeAffairs, { agencyId: w.agencies.finance.id, groupIds: [] });
    expect(removed).toMatchObject({ ok: true, data: { added: 0, removed: 1 } });
    expect(await taskAgencies()).toEqual([w.agencies.health.id]);
    const audits = await db.auditLog.findMany({
      where: { entity: "AgencyGroup", entityId: w.group.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => [a.action, a.agencyId])).toEqual([
      ["group.member_add", w.agencies.health.id],
      ["group.member_remove", w.agencies.finance.id],
    ]);
  });

  it("stops giving work to a deactivated member, and resumes when it is active again", async () => {
    await setGroupMembers(w.users.homeAffairs, {
      groupId: w.group.id,
      agencyIds: [w.agencies.finance.id, w.agencies.health.id],
    });
    const both = [w.agencies.finance.id, w.agencies.health.id].sort();
    expect(await taskAgencies()).toEqual(both);
    expect(await setAgencyActive(w.users.homeAffairs, { agencyId: w.agencies.health.id, active: false })).toMatchObject(
      { ok: true },
    );
    expect(await taskAgencies()).toEqual([w.agencies.finance.id]);
    expect(await setAgencyActive(w.users.homeAffairs, { agencyId: w.agencies.health.id, active: true })).toMatchObject({
      ok: true,
    });
    expect(await taskAgencies()).toEqual(both);
  });

  it("changes nothing — membership or tasks — when the caller may not manage agencies", async () => {
    const before = await taskAgencies();
    const result = await setGroupMembers(w.users.leader, { groupId: w.group.id, agencyIds: [w.agencies.finance.id] });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await taskAgencies()).toEqual(before);
    expect(await db.agencyGroupMember.count({ where: { groupId: w.group.id } })).toBe(2);
  });

  it("refuses members from another province with a field message", async () => {
    const stranger = await db.province.create({ data: { code: `x-${w.tag}`, name: `Tỉnh lạ ${w.tag}` } });
    const foreign = await db.agency.create({ data: { provinceId: stranger.id, name: "Sở lạ", kind: "DEPARTMENT" } });
    const result = await setGroupMembers(w.users.homeAffairs, { groupId: w.group.id, agencyIds: [foreign.id] });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.agencyGroupMember.count({ where: { agencyId: foreign.id } })).toBe(0);
  });
});
