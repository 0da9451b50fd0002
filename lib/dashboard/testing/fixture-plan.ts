// Test and benchmark support: one plan of a fixture province — a measure per appendix row that has one, its
// lead/support assignments as resolved from the cells, one lead task per agency (groups fanned out to their
// members, an empty group or unknown name left unassigned), duty tasks without points, optional evidence.
import { createHash, randomUUID } from "node:crypto";
import { type AgencyDirectory, resolveAgencyCell } from "@/lib/agencies/directory";
import type { Tx } from "@/lib/db";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import type { AppendixRow } from "./appendix";
import type { FixtureOptions } from "./fixture";
import { leadTasksFromAppendix } from "./lead-tasks";

/** dueOn as "YYYY-MM-DD" or null. */
export type TaskState = { status: TaskStatusValue; dueOn?: string | null; progress?: number };

type PlanInput = {
  provinceId: string;
  assessmentId: string;
  year: number;
  rows: AppendixRow[];
  criterionIds: Map<string, string>;
  directory: AgencyDirectory;
  agencyIdByName: Map<string, string>;
  options: FixtureOptions;
  userId: string | null;
};

export async function createPlan(tx: Tx, input: PlanInput): Promise<{ planId: string; taskCount: number }> {
  const { year } = input;
  const plan = await tx.plan.create({
    data: {
      provinceId: input.provinceId,
      assessmentId: input.assessmentId,
      number: `${6000 + (year % 1000)}/KH-UBND`,
      issuedOn: new Date(Date.UTC(year + 1, 7, 23)),
      title: `Kế hoạch khắc phục tồn tại, nâng cao Chỉ số CCHC năm ${year + 1}`,
      sourceFileName: "fixture.txt",
      sourceText: "(dữ liệu thử)",
      sourceSha256: "0".repeat(64),
    },
  });
  const measureIds = await createMeasures(tx, plan.id, input);
  const taskCount = await createTasks(tx, plan.id, measureIds, input);
  return { planId: plan.id, taskCount };
}

async function createMeasures(tx: Tx, planId: string, input: PlanInput): Promise<Map<string, string>> {
  const withMeasure = input.rows.filter((r) => r.measure);
  const ids = new Map(withMeasure.map((r) => [r.code, randomUUID()]));
  await tx.measure.createMany({
    data: withMeasure.map((r) => ({
      id: ids.get(r.code),
      planId,
      criterionId: input.criterionIds.get(r.code) ?? "",
      position: 1,
      text: r.measure ?? "",
      timeframeText: r.timeframe ?? "",
      endsOn: new Date(Date.UTC(input.year + 1, 11, 31)),
      recurrence: "YEARLY" as const,
    })),
  });
  const groupIds = new Map(
    (await tx.agencyGroup.findMany({ where: { provinceId: input.provinceId }, select: { id: true, name: true } })).map(
      (g) => [g.name, g.id],
    ),
  );
  const assignments = withMeasure.flatMap((r) =>
    (["LEAD", "SUPPORT"] as const).flatMap((role) =>
      resolveAgencyCell((role === "LEAD" ? r.lead : r.support) ?? "", input.directory).names.map((n, position) => ({
        measureId: ids.get(r.code) ?? "",
        role,
        position,
        label: n.label,
        agencyId: n.kind === "agency" ? input.agencyIdByName.get(n.name) : null,
        groupId: n.kind === "group" ? groupIds.get(n.name) : null,
      })),
    ),
  );
  await tx.measureAssignment.createMany({ data: assignments });
  return ids;
}

