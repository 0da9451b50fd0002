// "Points items": the units the dashboard attributes lost points to. The appendix lists only criteria that
// lost points, and it is not always consistent (its 3.4.x add up to 0,064 while 3.4 lost 0,05). So the items
// are the leaves of the scored tree, except that a parent whose listed children do not add up to its own
// lost points stands in for them. Then the items add up exactly to Σ field lost (16,07 for Lâm Đồng 2020).

import { compareCodes, fieldCodeOf, selfAndAncestors } from "@/lib/criteria/codes";
import { Dec, dsum, ZERO } from "@/lib/decimal";
import type { CriterionRow } from "@/lib/scores/types";

/** A scored criterion as lib/scores reads it (decimals as strings); the id is not needed here. */
export type ScoreRow = Omit<CriterionRow, "id">;

export type PointsItem = { code: string; title: string; fieldCode: string; lost: string; standIn: boolean };

/** A parent that stands in for its children because they do not add up to it. */
export type StandIn = { code: string; title: string; lost: string; childrenLost: string; childCodes: string[] };

export type PointsItems = { items: PointsItem[]; standIns: StandIn[]; totalLost: string };

export function pointsItems(rows: readonly ScoreRow[]): PointsItems {
  const children = new Map<string, ScoreRow[]>();
  for (const row of rows) {
    if (row.parentCode === null) continue;
    children.set(row.parentCode, [...(children.get(row.parentCode) ?? []), row]);
  }
  const fields = rows.filter((r) => r.parentCode === null).sort((a, b) => compareCodes(a.code, b.code));
  const out: PointsItems = { items: [], standIns: [], totalLost: dsum(fields.map((f) => f.lost)).toString() };
  const visit = (node: ScoreRow) => {
    const kids = (children.get(node.code) ?? []).sort((a, b) => compareCodes(a.code, b.code));
    const kidsLost = dsum(kids.map((k) => k.lost));
    if (kids.length > 0 && kidsLost.eq(node.lost)) return kids.forEach(visit);
    if (kids.length > 0) {
      out.standIns.push({
        code: node.code,
        title: node.title,
        lost: node.lost,
        childrenLost: kidsLost.toString(),
        childCodes: kids.map((k) => k.code),
      });
    }
    // An item with nothing lost carries no points: it would only add empty bars.
    if (new Dec(node.lost).gt(ZERO)) {
      out.items.push({
        code: node.code,
        title: node.title,
        fieldCode: fieldCodeOf(node.code),
        lost: node.lost,
        standIn: kids.length > 0,
      });
    }
  };
  fields.forEach(visit);
  return out;
}

/**
 * Which items a task's criterion serves: the item it is (or lies under); for a measure written against a
 * criterion above the items (say 4.1 when the items are 4.1.2 and 4.1.3), every item beneath it.
 */
export function itemResolver(items: readonly PointsItem[]): (criterionCode: string) => string[] {
  const codes = new Set(items.map((i) => i.code));
  const memo = new Map<string, string[]>();
  return (criterionCode) => {
    const known = memo.get(criterionCode);
    if (known) return known;
    const own = selfAndAncestors(criterionCode).find((c) => codes.has(c));
    const found = own ? [own] : [...codes].filter((c) => c.startsWith(`${criterionCode}.`));
    memo.set(criterionCode, found);
    return found;
  };
}

export function itemsOfField(items: readonly PointsItem[], fieldCode: string | null): PointsItem[] {
  return fieldCode ? items.filter((i) => i.fieldCode === fieldCode) : [...items];
}
