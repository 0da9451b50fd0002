// Numbers the lists whose heading the published text lost, from structure alone: k orphan lists before
// heading N are N−k…N−1; a heading whose number does not continue the current section (typically "1." after
// "9.") opens the next section (I → II → III), taking the orphans just before it.
import { bodyMessages } from "./messages";
import type { Group } from "./structure";
import type { BodyWarning } from "./types";

export type NumberedGroup = Group & { section: number; number: number };

const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

type State = { out: NumberedGroup[]; section: number; last: number; fresh: boolean; pending: Group[] };

export function numberGroups(groups: Group[], warnings: BodyWarning[]): NumberedGroup[] {
  const state: State = { out: [], section: 0, last: 0, fresh: false, pending: [] };
  for (const group of groups) {
    if (group.mark) {
      continueSection(state, state.pending);
      state.pending = [];
      state.section = ROMAN_VALUE[group.mark] ?? state.section + 1;
      state.last = 0;
      state.fresh = true;
    }
    if (group.heading) placeHeading(state, group, group.heading.number, warnings);
    else state.pending.push(group);
  }
  // Orphans after the last heading can only continue its section.
  continueSection(state, state.pending);
  return state.out;
}

function placeHeading(state: State, group: Group, n: number, warnings: BodyWarning[]): void {
  const pending = state.pending;
  state.pending = [];
  const opensSection = !state.fresh && (state.section === 0 || n - pending.length <= state.last);
  if (opensSection) {
    // Only N−1 lists fit before heading N in a new section; any earlier orphans end the previous one.
    const carried = Math.max(0, pending.length - (n - 1));
    if (carried > 0)
      warnings.push({ code: "NUMBERING_AMBIGUOUS", line: group.line, message: bodyMessages.numberingAmbiguous(n) });
    continueSection(state, pending.slice(0, carried));
    state.section += 1;
    state.last = 0;
    pending.splice(0, carried);
  }
  const first = n - pending.length;
  if (first > state.last + 1) {
    warnings.push({
      code: "NUMBERING_GAP",
      line: group.line,
      message: bodyMessages.numberingGap(state.last + 1, first - 1),
    });
  }
  pending.forEach((orphan, k) => state.out.push({ ...orphan, section: state.section, number: first + k }));
  state.out.push({ ...group, section: state.section, number: n });
  state.last = n;
  state.fresh = false;
}

function continueSection(state: State, orphans: Group[]): void {
  for (const orphan of orphans) {
    state.last += 1;
    state.out.push({ ...orphan, section: Math.max(state.section, 1), number: state.last });
  }
}
