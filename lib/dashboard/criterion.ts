import "server-only";
// One criterion of a plan: its points, its scored children, the measures written against it or beneath it,
// who leads and supports them, and the tasks with their status and evidence — only the tasks and evidence
// the caller may see (agency users: their own agency's, as lead or supporter). Scoped to the caller's province.
import { type Actor, can, PERMISSIONS } from "@/lib/auth/permissions";
import { ancestorsOf } from "@/lib/criteria/codes";
import { db } from "@/lib/db";
import { canonical } from "@/lib/decimal";
import { dateOfIso } from "@/lib/format";
import { loadCriterionRows } from "@/lib/scores/data";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import { dueState } from "@/lib/tasks/status";
import { STATUS_LABELS } from "@/lib/tasks/strings";
import { pointsItems, type StandIn } from "./items";

export type ScoreLine = {
  code: string;
  title: string;
  level: string;
  standard: string;
  assessed: string | null;
  lost: string | null;
};
export type AssignmentLine = {
  role: "LEAD" | "SUPPORT";
  label: string;
  name: string | null;
  agencyId: string | null;
  kind: "agency" | "group" | null;
};
export type EvidenceLine = { id: string; label: string; kind: string };
export type TaskLine = {
  id: string;
  agencyId: string | null;
  agencyName: string | null;
  status: TaskStatusValue;
  statusLabel: string;
  progress: number;
  dueOn: string | null;
  overdue: boolean;
  evidence: EvidenceLine[] | null; // null: the caller may not see this task's evidence
};
export type MeasureLine = {
  id: string;
  criterionCode: string;
  text: string;
  timeframeText: string;
  assignments: AssignmentLine[];
  tasks: TaskLine[];
};

export type CriterionDetail = {
  plan: { id: string; number: string; issuedOn: string; year: number; provinceName: string };
  criterion: ScoreLine;
  ancestors: { code: string; title: string }[];
  children: ScoreLine[];
  /** this criterion stands in for its children in the dashboard's points (they do not add up to it) */
  standIn: StandIn | null;
  measures: MeasureLine[];
  /** tasks are limited to the caller's agency */
  agencyView: boolean;
};

export async function loadCriterionDetail(
  actor: Actor,
  planId: string | null,
  code: string,
  today: string,
): Promise<CriterionDetail | null> {
  const plan = await db.plan.findFirst({
    where: { provinceId: actor.provinceId, ...(planId ? { id: planId } : {}) },
    orderBy: { issuedOn: "desc" },
    include: {
      province: { select: { name: true } },
      assessment: { select: { id: true, year: true, frameworkId: true } },
    },
  });
  const frameworkId = plan?.assessment.frameworkId;
  if (!plan || !frameworkId) return null;
  const criteria = await db.criterion.findMany({
    where: { frameworkId, OR: [{ code }, { code: { startsWith: `${code}.` } }, { code: { in: ancestorsOf(code) } }] },
    orderBy: { sortKey: "asc" },
  });
  const self = criteria.find((c) => c.code === code);
  if (!self) return null;
  // the criterion and everything beneath it, by id: a filter on the joined criterion's code (= or LIKE) made
  // Postgres join every measure of the plan to the criteria first (83 ms at national size)
  const beneath = criteria.filter((c) => c.code === code || c.code.startsWith(`${code}.`)).map((c) => c.id);
  const [rows, measures] = await Promise.all([
    loadCriterionRows(plan.assessmentId),
    loadMeasures(actor, plan.id, beneath),
  ]);
  const scored = new Map(rows.map((r) => [r.code, r]));
  const line = (c: {
    code: string;
    title: string;
    level: string;
    standardPoints: { toString(): string };
  }): ScoreLine => {
    const s = scored.get(c.code);
    return {
      code: c.code,
      title: c.title,
      level: c.level,
      standard: canonical(c.standardPoints),
      assessed: s?.assessed ?? null,
      lost: s?.lost ?? null,
    };
  };
  return {
    plan: {
      id: plan.id,
      number: plan.number,
      issuedOn: plan.issuedOn.toISOString().slice(0, 10),
      year: plan.assessment.year,
      provinceName: plan.province.name,
    },
    criterion: line(self),
    ancestors: criteria
      .filter((c) => ancestorsOf(code).includes(c.code))
      .map((c) => ({ code: c.code, title: c.title })),
    children: criteria.filter((c) => c.parentId === self.id).map(line),
    standIn: pointsItems(rows).standIns.find((s) => s.code === code) ?? null,
    measures: measures.map((m) => toMeasureLine(actor, m, today)),
    agencyView: PERMISSIONS[actor.role]["task.read"] !== "province",
  };
}

