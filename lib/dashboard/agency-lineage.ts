// The dashboard's agency split across a restructuring. By default an agency that has since ended keeps its own
// share of the points (its past tasks), named as it was, with a link to its successor; "Gộp theo cơ cấu hiện
// tại" (?gop=1) adds each predecessor's share — points, per-item parts and task tallies, exactly — into its
// living successor's. Pure: `current` is lib/agencies/at-the-time's AgencyNamer.current.
import { ZERO } from "@/lib/decimal";
import { type AgencyShare, emptyTally, mergeTallies } from "./agency-split";

type Current = (agencyId: string) => { id: string; name: string } | null;
export type LineageShare = AgencyShare & { successor: { id: string; name: string } | null; predecessors: string[] };

const successorOf = (s: AgencyShare, current: Current) => {
  const now = s.kind === "agency" && s.agencyId ? current(s.agencyId) : null;
  return now && now.id !== s.agencyId ? now : null;
};

export function withSuccessors(shares: readonly AgencyShare[], current: Current): LineageShare[] {
  return shares.map((s) => ({ ...s, successor: successorOf(s, current), predecessors: [] }));
}

export function mergeIntoSuccessors(shares: readonly AgencyShare[], current: Current): LineageShare[] {
  const annotated = withSuccessors(shares, current);
  const out = new Map(annotated.filter((s) => !s.successor).map((s) => [s.key, { ...s, parts: new Map(s.parts) }]));
  for (const s of annotated) {
    if (!s.successor) continue;
    const key = s.successor.id;
    let acc = out.get(key);
    if (!acc) {
      acc = {
        key,
        kind: "agency",
        agencyId: key,
        name: s.successor.name,
        points: ZERO,
        parts: new Map(),
        tasks: emptyTally(),
        successor: null,
        predecessors: [],
      };
      out.set(key, acc);
    }
    acc.points = acc.points.plus(s.points);
    for (const [code, part] of s.parts) acc.parts.set(code, (acc.parts.get(code) ?? ZERO).plus(part));
    acc.tasks = mergeTallies([acc.tasks, s.tasks]);
    acc.predecessors = [...acc.predecessors, s.name];
  }
  return [...out.values()].sort((a, b) => b.points.comparedTo(a.points) || a.name.localeCompare(b.name, "vi"));
}
