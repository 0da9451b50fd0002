import { describe, expect, it } from "vitest";
import { provinceToday } from "@/lib/format";
import type { TaskStatusValue } from "./schema";
import { currentCycleDue, dueState, isPlanError, nextStatuses, planStatusChange, proposedDeadline } from "./status";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("nextStatuses", () => {
  it.each<[TaskStatusValue, TaskStatusValue[]]>([
    ["NOT_STARTED", ["IN_PROGRESS", "SUBMITTED"]],
    ["IN_PROGRESS", ["SUBMITTED"]],
    ["SUBMITTED", ["IN_PROGRESS"]], // withdrawn before review
    ["ACCEPTED", []],
    ["RETURNED", ["IN_PROGRESS", "SUBMITTED"]],
  ])("the lead agency moves %s to %j", (from, to) => {
    expect(nextStatuses(from, "lead")).toEqual(to);
  });

  it("only Sở Nội vụ reopens an accepted task, and only to IN_PROGRESS", () => {
    expect(nextStatuses("ACCEPTED", "reviewer")).toEqual(["IN_PROGRESS"]);
    expect(nextStatuses("SUBMITTED", "reviewer")).toEqual([]);
  });
});

describe("planStatusChange", () => {
  it("forces progress to 100 on submit", () => {
    expect(planStatusChange({ from: "IN_PROGRESS", fromProgress: 40, to: "SUBMITTED", progress: 60 }, "lead")).toEqual({
      status: "SUBMITTED",
      progress: 100,
      changed: true,
    });
  });

  it("allows skipping straight from not started to submitted", () => {
    expect(planStatusChange({ from: "NOT_STARTED", fromProgress: 0, to: "SUBMITTED" }, "lead")).toMatchObject({
      status: "SUBMITTED",
      progress: 100,
    });
  });

  it("refuses a transition the workflow does not have, naming both states", () => {
    const result = planStatusChange({ from: "IN_PROGRESS", fromProgress: 10, to: "NOT_STARTED" }, "lead");
    expect(result).toEqual({ field: "status", message: "Không thể chuyển từ “Đang thực hiện” sang “Chưa thực hiện”." });
  });

  it("refuses any change of an accepted task by the lead agency", () => {
    const result = planStatusChange({ from: "ACCEPTED", fromProgress: 100, to: "IN_PROGRESS" }, "lead");
    expect(isPlanError(result) && result.field).toBe("status");
  });

  it("lets Sở Nội vụ reopen an accepted task only with a reason", () => {
    expect(planStatusChange({ from: "ACCEPTED", fromProgress: 100, to: "IN_PROGRESS" }, "reviewer")).toMatchObject({
      field: "note",
    });
    expect(
      planStatusChange(
        { from: "ACCEPTED", fromProgress: 100, to: "IN_PROGRESS", progress: 80, note: "Thiếu số liệu" },
        "reviewer",
      ),
    ).toEqual({
      status: "IN_PROGRESS",
      progress: 80,
      changed: true,
    });
  });

  it("updates progress without a status change while in progress or returned", () => {
    expect(planStatusChange({ from: "IN_PROGRESS", fromProgress: 10, progress: 70 }, "lead")).toEqual({
      status: "IN_PROGRESS",
      progress: 70,
      changed: true,
    });
    expect(planStatusChange({ from: "RETURNED", fromProgress: 100, progress: 90 }, "lead")).toMatchObject({
      progress: 90,
      changed: true,
    });
  });

  it("refuses progress on a task not started, submitted or accepted", () => {
    for (const from of ["NOT_STARTED", "SUBMITTED", "ACCEPTED"] as const) {
      const result = planStatusChange({ from, fromProgress: from === "NOT_STARTED" ? 0 : 100, progress: 50 }, "lead");
      expect(isPlanError(result) && result.field).toBe("progress");
    }
  });

  it("reports no change when nothing differs", () => {
    expect(
      planStatusChange({ from: "IN_PROGRESS", fromProgress: 30, to: "IN_PROGRESS", progress: 30 }, "lead"),
    ).toEqual({
      status: "IN_PROGRESS",
      progress: 30,
      changed: false,
    });
  });
});

