// Parses the body of a published remediation plan into duties: section II general targets (one per
// lettered item, linked to the framework field of the same number), section III duties per agency, and the
// closing paragraph that hands the follow-up to an agency (IV). Section I (purpose, requirements) has none.
//
// Two stages, so the text is read once: `readPlanBody` finds the structure (it depends on the text alone) and
// is stored with the plan at import (Plan.body); `resolveBody` reads the agency names against the province's
// directory as it is at each task sync, so a name or alias added later is picked up without re-reading.
import { closingAssignees, headingAssignees } from "./assignees";
import { bodyLines } from "./lines";
import { bodyMessages } from "./messages";
import { type NumberedGroup, numberGroups } from "./numbering";
import { buildStructure, type Item, type Paragraph } from "./structure";
import type {
  BodyDraft,
  BodyDuty,
  BodyParse,
  BodySection,
  BodyWarning,
  DraftDuty,
  DraftWarning,
  NameLookup,
} from "./types";

export type ParseBodyOptions = { lookup: NameLookup };

/** Bumped whenever readPlanBody's output changes, so drafts stored by an older version are read again. */
export const BODY_DRAFT_VERSION = 1;

const SECTION_NAMES: Record<number, BodySection> = { 2: "II", 3: "III", 4: "IV" };

export function parsePlanBody(source: string, options: ParseBodyOptions): BodyParse {
  return resolveBody(readPlanBody(source), options.lookup);
}

/** The body's structure: duties with where their agency names are written, and the structural warnings. */
export function readPlanBody(source: string): BodyDraft {
  const warnings: DraftWarning[] = [];
  const lines = bodyLines(source);
  if (lines.length === 0) {
    return {
      version: BODY_DRAFT_VERSION,
      duties: [],
      warnings: [{ code: "NO_BODY", line: null, message: bodyMessages.noBody() }],
    };
  }
  const structural: BodyWarning[] = [];
  const structure = buildStructure(lines, structural);
  const groups = numberGroups(structure.groups, structural);
  warnings.push(...structural);
  const duties: DraftDuty[] = [];
  for (const group of groups) duties.push(...groupDuties(group, warnings));
  const lastIv = Math.max(0, ...groups.filter((g) => g.section === 4).map((g) => g.number));
  duties.push(...closingDuties(structure.closing, lastIv, warnings));
  return { version: BODY_DRAFT_VERSION, duties, warnings };
}

/** Names each duty's agencies with `lookup`; a heading or closing paragraph naming none is warned about. */
export function resolveBody(draft: BodyDraft, lookup: NameLookup): BodyParse {
  const namesOf = (names: DraftDuty["names"]): string[] => {
    if (!names) return [];
    return (
      (names.from === "heading" ? headingAssignees(names.text, lookup) : closingAssignees(names.text, lookup)) ?? []
    );
  };
  const duties: BodyDuty[] = draft.duties.map(({ names, ...duty }) => ({ ...duty, assigneeNames: namesOf(names) }));
  const warnings = draft.warnings.flatMap((w): BodyWarning[] => {
    if (w.code !== "NAMES_TO_CHECK") return [w];
    if (namesOf(w.names).length > 0) return [];
    return [
      w.names.from === "heading"
        ? {
            code: "HEADING_NAMES_UNKNOWN",
            line: w.line,
            message: bodyMessages.headingNamesUnknown(w.ref, w.names.text),
          }
        : {
            code: "CLOSING_NAMES_UNKNOWN",
            line: w.line,
            message: bodyMessages.closingNamesUnknown(w.ref, w.names.text),
          },
    ];
  });
  return { duties, warnings };
}

function groupDuties(group: NumberedGroup, warnings: DraftWarning[]): DraftDuty[] {
  const section = SECTION_NAMES[group.section];
  if (!section) {
    if (group.section > 4)
      warnings.push({ code: "EXTRA_SECTION", line: group.line, message: bodyMessages.extraSection(group.section) });
    return [];
  }
  // Section II targets are general (the framework field is the link); only later sections name agencies.
  const names = section === "II" || !group.heading ? null : { from: "heading" as const, text: group.heading.text };
  const base = {
    source: section === "II" ? ("TARGET" as const) : ("DUTY" as const),
    section,
    number: group.number,
    headingText: group.heading?.text ?? null,
    names,
    fieldCode: section === "II" ? String(group.number) : null,
  };
  if (names) warnings.push({ code: "NAMES_TO_CHECK", line: group.line, ref: `${section}:${group.number}`, names });
  if (group.items.length === 0) {
    // A heading with no lettered items is itself the duty ("9. Các Sở, ban, ngành … cần xây dựng kế hoạch …").
    const text = [group.heading?.text ?? "", ...group.body].filter((t) => t.length > 0).join("\n");
    return [{ ...base, sourceRef: `${section}:${group.number}`, letter: null, text, line: group.line }];
  }
  const intro = [...group.intro, ...group.body];
  return group.items.map((item) => ({
    ...base,
    sourceRef: `${section}:${group.number}.${item.letter}`,
    letter: item.letter,
    text: itemText(intro, item),
    line: item.line,
  }));
}

// The intro reads as the start of each item's sentence ("… nhằm: Tăng cường thu hút đầu tư"); bullets
// keep their own lines.
function itemText(intro: string[], item: Item): string {
  const [first = "", ...rest] = item.parts;
  const lead = intro.length > 0 ? `${intro.join(" ")} ${first}` : first;
  return [lead, ...rest.map((r) => `- ${r}`)].join("\n");
}

/**
 * The closing paragraphs are numbered IV:1, IV:2 … in order; only those that hand work to an agency
 * ("giao Sở Nội vụ chịu trách nhiệm …") are duties, so the general exhortation yields none. Whether a
 * paragraph hands work over depends on its wording alone (closingAssignees is null otherwise).
 */
function closingDuties(paragraphs: Paragraph[], after: number, warnings: DraftWarning[]): DraftDuty[] {
  const duties: DraftDuty[] = [];
  paragraphs.forEach((p, index) => {
    if (closingAssignees(p.text, () => null) === null) return;
    const number = after + index + 1;
    const sourceRef = `IV:${number}`;
    const names = { from: "closing" as const, text: p.text };
    warnings.push({ code: "NAMES_TO_CHECK", line: p.line, ref: sourceRef, names });
    duties.push({
      source: "DUTY",
      sourceRef,
      section: "IV",
      number,
      letter: null,
      headingText: null,
      text: p.text,
      names,
      fieldCode: null,
      line: p.line,
    });
  });
  return duties;
}