/** Measures of the given criteria (a criterion and everything beneath it); tasks narrowed to what the caller may read. */
function loadMeasures(actor: Actor, planId: string, criterionIds: string[]) {
  const scope = PERMISSIONS[actor.role]["task.read"];
  const mine = actor.agencyId ?? "—";
  const taskWhere =
    scope === "province"
      ? {}
      : scope
        ? { OR: [{ agencyId: mine }, { supporters: { some: { agencyId: mine } } }] }
        : { id: { in: [] } };
  return db.measure.findMany({
    where: { planId, criterionId: { in: criterionIds } },
    orderBy: [{ criterion: { sortKey: "asc" } }, { position: "asc" }],
    include: {
      criterion: { select: { code: true } },
      assignments: {
        orderBy: [{ role: "asc" }, { position: "asc" }],
        include: { agency: { select: { id: true, name: true } }, group: { select: { name: true } } },
      },
      tasks: {
        where: taskWhere,
        orderBy: [{ agency: { name: "asc" } }, { createdAt: "asc" }],
        include: {
          agency: { select: { name: true } },
          supporters: { select: { agencyId: true } },
          updates: {
            where: { evidence: { some: {} } },
            orderBy: { createdAt: "desc" },
            select: { evidence: { select: { id: true, kind: true, fileName: true, url: true } } },
          },
        },
      },
    },
  });
}

type MeasureRow = Awaited<ReturnType<typeof loadMeasures>>[number];

function toMeasureLine(actor: Actor, m: MeasureRow, today: string): MeasureLine {
  const provinceId = actor.provinceId;
  const tasks = m.tasks.flatMap((t): TaskLine[] => {
    const target = { provinceId, agencyId: t.agencyId, supportAgencyIds: t.supporters.map((s) => s.agencyId) };
    if (!can(actor, "task.read", target)) return []; // the query already narrowed; this re-checks each record
    // The due date shown and judged is the current cycle's ("các năm tiếp theo" recurs yearly), as on the boards.
    const due = dueState(t, dateOfIso(today));
    const dueOn = due.cycleDue ? due.cycleDue.toISOString().slice(0, 10) : null;
    return [
      {
        id: t.id,
        agencyId: t.agencyId,
        agencyName: t.agency?.name ?? null,
        status: t.status,
        statusLabel: STATUS_LABELS[t.status],
        progress: t.progress,
        dueOn,
        overdue: due.overdue,
        evidence: can(actor, "evidence.read", target)
          ? t.updates.flatMap((u) =>
              u.evidence.map((e) => ({ id: e.id, kind: e.kind, label: e.fileName ?? e.url ?? "Tài liệu kiểm chứng" })),
            )
          : null,
      },
    ];
  });
  return {
    id: m.id,
    criterionCode: m.criterion.code,
    text: m.text,
    timeframeText: m.timeframeText,
    assignments: m.assignments.map((a) => ({
      role: a.role,
      label: a.label,
      name: a.agency?.name ?? a.group?.name ?? null,
      agencyId: a.agency?.id ?? null,
      kind: a.agency ? "agency" : a.group ? "group" : null,
    })),
    tasks,
  };
}
