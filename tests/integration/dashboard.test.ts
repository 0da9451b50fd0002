// The dashboard's loaders against a real Postgres: the seeded plan's figures written as a fixture province,
// read back through the same queries the page runs. Province-scoped; duty tasks carry no points.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDashboard } from "@/lib/dashboard/dashboard";
import {
  createDashboardFixture,
  createPeerProvinces,
  dropDashboardFixture,
  type Fixture,
} from "@/lib/dashboard/testing/fixture";
import type { TaskState } from "@/lib/dashboard/testing/fixture-plan";
import { db } from "@/lib/db";

const tag = randomUUID().slice(0, 8);
// A year no other test uses, so the peers below are the only other provinces of that year.
const YEAR = 5000 + Math.floor(Math.random() * 3000);
const TODAY = `${YEAR + 1}-11-15`;
const LATE = `${YEAR + 1}-10-31`;

const STATES: Record<string, TaskState> = {
  "6.1.2|Sở Tài chính": { status: "ACCEPTED", dueOn: LATE },
  "6.1.3|Sở Tài chính": { status: "SUBMITTED" },
  "6.3.3|Sở Tài chính": { status: "IN_PROGRESS", dueOn: LATE, progress: 50 },
  "6.1.1|Sở Tài chính": { status: "ACCEPTED" },
  "6.1.1|Sở Kế hoạch và Đầu tư": { status: "RETURNED", progress: 20 },
};

let fixture: Fixture;
let peers: string[] = [];
let data: NonNullable<Awaited<ReturnType<typeof loadDashboard>>>;

beforeAll(async () => {
  fixture = await createDashboardFixture(db, {
    provinceName: `Tỉnh thử bảng điều khiển ${tag}`,
    provinceCode: `dash-${tag}`,
    years: [YEAR - 2, YEAR],
    headlines: [{ year: YEAR - 1, totalScore: "80.66", rank: 40, rankOf: 63 }],
    ranks: { [YEAR]: { rank: 32, rankOf: 63 } },
    dutiesPerPlan: 5,
    stateOf: ({ year, criterionCode, agencyName }) =>
      (year === YEAR ? STATES[`${criterionCode}|${agencyName ?? ""}`] : undefined) ?? {
        status: year === YEAR ? "NOT_STARTED" : "ACCEPTED",
        dueOn: `${year + 1}-12-31`,
      },
  });
  peers = await createPeerProvinces(db, tag, YEAR, ["86.5", "84", "83.93", "70"], fixture.provinceId);
  const loaded = await loadDashboard({ provinceId: fixture.provinceId }, {}, TODAY);
  if (!loaded) throw new Error("no dashboard");
  data = loaded;
});

afterAll(async () => {
  if (fixture) await dropDashboardFixture(db, fixture);
  await db.province.deleteMany({ where: { id: { in: peers } } });
});

