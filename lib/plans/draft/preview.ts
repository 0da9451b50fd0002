// A draft → the importer's preview, so that publishing stores it through the very persist step an imported
// file goes through (lib/plans/import/run.ts persistPlanPreview), with the same checks and warnings.
import { createHash } from "node:crypto";
import type { ResolvedName } from "@/lib/agencies/directory";
import { levelOf, parentCodeOf } from "@/lib/criteria/codes";
import { inCriterionOrder } from "@/lib/plans/import";
import { checkCriteria, computeTotals } from "@/lib/plans/import/checks";
import { warningMessages } from "@/lib/plans/import/messages";
import { parseTimeframe } from "@/lib/plans/import/timeframe";
import type { PlanMeta, PlanPreview, PreviewCriterion, PreviewMeasure, PreviewWarning } from "@/lib/plans/import/types";
import type { DraftContent, DraftRef } from "./types";

export type DraftHead = { number: string; issuedOn: string; title: string; province: string; indexYear: number };
export type PublishedHeadline = { score: string; rank: number | null; rankOf: number | null };

export const draftSourceFileName = (year: number): string => `Lập từ kết quả công bố năm ${year}`;

export function draftPreview(
  head: DraftHead,
  result: PublishedHeadline,
  content: DraftContent,
  maxPoints: string,
): PlanPreview {
  const meta: PlanMeta = {
    number: head.number,
    issuedOn: head.issuedOn,
    province: head.province,
    title: head.title,
    appendixTitle: null,
    indexYear: head.indexYear,
    score: result.score,
    rank: result.rank,
    rankOf: result.rankOf,
    previous: null,
    frameworkDecisionNumber: null,
  };
  const criteria = content.criteria.map(
    (c): PreviewCriterion => ({
      code: c.code,
      title: c.title,
      level: levelOf(c.code),
      parentCode: parentCodeOf(c.code),
      standard: c.standard,
      assessed: c.assessed,
      lost: c.lost,
      at: {},
    }),
  );
  const warnings: PreviewWarning[] = [];
  const positions = new Map<string, number>();
  const measures = content.measures.map((m): PreviewMeasure => {
    const position = (positions.get(m.criterionCode) ?? 0) + 1;
    positions.set(m.criterionCode, position);
    if (m.lead.length === 0)
      warnings.push({
        code: "MEASURE_WITHOUT_LEAD",
        criterionCode: m.criterionCode,
        message: warningMessages.measureWithoutLead(m.criterionCode),
      });
    return {
      criterionCode: m.criterionCode,
      position,
      text: m.text,
      lead: m.lead.map(resolved),
      support: m.support.map(resolved),
      timeframe: parseTimeframe(m.timeframe),
      note: m.note,
      at: {},
    };
  });
  const totals = computeTotals(criteria, meta, maxPoints);
  const text = sourceText(head, content);
  return {
    fileName: draftSourceFileName(head.indexYear),
    format: "text",
    meta,
    criteria,
    measures,
    totals: totals.totals,
    warnings: inCriterionOrder([...checkCriteria(criteria), ...warnings, ...totals.warnings], criteria),
    source: { sha256: createHash("sha256").update(text).digest("hex"), text },
  };
}

const resolved = (r: DraftRef): ResolvedName => ({ label: r.label, kind: r.kind, name: r.label });

/** What the plan keeps as its source text: the appendix as drafted, one line per criterion and measure. */
function sourceText(head: DraftHead, content: DraftContent): string {
  const names = (refs: DraftRef[]) => refs.map((r) => r.label).join(", ");
  const lines = [
    `${head.title} (số ${head.number}, ngày ${head.issuedOn}), lập từ kết quả Chỉ số CCHC năm ${head.indexYear} đã công bố`,
  ];
  for (const c of content.criteria) {
    lines.push(`${c.code} | ${c.title} | điểm chuẩn ${c.standard} | điểm đạt ${c.assessed} | điểm bị mất ${c.lost}`);
    for (const m of content.measures.filter((x) => x.criterionCode === c.code)) {
      lines.push(
        `  - ${m.text} | chủ trì: ${names(m.lead)} | phối hợp: ${names(m.support)} | thời gian: ${m.timeframe}${m.carriedFrom ? ` | chuyển tiếp từ ${m.carriedFrom}` : ""}`,
      );
    }
  }
  return lines.join("\n");
}
