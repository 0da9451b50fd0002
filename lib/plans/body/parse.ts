// Parses the body of a published remediation plan into duties: section II general targets (one per
// lettered item, linked to the framework field of the same number), section III duties per agency, and the
// closing paragraph that hands the follow-up to an agency (IV). Section I (purpose, requirements) has none.
import { closingAssignees, headingAssignees } from "./assignees";
import { bodyLines } from "./lines";
import { bodyMessages } from "./messages";
import { numberGroups, type NumberedGroup } from "./numbering";
import { buildStructure, type Item, type Paragraph } from "./structure";
import type { BodyDuty, BodyParse, BodySection, BodyWarning, NameLookup } from "./types";

export type ParseBodyOptions = { lookup: NameLookup };

const SECTION_NAMES: Record<number, BodySection> = { 2: "II", 3: "III", 4: "IV" };

export function parsePlanBody(source: string, options: ParseBodyOptions): BodyParse {
  const warnings: BodyWarning[] = [];
  const lines = bodyLines(source);
  if (lines.length === 0) return { duties: [], warnings: [{ code: "NO_BODY", line: null, message: bodyMessages.noBody() }] };
  const structure = buildStructure(lines, warnings);
  const groups = numberGroups(structure.groups, warnings);
  const duties: BodyDuty[] = [];
  for (const group of groups) duties.push(...groupDuties(group, options.lookup, warnings));
  const lastIv = Math.max(0, ...groups.filter((g) => g.section === 4).map((g) => g.number));
  duties.push(...closingDuties(structure.closing, lastIv, options.lookup, warnings));
  return { duties, warnings };
}

function groupDuties(group: NumberedGroup, lookup: NameLookup, warnings: BodyWarning[]): BodyDuty[] {
  const section = SECTION_NAMES[group.section];
  if (!section) {
    if (group.section > 4) warnings.push({ code: "EXTRA_SECTION", line: group.line, message: bodyMessages.extraSection(group.section) });
    return [];
  }
  const base = {
    source: section === "II" ? ("TARGET" as const) : ("DUTY" as const),
    section,
    number: group.number,
    headingText: group.heading?.text ?? null,
    // Section II targets are general (the framework field is the link); only later sections name agencies.
    assigneeNames: section === "II" || !group.heading ? [] : headingAssignees(group.heading.text, lookup),
    fieldCode: section === "II" ? String(group.number) : null,
  };
  if (section !== "II" && group.heading && base.assigneeNames.length === 0) {
    const ref = `${section}:${group.number}`;
    warnings.push({ code: "HEADING_NAMES_UNKNOWN", line: group.line, message: bodyMessages.headingNamesUnknown(ref, group.heading.text) });
  }
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
 * ("giao Sở Nội vụ chịu trách nhiệm …") are duties, so the general exhortation yields none.
 */
function closingDuties(paragraphs: Paragraph[], after: number, lookup: NameLookup, warnings: BodyWarning[]): BodyDuty[] {
  const duties: BodyDuty[] = [];
  paragraphs.forEach((p, index) => {
    const names = closingAssignees(p.text, lookup);
    if (names === null) return;
    const number = after + index + 1;
    const sourceRef = `IV:${number}`;
    if (names.length === 0) warnings.push({ code: "CLOSING_NAMES_UNKNOWN", line: p.line, message: bodyMessages.closingNamesUnknown(sourceRef, p.text) });
    duties.push({ source: "DUTY", sourceRef, section: "IV", number, letter: null, headingText: null, text: p.text, assigneeNames: names, fieldCode: null, line: p.line });
  });
  return duties;
}
