// What an event would move: the ended agencies' open tasks, open reports and reporting obligations, open
// self-assessment items, users and group memberships. Accepted (closed) work is counted and stays where it is.
import type { Tx } from "@/lib/db";
import { dateOfIso } from "@/lib/format";
import { CLOSED_STATUSES } from "@/lib/tasks/status";
import { findFolds } from "./fold";
import { restructuringMessages as m } from "./messages";
import { pointsAtStake } from "./points";
import { proposeSuccessor } from "./propose";
import type { EventInput } from "./schema";
import type { EventPlan, MoveItem, TaskMove } from "./types";
import type { Resolved } from "./validate";

export async function collectMoves(
  tx: Tx,
  provinceId: string,
  input: EventInput,
  resolved: Resolved,
): Promise<EventPlan> {
  const effectiveOn = dateOfIso(input.effectiveOn);
  const ending = input.kind === "RENAME" ? [] : resolved.from.map((a) => a.id);
  const inFrom = { agencyId: { in: ending } };
  const [tasks, kept, reports, scores, obligations, users, memberships, assignments] = await Promise.all([
    loadTasks(tx, ending),
    tx.task.count({ where: { ...inFrom, status: { in: [...CLOSED_STATUSES] } } }),
    tx.agencyReport.findMany({
      where: { ...inFrom, status: { in: ["DRAFT", "RETURNED"] } },
      select: { id: true, agencyId: true, period: { select: { key: true } } },
      orderBy: { id: "asc" },
    }),
    tx.selfScore.findMany({
      where: { ...inFrom, status: { not: "APPRAISED" } },
      select: {
        id: true,
        agencyId: true,
        criterion: { select: { code: true, title: true } },
        selfAssessment: { select: { year: true } },
      },
      orderBy: { id: "asc" },
    }),
    tx.reportingPeriodAgency.findMany({ where: { ...inFrom, period: { endsOn: { gte: effectiveOn } } } }),
    tx.user.findMany({
      where: inFrom,
      select: { id: true, name: true, email: true, agencyId: true },
      orderBy: { email: "asc" },
    }),
    tx.agencyGroupMember.findMany({ where: inFrom, select: { groupId: true, agencyId: true } }),
    tx.measureAssignment.count({ where: inFrom }),
  ]);
  const target = targetFor(input, resolved);
  const names = resolved.to.map((s) => s.name);
  const item = (key: string, text: string): Pick<MoveItem, "proposed" | "to"> => {
    const proposed = input.kind === "SPLIT" ? proposeSuccessor(text, names) : null;
    return { proposed, to: target(key) };
  };
  const taskMoves: TaskMove[] = tasks.map((t) => ({
    key: `task:${t.id}`,
    kind: "task",
    id: t.id,
    fromAgencyId: t.agencyId ?? "",
    label: t.title,
    planId: t.planId,
    sourceRef: t.sourceRef,
    criterionCode: t.criterion?.code ?? null,
    lost: lostPoints(t),
    originAgencyId: t.originAgencyId,
    ...item(`task:${t.id}`, `${t.title} ${t.criterion?.title ?? ""}`),
  }));
  const reportMoves: MoveItem[] = reports.map((r) => ({
    key: `report:${r.id}`,
    kind: "report",
    id: r.id,
    fromAgencyId: r.agencyId,
    label: `Báo cáo kỳ ${r.period.key}`,
    ...item(`report:${r.id}`, ""),
  }));
  const scoreMoves: MoveItem[] = scores.map((s) => ({
    key: `score:${s.id}`,
    kind: "score",
    id: s.id,
    fromAgencyId: s.agencyId ?? "",
    label: `Tự chấm ${s.selfAssessment.year}, tiêu chí ${s.criterion.code}: ${s.criterion.title}`,
    ...item(`score:${s.id}`, s.criterion.title),
  }));
  const successorId = (task: TaskMove) =>
    // an agency the event creates holds no copy yet, but two ended agencies' copies may both go to it
    task.to === null || task.to === undefined ? null : (resolved.to[task.to]?.agencyId ?? `~new:${task.to}`);
  const foldMap = input.kind === "RENAME" ? new Map<string, string>() : await findFolds(tx, taskMoves, successorId);
  const folds = taskMoves
    .filter((task) => foldMap.has(task.id))
    .map((task) => ({ taskId: task.id, successorName: task.to == null ? "" : (resolved.to[task.to]?.name ?? "") }));
  const plan: EventPlan = {
    provinceId,
    kind: input.kind,
    effectiveOn,
    decision: input.decision,
    from: resolved.from,
    groups: resolved.groups,
    to: resolved.to,
    usersTo: resolved.usersTo,
    tasks: taskMoves,
    folds,
    reports: reportMoves,
    scores: scoreMoves,
    obligations: obligations.map((o) => ({ periodId: o.periodId, agencyId: o.agencyId })),
    users,
    memberships,
    counts: {
      tasksMoved: taskMoves.length - folds.length,
      tasksFolded: folds.length,
      tasksKept: kept,
      usersMoved: resolved.usersTo === null ? 0 : users.length,
      usersLocked: resolved.usersTo === null ? users.length : 0,
      reportsMoved: reportMoves.length,
      scoresMoved: scoreMoves.length,
      obligationsMoved: obligations.length,
      membershipsMoved: memberships.length,
      assignmentsRedirected: assignments,
      pointsMoved: pointsAtStake(taskMoves),
    },
    errors: [...resolved.errors],
  };
  checkChoices(input, plan);
  return plan;
}

/** Merge and dissolve-into-one: everything to the one successor; dissolve with none: unassigned; split: as chosen. */
function targetFor(input: EventInput, resolved: Resolved) {
  return (key: string): number | null | undefined => {
    if (input.kind === "SPLIT") return input.choices[key];
    return resolved.to.length === 0 ? null : 0;
  };
}

function checkChoices(input: EventInput, plan: EventPlan): void {
  if (input.kind !== "SPLIT" || plan.to.length < 2) return;
  const items = [...plan.tasks, ...plan.reports, ...plan.scores];
  if (Object.values(input.choices).some((i) => i >= plan.to.length)) plan.errors.push(m.badChoice);
  const unassigned = items.filter((i) => i.to === undefined || i.to === null).length;
  if (unassigned > 0) plan.errors.push(m.splitUnassigned(unassigned));
}

function loadTasks(tx: Tx, agencyIds: string[]) {
  return tx.task.findMany({
    where: { agencyId: { in: agencyIds }, status: { notIn: [...CLOSED_STATUSES] } },
    orderBy: [{ planId: "asc" }, { sourceRef: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      planId: true,
      sourceRef: true,
      agencyId: true,
      originAgencyId: true,
      plan: { select: { assessmentId: true } },
      criterion: {
        select: {
          code: true,
          title: true,
          standardPoints: true,
          scores: { select: { assessmentId: true, assessedPoints: true } },
        },
      },
    },
  });
}

type LoadedTask = Awaited<ReturnType<typeof loadTasks>>[number];

function lostPoints(t: LoadedTask): string | null {
  const score = t.criterion?.scores.find((s) => s.assessmentId === t.plan.assessmentId);
  if (!t.criterion || !score) return null;
  return t.criterion.standardPoints.minus(score.assessedPoints).toString();
}