describe("provinceToday", () => {
  it("is already tomorrow in Việt Nam at 18:00 UTC", () => {
    expect(provinceToday(new Date("2026-03-31T18:00:00Z"))).toEqual(d("2026-04-01"));
    expect(provinceToday(new Date("2026-03-31T16:59:59Z"))).toEqual(d("2026-03-31"));
  });
});

describe("currentCycleDue", () => {
  it("leaves one-off and undated tasks alone", () => {
    expect(currentCycleDue(d("2021-12-31"), "NONE", d("2026-05-01"))).toEqual(d("2021-12-31"));
    expect(currentCycleDue(null, "YEARLY", d("2026-05-01"))).toBeNull();
  });

  it("moves a yearly task to this year's date ('các năm tiếp theo')", () => {
    expect(currentCycleDue(d("2021-12-31"), "YEARLY", d("2026-05-01"))).toEqual(d("2026-12-31"));
    expect(currentCycleDue(d("2021-06-30"), "YEARLY", d("2026-07-15"))).toEqual(d("2026-06-30"));
  });

  it("keeps the first due date during and before the first cycle", () => {
    expect(currentCycleDue(d("2021-12-31"), "YEARLY", d("2021-03-01"))).toEqual(d("2021-12-31"));
    expect(currentCycleDue(d("2021-12-31"), "YEARLY", d("2020-03-01"))).toEqual(d("2021-12-31"));
  });

  it("clamps to the end of shorter months and leap years", () => {
    expect(currentCycleDue(d("2021-03-31"), "QUARTERLY", d("2021-05-10"))).toEqual(d("2021-06-30"));
    expect(currentCycleDue(d("2021-03-31"), "QUARTERLY", d("2021-11-10"))).toEqual(d("2021-12-31"));
    expect(currentCycleDue(d("2024-02-29"), "YEARLY", d("2025-01-05"))).toEqual(d("2025-02-28"));
    expect(currentCycleDue(d("2021-01-31"), "MONTHLY", d("2021-02-03"))).toEqual(d("2021-02-28"));
  });
});

describe("dueState", () => {
  const today = d("2026-05-15");

  it("is overdue once the date has passed and the task is not accepted", () => {
    expect(dueState({ dueOn: d("2026-05-14"), recurrence: "NONE", status: "IN_PROGRESS" }, today).overdue).toBe(true);
    expect(dueState({ dueOn: d("2026-05-14"), recurrence: "NONE", status: "SUBMITTED" }, today).overdue).toBe(true);
    expect(dueState({ dueOn: d("2026-05-14"), recurrence: "NONE", status: "ACCEPTED" }, today).overdue).toBe(false);
    expect(dueState({ dueOn: d("2026-05-15"), recurrence: "NONE", status: "NOT_STARTED" }, today).overdue).toBe(false);
    expect(dueState({ dueOn: null, recurrence: "NONE", status: "NOT_STARTED" }, today).overdue).toBe(false);
  });

  it("uses the current cycle for recurring tasks", () => {
    const yearly = { dueOn: d("2021-12-31"), recurrence: "YEARLY" as const, status: "IN_PROGRESS" as const };
    expect(dueState(yearly, today)).toEqual({ cycleDue: d("2026-12-31"), overdue: false, dueSoon: false });
  });

  it("flags open tasks due today or in the next 30 days, across a month end", () => {
    const soon = (iso: string, status: "RETURNED" | "ACCEPTED" = "RETURNED") =>
      dueState({ dueOn: d(iso), recurrence: "NONE", status }, today).dueSoon;
    expect(soon("2026-05-15")).toBe(true); // today
    expect(soon("2026-06-14")).toBe(true); // the 30th day
    expect(soon("2026-06-15")).toBe(false);
    expect(soon("2026-05-14")).toBe(false); // overdue, not "soon"
    expect(soon("2026-05-31", "ACCEPTED")).toBe(false);
  });
});

describe("proposedDeadline", () => {
  it("is the last day of the third month after today, across a year end and a leap February", () => {
    expect(proposedDeadline(new Date("2026-11-30T00:00:00Z")).toISOString().slice(0, 10)).toBe("2027-02-28");
    expect(proposedDeadline(new Date("2027-11-05T00:00:00Z")).toISOString().slice(0, 10)).toBe("2028-02-29");
    expect(proposedDeadline(new Date("2026-01-31T00:00:00Z")).toISOString().slice(0, 10)).toBe("2026-04-30");
  });
});
