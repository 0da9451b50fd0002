// Adding many agencies at once: communes put in "UBND cấp xã" receive that group's tasks; a bad line, another
// province's group or a non-admin role writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { bulkCreateAgencies } from "@/lib/agency-admin/bulk-mutations";
import { db } from "@/lib/db";
import { syncPlanTasks } from "@/lib/tasks/generate";
import { type AdminWorld, buildWorld, otherProvinceAdmin } from "./admin-fixtures";
import { unusedFrameworkYear } from "./test-years";

let w: AdminWorld;
let groupId: string;
let measureId: string;

beforeAll(async () => {
  w = await buildWorld();
  const group = await db.agencyGroup.create({ data: { provinceId: w.provinceId, name: "UBND cấp xã", aliases: [] } });
  groupId = group.id;
  const year = await unusedFrameworkYear();
  const framework = await db.framework.create({ data: { year, title: `Khung thử ${w.tag}` } });
  const criterion = await db.criterion.create({
    data: {
      frameworkId: framework.id,
      code: "3",
      sortKey: "003",
      level: "FIELD",
      title: "Cải cách TTHC",
      standardPoints: "1",
    },
  });
  const assessment = await db.assessment.create({
    data: { provinceId: w.provinceId, frameworkId: framework.id, year, totalScore: "99" },
  });
  const plan = await db.plan.create({
    data: {
      provinceId: w.provinceId,
      assessmentId: assessment.id,
      number: `1/KH-${w.tag}`,
      issuedOn: new Date("2021-08-23"),
      title: "Kế hoạch thử",
      sourceFileName: "x.txt",
      sourceText: "",
      sourceSha256: "x",
    },
  });
  const measure = await db.measure.create({
    data: {
      planId: plan.id,
      criterionId: criterion.id,
      position: 1,
      text: "Giải quyết TTHC đúng hạn",
      timeframeText: "Năm 2021",
      assignments: { create: [{ role: "LEAD", position: 1, label: "UBND cấp xã", groupId }] },
    },
  });
  measureId = measure.id;
  await db.$transaction((tx) => syncPlanTasks(tx, plan.id));
});

const tasksOfMeasure = () => db.task.findMany({ where: { measureId }, select: { agencyId: true } });
const communes = () => db.agency.count({ where: { provinceId: w.provinceId, kind: "COMMUNE" } });
const LINES = "UBND xã Hiệp Thạnh; UBND huyện Đức Trọng\nUBND thị trấn Liên Nghĩa; UBND huyện Đức Trọng";

describe("adding many agencies", () => {
  it("starts with one unassigned task for the empty commune group", async () => {
    expect(await tasksOfMeasure()).toEqual([{ agencyId: null }]);
  });

  it("refuses the leader, an agency head and another province's Sở Nội vụ, writing nothing", async () => {
    for (const user of [w.users.leader, w.users.financeHead, await otherProvinceAdmin()]) {
      const result = await bulkCreateAgencies(user, { kind: "COMMUNE", groupId, lines: LINES });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await communes()).toBe(0);
  });

  it("one bad line refuses the list with a message naming the line", async () => {
    const result = await bulkCreateAgencies(w.users.homeAffairs, {
      kind: "COMMUNE",
      groupId,
      lines: `${LINES}\nUBND xã Lẻ`,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fieldErrors?.lines).toEqual(["Dòng 3: UBND cấp xã cần ghi UBND cấp huyện quản lý (sau dấu «;»)."]);
    expect(await communes()).toBe(0);
  });

  it("adds the communes under their district, into the group, and the group's task fans out to them", async () => {
    const result = await bulkCreateAgencies(w.users.homeAffairs, { kind: "COMMUNE", groupId, lines: LINES });
    expect(result).toMatchObject({ ok: true, data: { created: 2, group: "UBND cấp xã" } });
    const added = await db.agency.findMany({
      where: { provinceId: w.provinceId, kind: "COMMUNE" },
      orderBy: { name: "asc" },
    });
    expect(added.map((a) => [a.name, a.parentId])).toEqual([
      ["UBND thị trấn Liên Nghĩa", w.agencies.district.id],
      ["UBND xã Hiệp Thạnh", w.agencies.district.id],
    ]);
    const assigned = (await tasksOfMeasure()).map((t) => t.agencyId).sort();
    expect(assigned).toEqual(added.map((a) => a.id).sort());
    expect(await db.auditLog.count({ where: { userId: w.users.homeAffairs.id, action: "agency.create" } })).toBe(2);
  });

  it("refuses names already taken, writing nothing", async () => {
    const result = await bulkCreateAgencies(w.users.homeAffairs, {
      kind: "COMMUNE",
      groupId,
      lines: "ubnd xa hiep thanh; UBND huyện Đức Trọng",
    });
    expect(result.ok).toBe(false);
    expect(await communes()).toBe(2);
  });
});