async function createTasks(tx: Tx, planId: string, measureIds: Map<string, string>, input: PlanInput): Promise<number> {
  const lead = leadTasksFromAppendix(input.rows, input.directory);
  const tasks = lead.map((t, index) => {
    const state =
      input.options.stateOf?.({ year: input.year, criterionCode: t.criterionCode, agencyName: t.agencyName, index }) ??
      defaultState(input.year, t, index);
    return {
      id: randomUUID(),
      planId,
      source: "MEASURE" as const,
      sourceRef: t.agencyName ? `M:${t.criterionCode}:1` : `M:${t.criterionCode}:1:${index}`,
      measureId: measureIds.get(t.criterionCode),
      criterionId: input.criterionIds.get(t.criterionCode),
      agencyId: t.agencyName ? (input.agencyIdByName.get(t.agencyName) ?? null) : null,
      title: `${t.criterionCode} — ${t.label}`,
      status: state.status,
      progress:
        state.progress ??
        (state.status === "ACCEPTED" || state.status === "SUBMITTED" ? 100 : state.status === "NOT_STARTED" ? 0 : 50),
      dueOn: state.dueOn ? new Date(`${state.dueOn}T00:00:00Z`) : null,
    };
  });
  const duties = Array.from({ length: input.options.dutiesPerPlan ?? 0 }, (_, i) => ({
    id: randomUUID(),
    planId,
    source: "DUTY" as const,
    sourceRef: `III:${i + 1}`,
    agencyId: input.agencyIdByName.get("Sở Nội vụ") ?? null,
    title: `Nhiệm vụ chung ${i + 1}`,
    status: "NOT_STARTED" as const,
  }));
  await tx.task.createMany({ data: [...tasks, ...duties] });
  await createSupporters(tx, tasks, input);
  if (input.userId)
    await createEvidence(
      tx,
      tasks.filter((t) => t.status === "ACCEPTED"),
      input.userId,
    );
  return tasks.length + duties.length;
}

/** Supporting agencies named directly in the support cell (groups are left out to keep fixtures small). */
async function createSupporters(tx: Tx, tasks: { id: string; title: string }[], input: PlanInput) {
  const supportOf = new Map(
    input.rows.map((r) => [
      r.code,
      resolveAgencyCell(r.support ?? "", input.directory).names.filter((n) => n.kind === "agency"),
    ]),
  );
  const data = tasks.flatMap((t) => {
    const code = t.title.split(" — ")[0] ?? "";
    return (supportOf.get(code) ?? []).map((n) => ({ taskId: t.id, agencyId: input.agencyIdByName.get(n.name) ?? "" }));
  });
  if (data.length > 0) await tx.taskSupporter.createMany({ data, skipDuplicates: true });
}

async function createEvidence(tx: Tx, tasks: { id: string; title: string }[], userId: string) {
  const updates = tasks.map((t) => ({
    id: randomUUID(),
    taskId: t.id,
    userId,
    fromStatus: "SUBMITTED" as const,
    toStatus: "ACCEPTED" as const,
    note: "Đã kiểm tra hồ sơ.",
  }));
  await tx.taskUpdate.createMany({ data: updates });
  await tx.evidence.createMany({
    data: updates.map((u, i) => ({
      updateId: u.id,
      kind: "link",
      url: `https://example.invalid/kiem-chung/${i + 1}`,
      fileName: `Báo cáo kết quả ${i + 1}`,
    })),
  });
}

const STATUS_WHEEL: TaskStatusValue[] = [
  "ACCEPTED",
  "ACCEPTED",
  "ACCEPTED",
  "IN_PROGRESS",
  "IN_PROGRESS",
  "SUBMITTED",
  "RETURNED",
  "NOT_STARTED",
  "NOT_STARTED",
  "NOT_STARTED",
];

/** Deterministic spread of statuses; older plans further along; one task in six due before the year's end. */
function defaultState(year: number, t: { criterionCode: string; agencyName: string | null }, index: number): TaskState {
  const h = createHash("sha1")
    .update(`${year}|${t.criterionCode}|${t.agencyName ?? index}`)
    .digest();
  const status = STATUS_WHEEL[(h[0] ?? 0) % STATUS_WHEEL.length] ?? "NOT_STARTED";
  const early = (h[1] ?? 0) % 6 === 0;
  return { status, dueOn: early ? `${year + 1}-10-31` : `${year + 1}-12-31` };
}
