import { describe, expect, it } from "vitest";
import type { DesiredTask } from "./desired";
import { type ExistingTask, reconcile } from "./reconcile";

const want = (sourceRef: string, agencyId: string | null, extra: Partial<DesiredTask> = {}): DesiredTask => ({
  source: "MEASURE",
  sourceRef,
  agencyId,
  measureId: "m1",
  criterionId: "c1",
  title: "Giải pháp",
  dueOn: new Date("2021-12-31T00:00:00Z"),
  recurrence: "YEARLY",
  supporterIds: [],
  ...extra,
});
let seq = 0;
const have = (desired: DesiredTask, extra: Partial<ExistingTask> = {}): ExistingTask => {
  const { supporterIds, ...fields } = desired;
  return { id: `t${++seq}`, ...fields, supporterIds, status: "NOT_STARTED", progress: 0, updateCount: 0, ...extra };
};

describe("reconcile", () => {
  it("leaves identical tasks alone and creates only what is new", () => {
    const a = want("M:1.5:1", "a");
    const r = reconcile([a, want("M:1.5:1", "b")], [have(a)]);
    expect(r).toMatchObject({ unchanged: 1, changes: [], deletes: [], kept: [] });
    expect(r.creates.map((t) => t.agencyId)).toEqual(["b"]);
  });

  it("updates text, due date and supporters in place without touching the task's work", () => {
    const old = have(want("M:1.5:1", "a", { supporterIds: ["x", "y"] }), { status: "IN_PROGRESS", progress: 50 });
    const r = reconcile(
      [want("M:1.5:1", "a", { title: "Giải pháp mới", dueOn: null, supporterIds: ["y", "z"] })],
      [old],
    );
    expect(r.changes).toEqual([
      { id: old.id, fields: { title: "Giải pháp mới", dueOn: null }, addSupporters: ["z"], removeSupporters: ["x"] },
    ]);
  });

  it("pairs unassigned slots with unassigned tasks of the same source in order, then with hand-assigned ones", () => {
    const slot = want("III:1.a", null, { source: "DUTY" });
    const first = have(slot);
    const assignedByHand = have(slot, { agencyId: "snv" });
    const r = reconcile([slot, slot], [first, assignedByHand]);
    expect(r).toMatchObject({ creates: [], unchanged: 2, unassigned: 1, deletes: [] });
    expect(reconcile([slot, slot, slot], [first]).creates).toHaveLength(2);
  });

  it("deletes stale tasks nobody touched and keeps those with status, progress or updates", () => {
    const gone = (agencyId: string, extra: Partial<ExistingTask>) => have(want("M:9.1:1", agencyId), extra);
    const untouched = gone("a", {});
    const started = gone("b", { status: "IN_PROGRESS" });
    const progressed = gone("c", { progress: 10 });
    const noted = gone("d", { updateCount: 1 });
    const r = reconcile([], [untouched, started, progressed, noted]);
    expect(r.deletes).toEqual([untouched.id]);
    expect(r.kept).toEqual([started.id, progressed.id, noted.id]);
  });
});

describe("reconcile after a restructuring", () => {
  it("finds a moved task by the agency the plan named, and never deletes a moved task", () => {
    const line = want("M:6.1:1", "planning");
    const moved = have(line, { agencyId: "finance", originAgencyId: "planning" });
    const own = have(want("M:6.1:1", "finance"));
    expect(reconcile([line, want("M:6.1:1", "finance")], [moved, own])).toMatchObject({
      creates: [],
      deletes: [],
      unchanged: 2,
    });
    // the line no longer names the ended agency (its group fans out to the new list): the moved task stays
    expect(reconcile([want("M:6.1:1", "finance")], [moved, own])).toMatchObject({ creates: [], deletes: [], kept: [] });
  });

  it("gives a line naming the new owner the task that moved to it when the owner had none", () => {
    const moved = have(want("M:7.1:1", "ict"), { agencyId: "science", originAgencyId: "ict" });
    const r = reconcile([want("M:7.1:1", "science")], [moved]);
    expect(r).toMatchObject({ creates: [], deletes: [], unchanged: 1 });
  });
});
