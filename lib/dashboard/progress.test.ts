import { describe, expect, it } from "vitest";
import { dsum } from "@/lib/decimal";
import { provinceTodayIso as todayInProvince } from "@/lib/format";
import { itemResolver, pointsItems } from "./items";
import { progressBy, tasksByItem } from "./progress";
import { progressBucket } from "./status";
import { readAppendix } from "./testing/appendix";
import { seededTaskCounts } from "./testing/task-counts";
import type { ViewContext } from "./views-scores";
import { progressView, remediationHeadline } from "./views-tasks";

const rows = readAppendix();
const { items } = pointsItems(rows);
const itemsFor = itemResolver(items);

// Field 6 (3,42 lost): Sở Tài chính leads 6.1.2, 6.1.3, 6.3.3, 6.3.4 alone and 6.1.1 with Sở KH&ĐT.
const counts = seededTaskCounts({
  "6.1.2|Sở Tài chính": { status: "ACCEPTED", pastDue: true }, // accepted work is done, due date or not
  "6.1.3|Sở Tài chính": { status: "SUBMITTED" },
  "6.3.3|Sở Tài chính": { status: "IN_PROGRESS", pastDue: true },
  "6.1.1|Sở Tài chính": { status: "ACCEPTED" },
  "6.1.1|Sở Kế hoạch và Đầu tư": { status: "RETURNED" },
});

describe("progress buckets", () => {
  it("follow the rule: accepted, else overdue when past due, else not started / in progress", () => {
    expect(progressBucket("ACCEPTED", true)).toBe("accepted");
    expect(progressBucket("SUBMITTED", true)).toBe("overdue");
    expect(progressBucket("NOT_STARTED", true)).toBe("overdue");
    expect(progressBucket("NOT_STARTED", false)).toBe("notStarted");
    expect(progressBucket("IN_PROGRESS", false)).toBe("inProgress");
    expect(progressBucket("SUBMITTED", false)).toBe("inProgress");
    expect(progressBucket("RETURNED", false)).toBe("inProgress");
  });

  it("take today's date in Asia/Ho_Chi_Minh, not UTC", () => {
    expect(todayInProvince(new Date("2021-11-30T17:30:00Z"))).toBe("2021-12-01");
    expect(todayInProvince(new Date("2021-11-30T16:59:00Z"))).toBe("2021-11-30");
  });
});

describe("remediation progress vs points (seeded plan)", () => {
  const tasks = tasksByItem(items, counts, itemsFor);
  const byField = progressBy(items, tasks, (i) => i.fieldCode);

  it("spreads each item's points over its tasks' buckets in proportion to the task counts", () => {
    const finance = byField.find((r) => r.key === "6");
    expect(finance?.lost.toString()).toBe("3.42");
    expect(finance?.accepted.toString()).toBe("1.145"); // 6.1.2 + ½ of 6.1.1
    expect(finance?.inProgress.toString()).toBe("0.275"); // 6.1.3 (submitted) + ½ of 6.1.1 (returned)
    expect(finance?.overdue.toString()).toBe("1"); // 6.3.3
    expect(finance?.notStarted.toString()).toBe("1"); // 6.3.4
  });

  it("keeps every field's buckets adding up to its lost points, and the fields to 16,07", () => {
    for (const row of byField) {
      expect(dsum([row.accepted, row.inProgress, row.notStarted, row.overdue]).toDecimalPlaces(30).eq(row.lost)).toBe(
        true,
      );
    }
    expect(byField.map((r) => r.key)).toEqual(["1", "3", "4", "5", "6", "7", "8", "9"]);
    expect(dsum(byField.map((r) => r.lost)).toString()).toBe("16.07");
  });

  it("counts an item with no lead task as not started, and names it", () => {
    const without = tasksByItem(
      items,
      counts.filter((c) => c.criterionCode !== "7.1.3"),
      itemsFor,
    );
    const field7 = progressBy(items, without, (i) => i.fieldCode).find((r) => r.key === "7");
    expect(field7?.noTaskItems).toEqual(["7.1.3"]);
    expect(field7?.notStarted.toString()).toBe("0.34");
  });

  it("breaks one field down by item when the dashboard is filtered to it", () => {
    const view = progressView({ planId: "p", fieldCode: "6" } as ViewContext, rows, counts);
    expect(view.groupedBy).toBe("item");
    expect(view.bars.map((b) => [b.key, b.accepted, b.inProgress, b.overdue, b.notStarted])).toEqual([
      ["6.1.1", "0.145", "0.145", "0", "0"],
      ["6.1.2", "1", "0", "0", "0"],
      ["6.1.3", "0", "0.13", "0", "0"],
      ["6.3.3", "0", "0", "1", "0"],
      ["6.3.4", "0", "0", "0", "1"],
    ]);
    expect(view.total).toMatchObject({ lost: "3.42", accepted: "1.145" });
  });

  it("sums the plan's remediation for the headline, tasks counted once", () => {
    const headline = remediationHeadline(rows, counts);
    expect(headline).toMatchObject({ lost: "16.07", accepted: "1.145", overdue: "1" });
    expect(headline.tasks.total).toBe(counts.length);
    expect(headline.tasks.accepted).toBe(2);
    expect(headline.tasks.overdue).toBe(1);
  });
});
