import { describe, expect, it } from "vitest";
import { itemResolver, pointsItems } from "./items";
import { tasksByItem } from "./progress";
import { projectRank, projectScore } from "./projection";
import { readAppendix } from "./testing/appendix";
import { seededTaskCounts } from "./testing/task-counts";
import { projectionView } from "./views-tasks";
import type { ViewContext } from "./views-scores";

const rows = readAppendix();
const { items } = pointsItems(rows);
const itemsFor = itemResolver(items);

const counts = seededTaskCounts({
  "6.1.2|Sở Tài chính": { status: "ACCEPTED" },
  "6.1.3|Sở Tài chính": { status: "SUBMITTED" },
  "6.3.3|Sở Tài chính": { status: "IN_PROGRESS", pastDue: true }, // late, but in hand
  "6.1.1|Sở Tài chính": { status: "ACCEPTED" },
  "6.1.1|Sở Kế hoạch và Đầu tư": { status: "RETURNED" }, // one returned task keeps 6.1.1 out
  "8.3.1|Sở Kế hoạch và Đầu tư": { status: "NOT_STARTED" },
});
const tasks = tasksByItem(items, counts, itemsFor);

describe("projected score", () => {
  it("adds the lost points of every item whose lead tasks are all in progress, submitted or accepted", () => {
    const p = projectScore("83.93", "100", items, tasks);
    expect(p.counted.map((i) => i.code)).toEqual(["6.1.2", "6.1.3", "6.3.3"]);
    expect(p.gain).toBe("2.13");
    expect(p.projected).toBe("86.06");
    expect(p.capped).toBe(false);
    expect(p.notCounted).toHaveLength(items.length - 3);
  });

  it("counts nothing for an item without lead tasks", () => {
    const none = tasksByItem(items, [], itemsFor);
    expect(projectScore("83.93", "100", items, none)).toMatchObject({ gain: "0", projected: "83.93" });
  });

  it("never goes above the framework's maximum", () => {
    expect(projectScore("99", "100", items, tasks)).toMatchObject({ projected: "100", capped: true });
  });

  it("ranks among the OTHER provinces' published scores of the year; equal scores do not rank above", () => {
    expect(projectRank("86.06", ["90.1", "86.07", "86.06", "85", "70.5"])).toEqual({ rank: 3, rankOf: 6, peers: 5 });
    expect(projectRank("95", ["90.1"])).toEqual({ rank: 1, rankOf: 2, peers: 1 });
  });

  it("gives no rank when no other province's score has been entered", () => {
    expect(projectRank("86.06", [])).toBeNull();
  });

  it("keeps the published figures beside the projection, with the items counted and left out", () => {
    const ctx = { planId: "p", year: 2020, published: "83.93", max: "100", rank: 32, rankOf: 63, fieldCode: "9" } as ViewContext;
    const view = projectionView(ctx, rows, counts, ["84.5", "83.1"]);
    expect(view).toMatchObject({ published: "83.93", publishedRank: 32, projected: "86.06", gain: "2.13", remaining: "13.94" });
    expect(view.rank).toEqual({ rank: 1, rankOf: 3, peers: 2 });
    // the projection is about the whole score: a field filter does not narrow it
    expect(view.counted.map((i) => i.code)).toEqual(["6.1.2", "6.1.3", "6.3.3"]);
    expect(view.counted[0]).toMatchObject({ tasks: 1, href: "/tieu-chi/6.1.2?ke-hoach=p" });
  });
});
