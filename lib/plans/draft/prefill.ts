// "Lập kế hoạch khắc phục": the appendix a new plan starts from. Every criterion of the published result
// that lost points (standard, assessed, lost), and every measure of the previous year's plan that is still
// open (a task not yet accepted, or no task yet) for a criterion that answers one of them through the code
// mapping between the two frameworks (CriterionMapping rows; none means "same code").
import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import type { Tx } from "@/lib/db";
import { canonicalDecimal } from "@/lib/plans/import/numbers";
import { isClosedStatus } from "@/lib/tasks/status";
import type { DraftContent, DraftCriterion, DraftMeasure, DraftRef } from "./types";

type Result = { id: string; provinceId: string; year: number; frameworkId: string | null };

export async function prefillDraft(tx: Tx, result: Result): Promise<DraftContent> {
  const scores = await tx.criterionScore.findMany({ where: { assessmentId: result.id }, include: { criterion: true } });
  const criteria = scores
    .filter((s) => new Decimal(s.criterion.standardPoints.toString()).greaterThan(s.assessedPoints.toString()))
    .sort((a, b) => (a.criterion.sortKey < b.criterion.sortKey ? -1 : 1))
    .map((s): DraftCriterion => {
      const standard = canonicalDecimal(s.criterion.standardPoints.toString());
      const assessed = canonicalDecimal(s.assessedPoints.toString());
      return {
        code: s.criterion.code,
        title: s.criterion.title,
        standard,
        assessed,
        lost: canonicalDecimal(new Decimal(standard).minus(assessed)),
      };
    });
  return { criteria, measures: await carriedMeasures(tx, result, new Set(criteria.map((c) => c.code))) };
}

async function carriedMeasures(tx: Tx, result: Result, lostCodes: Set<string>): Promise<DraftMeasure[]> {
  const previous = await tx.assessment.findUnique({
    where: { provinceId_year: { provinceId: result.provinceId, year: result.year - 1 } },
  });
  if (!previous) return [];
  const plans = await tx.plan.findMany({
    where: { provinceId: result.provinceId, assessmentId: previous.id },
    orderBy: { issuedOn: "asc" },
    include: {
      measures: {
        orderBy: [{ criterion: { sortKey: "asc" } }, { position: "asc" }],
        include: {
          criterion: { select: { code: true, frameworkId: true } },
          tasks: { select: { status: true } },
          assignments: {
            orderBy: { position: "asc" },
            include: { agency: { select: { name: true } }, group: { select: { name: true } } },
          },
        },
      },
    },
  });
  const mappings =
    previous.frameworkId && result.frameworkId
      ? await tx.criterionMapping.findMany({
          where: { fromFrameworkId: previous.frameworkId, toFrameworkId: result.frameworkId },
        })
      : [];
  const targetsOf = (code: string): string[] => {
    const explicit = mappings.filter((m) => m.fromCode === code);
    return explicit.length > 0 ? explicit.map((m) => m.toCode).filter((c): c is string => c !== null) : [code];
  };
  const out: DraftMeasure[] = [];
  for (const plan of plans) {
    for (const m of plan.measures) {
      const open = m.tasks.length === 0 || m.tasks.some((t) => !isClosedStatus(t.status));
      const target = targetsOf(m.criterion.code).find((code) => lostCodes.has(code));
      if (!open || !target) continue;
      const refs = (role: "LEAD" | "SUPPORT"): DraftRef[] =>
        m.assignments
          .filter((a) => a.role === role)
          .map((a): DraftRef => {
            if (a.agencyId && a.agency) return { kind: "agency", id: a.agencyId, label: a.agency.name };
            if (a.groupId && a.group) return { kind: "group", id: a.groupId, label: a.group.name };
            return { kind: "unresolved", id: null, label: a.label };
          });
      out.push({
        key: randomUUID(),
        criterionCode: target,
        text: m.text,
        lead: refs("LEAD"),
        support: refs("SUPPORT"),
        timeframe: m.timeframeText,
        note: m.note,
        carriedFrom: plan.number,
      });
    }
  }
  return out;
}
