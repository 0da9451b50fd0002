// The criterion detail loader: points, children, measures, tasks and evidence — and only the tasks and the
// evidence the caller may see (agency users: their agency's, as lead or supporter; never another province's).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { loadCriterionDetail } from "@/lib/dashboard/criterion";
import { createDashboardFixture, dropDashboardFixture, type Fixture } from "@/lib/dashboard/testing/fixture";
import { db } from "@/lib/db";

const tag = randomUUID().slice(0, 8);
const YEAR = 5000 + Math.floor(Math.random() * 3000);
const TODAY = `${YEAR + 1}-11-15`;
let fixture: Fixture;
let planId: string;

beforeAll(async () => {
  fixture = await createDashboardFixture(db, {
    provinceName: `Tỉnh thử tiêu chí ${tag}`,
    provinceCode: `crit-${tag}`,
    years: [YEAR],
    evidence: true,
    stateOf: ({ criterionCode, agencyName }) =>
      criterionCode === "9.1" && agencyName === "UBND huyện Đức Trọng"
        ? { status: "ACCEPTED", dueOn: `${YEAR + 1}-10-31` }
        : { status: "IN_PROGRESS", dueOn: `${YEAR + 1}-10-31` },
  });
  planId = fixture.planIdByYear.get(YEAR) ?? "";
});

afterAll(async () => {
  if (fixture) await dropDashboardFixture(db, fixture);
});

const leader = (): Actor => ({ role: "LEADERSHIP", provinceId: fixture.provinceId, agencyId: null });
const agency = (name: string): Actor => ({
  role: "AGENCY_HEAD",
  provinceId: fixture.provinceId,
  agencyId: fixture.agencyIdByName.get(name) ?? null,
});

describe("criterion detail", () => {
  it("shows 3.4 with its points, its three children and the stand-in note", async () => {
    const d = await loadCriterionDetail(leader(), planId, "3.4", TODAY);
    expect(d?.criterion).toMatchObject({ code: "3.4", standard: "5", assessed: "4.95", lost: "0.05" });
    expect(d?.ancestors.map((a) => a.code)).toEqual(["3"]);
    expect(d?.children.map((c) => [c.code, c.lost])).toEqual([
      ["3.4.1", "0.02"],
      ["3.4.2", "0.04"],
      ["3.4.3", "0.004"],
    ]);
    expect(d?.standIn).toMatchObject({ childrenLost: "0.064" });
    expect(d?.measures.map((m) => m.criterionCode)).toEqual(["3.4.1", "3.4.2", "3.4.3"]);
  });

  it("gives leadership every task of 9.1 with status, due date, overdue flag and evidence", async () => {
    const d = await loadCriterionDetail(leader(), planId, "9.1", TODAY);
    const tasks = d?.measures[0]?.tasks ?? [];
    expect(tasks).toHaveLength(33); // 20 departments + 12 districts + "UBND cấp xã" not yet assigned
    const accepted = tasks.find((t) => t.agencyName === "UBND huyện Đức Trọng");
    expect(accepted).toMatchObject({ status: "ACCEPTED", statusLabel: "Đã xác nhận", overdue: false });
    expect(accepted?.evidence).toHaveLength(1);
    expect(tasks.find((t) => t.agencyName === "Sở Tài chính")).toMatchObject({
      statusLabel: "Đang thực hiện",
      overdue: true,
      evidence: [],
    });
    expect(d?.agencyView).toBe(false);
  });

  it("shows an agency only the tasks it leads", async () => {
    const d = await loadCriterionDetail(agency("UBND huyện Đức Trọng"), planId, "9", TODAY);
    const tasks =
      d?.measures.flatMap((m) => m.tasks.map((t) => [m.criterionCode, t.agencyName, t.evidence?.length ?? null])) ?? [];
    expect(tasks).toEqual([
      ["9.1", "UBND huyện Đức Trọng", 1],
      ["9.2", "UBND huyện Đức Trọng", 0],
    ]);
    expect(d?.agencyView).toBe(true);
    const finance = await loadCriterionDetail(agency("Sở Tài chính"), planId, "6.1.1", TODAY);
    expect(finance?.measures[0]?.tasks.map((t) => t.agencyName)).toEqual(["Sở Tài chính"]); // not Sở KH&ĐT's
  });

  it("shows an agency the tasks it supports too", async () => {
    // 3.4.1 is led by every department and supported by Sở Thông tin và Truyền thông
    const d = await loadCriterionDetail(agency("Sở Thông tin và Truyền thông"), planId, "3.4.1", TODAY);
    expect(d?.measures[0]?.tasks).toHaveLength(20);
  });

  it("refuses another province's plan and an unknown code", async () => {
    const stranger: Actor = { role: "LEADERSHIP", provinceId: "not-this-province", agencyId: null };
    expect(await loadCriterionDetail(stranger, planId, "9.1", TODAY)).toBeNull();
    expect(await loadCriterionDetail(leader(), planId, "2.1", TODAY)).toBeNull();
  });
});
