// Measures and their assignments. Measures are matched by (criterion, position) and updated in place;
// only those no longer in the document are deleted — so a later table referencing measures (tasks)
// keeps its rows across re-imports. Assignments carry no history and are rewritten.

import type { ResolvedName } from "@/lib/agencies/directory";
import type { Tx } from "@/lib/db";
import { warningMessages } from "./messages";
import type { PreviewMeasure, PreviewWarning } from "./types";

type MeasuresInput = {
  planId: string;
  provinceId: string;
  measures: PreviewMeasure[];
  criterionIds: Map<string, string>;
};
type AssignmentRow = {
  measureId: string;
  role: "LEAD" | "SUPPORT";
  position: number;
  label: string;
  agencyId: string | null;
  groupId: string | null;
};
type Targets = { agencies: Map<string, string>; groups: Map<string, string> };

export async function saveMeasures(tx: Tx, input: MeasuresInput) {
  const { planId, measures, criterionIds } = input;
  const existing = await tx.measure.findMany({
    where: { planId },
    select: { id: true, criterionId: true, position: true },
  });
  const byKey = new Map(existing.map((m) => [`${m.criterionId}:${m.position}`, m.id]));
  const kept = new Set<string>();
  const saved: { id: string; measure: PreviewMeasure }[] = [];
  for (const measure of measures) {
    const criterionId = criterionIds.get(measure.criterionCode) ?? "";
    const data = measureData(measure);
    const id = byKey.get(`${criterionId}:${measure.position}`);
    if (id) await tx.measure.update({ where: { id }, data });
    const row =
      id !== undefined
        ? { id }
        : await tx.measure.create({
            data: { planId, criterionId, position: measure.position, ...data },
            select: { id: true },
          });
    kept.add(row.id);
    saved.push({ id: row.id, measure });
  }
  const gone = existing.filter((m) => !kept.has(m.id)).map((m) => m.id);
  if (gone.length > 0) await tx.measure.deleteMany({ where: { id: { in: gone } } });
  await tx.measureAssignment.deleteMany({ where: { measure: { planId } } });
  const targets = await loadTargets(tx, input.provinceId, measures);
  const { rows, warnings } = assignmentRows(saved, targets);
  await tx.measureAssignment.createMany({ data: rows });
  return { count: saved.length, assignments: rows.length, warnings };
}

const toDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

function measureData(m: PreviewMeasure) {
  return {
    text: m.text,
    timeframeText: m.timeframe.text,
    startsOn: toDate(m.timeframe.startsOn),
    endsOn: toDate(m.timeframe.endsOn),
    recurrence: m.timeframe.recurrence,
    note: m.note,
  };
}

async function loadTargets(tx: Tx, provinceId: string, measures: PreviewMeasure[]): Promise<Targets> {
  const names = measures.flatMap((m) => [...m.lead, ...m.support]);
  const wanted = (kind: ResolvedName["kind"]) => [...new Set(names.filter((n) => n.kind === kind).map((n) => n.name))];
  const [agencies, groups] = await Promise.all([
    tx.agency.findMany({ where: { provinceId, name: { in: wanted("agency") } }, select: { id: true, name: true } }),
    tx.agencyGroup.findMany({ where: { provinceId, name: { in: wanted("group") } }, select: { id: true, name: true } }),
  ]);
  return { agencies: new Map(agencies.map((a) => [a.name, a.id])), groups: new Map(groups.map((g) => [g.name, g.id])) };
}

function assignmentRows(saved: { id: string; measure: PreviewMeasure }[], targets: Targets) {
  const rows: AssignmentRow[] = [];
  const warnings: PreviewWarning[] = [];
  for (const { id, measure } of saved) {
    for (const [role, names] of [
      ["LEAD", measure.lead],
      ["SUPPORT", measure.support],
    ] as const) {
      names.forEach((n, index) => {
        const agencyId = n.kind === "agency" ? (targets.agencies.get(n.name) ?? null) : null;
        const groupId = n.kind === "group" ? (targets.groups.get(n.name) ?? null) : null;
        if (n.kind !== "unresolved" && !agencyId && !groupId) {
          const message = warningMessages.agencyNotInDatabase(n.label, n.name);
          warnings.push({ code: "AGENCY_NOT_IN_DATABASE", criterionCode: measure.criterionCode, message });
        }
        rows.push({ measureId: id, role, position: index + 1, label: n.label, agencyId, groupId });
      });
    }
  }
  return { rows, warnings };
}
