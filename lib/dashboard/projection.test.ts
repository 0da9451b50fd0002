import { describe, expect, it } from "vitest";
import { itemResolver, pointsItems } from "./items";
import { tasksByItem } from "./progress";
import { projectRank, projectScore } from "./projection";
import { SCENARIOS } from "./scenarios";
import { readAppendix } from "./testing/appendix";
import { seededTaskCounts } from "./testing/task-counts";
import type { ViewContext } from "./views-scores";
import { projectionView } from "./views-tasks";

const rows = readAppendix();
const { items } = pointsItems(rows);
const itemsFor = itemResolver(items);

const counts = seededTaskCounts({
  "6.1.2|Sở Tài chính": { status: "ACCEPTED" }, // 1,00 lost
  "6.1.3|Sở Tài chính": { status: "SUBMITTED" }, // 0,13
  "6.3.3|Sở Tài chính": { status: "IN_PROGRESS", progress: 50, pastDue: true }, // 1,00, half done
  "6.1.1|Sở Tài chính": { status: "ACCEPTED" }, // 0,29 over two lead tasks: one accepted,
  "6.1.1|Sở Kế hoạch và Đầu tư": { status: "RETURNED", progress: 20 }, // one returned at 20 %
  "8.3.1|Sở Kế hoạch và Đầu tư": { status: "IN_PROGRESS", progress: 0 }, // moved to "đang thực hiện", nothing done
});
const tasks = tasksByItem(items, counts, itemsFor);

describe("projected score: three rules side by side", () => {
  it("moving tasks to “đang thực hiện” at 0 % wins nothing under any rule", () => {
    const started = seededTaskCounts({
      "6.1.2|Sở Tài chính": { status: "IN_PROGRESS" },
      "6.1.3|Sở Tài chính": { status: "IN_PROGRESS" },
      "6.3.3|Sở Tài chính": { status: "IN_PROGRESS" },
    });
    const p = projectScore("83.93", "100", items, tasksByItem(items, started, itemsFor));
    for (const scenario of SCENARIOS)
      expect(p.scenarios[scenario]).toEqual({ gain: "0", projected: "83.93", capped: false });
  });

  it("counts 50 % progress as half the item under the progress rule only", () => {
    const half = seededTaskCounts({ "6.3.3|Sở Tài chính": { status: "IN_PROGRESS", progress: 50 } });
    const p = projectScore("83.93", "100", items, tasksByItem(items, half, itemsFor));
    expect([p.scenarios.accepted.gain, p.scenarios.submitted.gain, p.scenarios.progress.gain]).toEqual([
      "0",
      "0",
      "0.5",
    ]);
  });

  it("counts submitted work in full under “submitted” and “progress”, not under “accepted”", () => {
    const sent = seededTaskCounts({ "6.1.3|Sở Tài chính": { status: "SUBMITTED" } });
    const p = projectScore("83.93", "100", items, tasksByItem(items, sent, itemsFor));
    expect([p.scenarios.accepted.gain, p.scenarios.submitted.gain, p.scenarios.progress.gain]).toEqual([
      "0",
      "0.13",
      "0.13",
    ]);
  });

  it("counts accepted work in full under every rule", () => {
    const done = seededTaskCounts({ "6.1.2|Sở Tài chính": { status: "ACCEPTED" } });
    const p = projectScore("83.93", "100", items, tasksByItem(items, done, itemsFor));
    for (const scenario of SCENARIOS) expect(p.scenarios[scenario]).toMatchObject({ gain: "1", projected: "84.93" });
  });

  it("shares an item's points among its lead tasks and adds the rules up over the plan", () => {
    const p = projectScore("83.93", "100", items, tasks);
    // accepted: 6.1.2 (1) + half of 6.1.1 (0,145); submitted adds 6.1.3 (0,13);
    // progress adds half of 6.3.3 (0,5) and 20 % of the other half of 6.1.1 (0,029).
    expect(p.scenarios.accepted).toEqual({ gain: "1.145", projected: "85.075", capped: false });
    expect(p.scenarios.submitted).toEqual({ gain: "1.275", projected: "85.205", capped: false });
    expect(p.scenarios.progress).toEqual({ gain: "1.804", projected: "85.734", capped: false });
  });

  it("counts nothing for an item without lead tasks", () => {
    const none = tasksByItem(items, [], itemsFor);
    expect(projectScore("83.93", "100", items, none).scenarios.progress).toMatchObject({
      gain: "0",
      projected: "83.93",
    });
  });

  it("never goes above the framework's maximum", () => {
    expect(projectScore("99", "100", items, tasks).scenarios.progress).toMatchObject({
      projected: "100",
      capped: true,
    });
  });

  it("ranks among the OTHER provinces' published scores of the year; equal scores do not rank above", () => {
    expect(projectRank("86.06", ["90.1", "86.07", "86.06", "85", "70.5"])).toEqual({ rank: 3, rankOf: 6, peers: 5 });
    expect(projectRank("95", ["90.1"])).toEqual({ rank: 1, rankOf: 2, peers: 1 });
  });

  it("gives no rank when no other province's score has been entered", () => {
    expect(projectRank("86.06", [])).toBeNull();
  });

  it("keeps the published figures beside the projection, with each rule and the items that win something", () => {
    const ctx = {
      planId: "p",
      year: 2020,
      published: "83.93",
      max: "100",
      rank: 32,
      rankOf: 63,
      fieldCode: "9",
    } as ViewContext;
    const view = projectionView(ctx, rows, counts, ["85.5", "85.1", "83.1"]);
    expect(view).toMatchObject({
      published: "83.93",
      publishedRank: 32,
      projected: "85.734",
      gain: "1.804",
      remaining: "14.266",
    });
    expect(view.rank).toEqual({ rank: 1, rankOf: 4, peers: 3 });
    expect(view.scenarios.map((s) => [s.scenario, s.projected, s.rank?.rank])).toEqual([
      ["accepted", "85.075", 3],
      ["submitted", "85.205", 2],
      ["progress", "85.734", 1],
    ]);
    // the projection is about the whole score: a field filter does not narrow it
    expect(view.counted.map((i) => i.code)).toEqual(["6.1.1", "6.1.2", "6.1.3", "6.3.3"]);
    expect(view.counted.find((i) => i.code === "6.1.1")).toMatchObject({
      tasks: 2,
      gains: { accepted: "0.145", submitted: "0.145", progress: "0.174" },
    });
    expect(view.notCounted.find((i) => i.code === "8.3.1")).toMatchObject({ tasks: 1, gains: { progress: "0" } });
  });
});