describe("dashboard loaders (Lâm Đồng 2020 figures)", () => {
  it("shows the latest plan by default, with 83,93/100, 16,07 lost and the rank against last year's", () => {
    expect(data.ctx.planId).toBe(fixture.planIdByYear.get(YEAR));
    expect(data.headline).toMatchObject({
      published: "83.93",
      max: "100",
      totalLost: "16.07",
      recomputed: "83.93",
      rank: 32,
      rankOf: 63,
    });
    expect(data.headline.previous).toEqual({ year: YEAR - 1, totalScore: "80.66", rank: 40, rankOf: 63 });
    expect(data.headline.change).toBe("3.27");
  });

  it("reads the field scores exactly and sorts them by lost points", () => {
    expect(data.fields.map((f) => [f.code, f.lost])).toEqual([
      ["9", "7.31"],
      ["6", "3.42"],
      ["8", "2.08"],
      ["4", "1.34"],
      ["1", "1.03"],
      ["5", "0.5"],
      ["7", "0.34"],
      ["3", "0.05"],
    ]);
    expect(data.fields[0]?.href).toBe(`/tieu-chi/9?ke-hoach=${data.ctx.planId}`);
  });

  it("ranks 9.2 first in the Pareto, 5,94 of 16,07, and ends at 100 %", () => {
    expect(data.pareto.entries[0]).toMatchObject({ code: "9.2", lost: "5.94", cumulative: "5.94", share: "0.369633" });
    expect(data.pareto.entries).toHaveLength(19);
    expect(data.pareto.entries.at(-1)).toMatchObject({ code: "7.1.3", cumulative: "16.07", cumulativeShare: "1" });
    expect(data.pareto.standIns.map((s) => [s.code, s.childrenLost])).toEqual([["3.4", "0.064"]]);
  });

  it("splits the points among lead agencies from the task aggregate, duty tasks left out", () => {
    expect(data.agencies.total).toBe("16.07");
    const finance = data.agencies.bars[0];
    expect(finance).toMatchObject({
      name: "Sở Tài chính",
      points: "3.654",
      href: `/co-quan/${fixture.agencyIdByName.get("Sở Tài chính")}`,
    });
    // 12 group-led items + 6.1.1, 6.1.2, 6.1.3, 6.3.3, 6.3.4
    expect(finance?.tasks).toEqual({ total: 17, accepted: 2, inProgress: 1, notStarted: 13, overdue: 1 });
    const unassigned = data.agencies.bars.find((b) => b.kind === "unassigned");
    expect(unassigned).toMatchObject({ name: "Chưa phân công", points: "0.068", href: null });
    // Sở Nội vụ leads the 12 group-led items as a department; its 5 duty tasks carry no points and are not counted
    expect(data.agencies.bars.find((b) => b.name === "Sở Nội vụ")?.tasks.total).toBe(12);
  });

  it("measures remediation in points, overdue judged against the province's today", () => {
    const field6 = data.progress.bars.find((b) => b.key === "6");
    expect(field6).toMatchObject({
      lost: "3.42",
      accepted: "1.145",
      inProgress: "0.275",
      overdue: "1",
      notStarted: "1",
      href: `/tieu-chi/6?ke-hoach=${data.ctx.planId}`,
    });
    expect(data.remediation).toMatchObject({ lost: "16.07", accepted: "1.145", overdue: "1" });
  });

  it("projects by reported progress 85,734 and rank 2 of the 5 provinces entered, beside the published 83,93 and 32/63", () => {
    expect(data.projection).toMatchObject({
      published: "83.93",
      publishedRank: 32,
      projected: "85.734",
      gain: "1.804",
      rank: { rank: 2, rankOf: 5, peers: 4 },
    });
    // the progress sums come from Postgres: accepted only / + submitted / everything at its progress
    expect(data.projection.scenarios.map((s) => [s.scenario, s.projected])).toEqual([
      ["accepted", "85.075"],
      ["submitted", "85.205"],
      ["progress", "85.734"],
    ]);
  });

  it("lists every assessment year, headline-only years without field scores", () => {
    expect(data.years.years.map((y) => [y.year, y.total, y.rank, Object.keys(y.fields).length])).toEqual([
      [YEAR - 2, "79.109", null, 8],
      [YEAR - 1, "80.66", 40, 0],
      [YEAR, "83.93", 32, 8],
    ]);
  });

  it("narrows Pareto, agencies and progress to one field, not the projection", async () => {
    const field = await loadDashboard({ provinceId: fixture.provinceId }, { fieldCode: "6" }, TODAY);
    expect(field?.pareto.total).toBe("3.42");
    expect(field?.agencies.bars.map((b) => [b.name, b.points])).toEqual([
      ["Sở Tài chính", "3.275"],
      ["Sở Kế hoạch và Đầu tư", "0.145"],
    ]);
    expect(field?.progress.groupedBy).toBe("item");
    expect(field?.projection.projected).toBe("85.734");
    expect(field?.years.years.at(-1)?.field).toEqual({ standard: "8", assessed: "4.58", lost: "3.42" });
  });

  it("opens an older plan when asked, and never another province's", async () => {
    const older = await loadDashboard(
      { provinceId: fixture.provinceId },
      { planId: fixture.planIdByYear.get(YEAR - 2) },
      TODAY,
    );
    expect(older?.ctx.year).toBe(YEAR - 2);
    expect(older?.projection.rank).toBeNull(); // no other province's score entered for that year
    const foreign = await loadDashboard(
      { provinceId: peers[0] ?? "" },
      { planId: fixture.planIdByYear.get(YEAR) },
      TODAY,
    );
    expect(foreign).toBeNull();
  });
});
