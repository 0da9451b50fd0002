// Groups the body's lines into lists: a numbered heading (or none, where the published text lost it), an
// optional intro paragraph, and its lettered items with their bullets. Numbering comes later (numbering.ts).
import { type Line, letterOrder } from "./lines";
import { bodyMessages } from "./messages";
import type { BodyWarning } from "./types";

export type Item = { letter: string; line: number; parts: string[] };
export type Heading = { number: number; text: string; line: number };
export type Group = {
  heading: Heading | null;
  /** Roman numeral of an explicit section heading right before this group, when the text kept one */
  mark: string | null;
  intro: string[];
  /** paragraphs and bullets of a heading that has no lettered items (the heading is the duty) */
  body: string[];
  items: Item[];
  line: number;
};
export type Paragraph = { line: number; text: string };
export type Structure = { groups: Group[]; closing: Paragraph[] };

type State = {
  groups: Group[];
  closing: Paragraph[];
  current: Group | null;
  mark: string | null;
  warnings: BodyWarning[];
};

export function buildStructure(lines: Line[], warnings: BodyWarning[]): Structure {
  const state: State = { groups: [], closing: [], current: null, mark: null, warnings };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line) break;
    if (line.kind === "paragraph") {
      i = takeParagraphs(lines, i, state);
      continue;
    }
    takeMarked(line, state);
    i += 1;
  }
  return { groups: state.groups, closing: state.closing };
}

function takeMarked(line: Line, state: State): void {
  switch (line.kind) {
    case "roman":
      state.mark = line.numeral;
      state.current = null;
      return;
    case "heading":
      open(state, { number: line.number, text: line.text, line: line.line }, line.line);
      return;
    case "letter":
      if (!state.current || restarts(state.current, line.letter)) open(state, null, line.line);
      state.current?.items.push({ letter: line.letter, line: line.line, parts: [line.text] });
      return;
    case "bullet":
      append(state, line.text, line.line);
      return;
    default:
      return;
  }
}

function open(state: State, heading: Heading | null, line: number): Group {
  const group: Group = { heading, mark: state.mark, intro: [], body: [], items: [], line };
  state.mark = null;
  state.groups.push(group);
  state.current = group;
  return group;
}

// A letter that does not come after the previous one ("a)" after "d)") starts a new list: where no heading
// precedes it, the published text lost that heading.
function restarts(group: Group, letter: string): boolean {
  const last = group.items[group.items.length - 1];
  return last !== undefined && letterOrder(letter) <= letterOrder(last.letter);
}

/**
 * A run of plain paragraphs is, by what follows it: the closing paragraphs when nothing structured follows;
 * the intro of a list when a list starts right after it (for an orphan list, "Tham mưu … nhằm:" then "a)");
 * otherwise a continuation of the item (or heading) before it.
 */
function takeParagraphs(lines: Line[], start: number, state: State): number {
  let end = start;
  const run: Paragraph[] = [];
  for (let l = lines[end]; l?.kind === "paragraph"; l = lines[++end]) run.push({ line: l.line, text: l.text });
  const next = lines[end];
  const first = run[0];
  if (!next || !first) {
    state.closing.push(...run);
    return end;
  }
  const current = state.current;
  if (next.kind === "letter" && (!current || current.items.length === 0 || restarts(current, next.letter))) {
    const group = current && current.items.length === 0 ? current : open(state, null, first.line);
    group.intro.push(...run.map((p) => p.text));
    return end;
  }
  for (const p of run) append(state, p.text, p.line);
  return end;
}

function append(state: State, text: string, line: number): void {
  const group = state.current;
  const item = group?.items[group.items.length - 1];
  if (item) item.parts.push(text);
  else if (group) group.body.push(text);
  else state.warnings.push({ code: "STRAY_LINE", line, message: bodyMessages.strayLine(text) });
}
