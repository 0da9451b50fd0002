// A province's agency directory and the resolver that turns a written "Cơ quan chủ trì/phối hợp" cell
// into known agencies and groups. Unknown names are kept as written and reported — never dropped, never invented.
import { normalizeText } from "@/lib/text/vietnamese";
import { type AgencyMatcher, type LookupResult, matcherFor } from "./matcher";
import { agencyMessages } from "./messages";

/** Mirrors the Prisma enum AgencyKind (kept here so client code need not import Prisma). */
export type AgencyKind = "PROVINCIAL_BODY" | "DEPARTMENT" | "DISTRICT" | "COMMUNE" | "CENTRAL" | "OTHER";

export type DirectoryAgency = {
  name: string;
  aliases: string[];
  kind: AgencyKind;
  shortName?: string;
  /** canonical name of the parent agency (a centre under an office, a commune under a district) */
  parentName?: string;
};
export type DirectoryGroup = { name: string; aliases: string[]; members: string[] };
export type AgencyDirectory = { agencies: DirectoryAgency[]; groups: DirectoryGroup[] };

export type ResolvedName = {
  /** as written in the document */
  label: string;
  kind: "agency" | "group" | "unresolved";
  /** canonical name; the label itself when unresolved */
  name: string;
  corrected?: boolean;
};
export type AgencyWarningCode = "AGENCY_TYPO_CORRECTED" | "AGENCY_UNRESOLVED";
export type AgencyWarning = { code: AgencyWarningCode; label: string; message: string };
export type AgencyCellResolution = { names: ResolvedName[]; warnings: AgencyWarning[] };

export function resolveAgencyCell(cell: string, directory: AgencyDirectory): AgencyCellResolution {
  const matcher = matcherFor(directory);
  const out: AgencyCellResolution = { names: [], warnings: [] };
  for (const segment of normalizeText(cell).split(";")) {
    const fragments = segment
      .split(",")
      .map(cleanFragment)
      .filter((f) => f.length > 0);
    resolveFragments(fragments, matcher, out);
  }
  return out;
}

// Names may contain commas ("Các Sở, ban, ngành"), so at each position the longest run of
// fragments that names something wins; a lone tail like "cấp xã" borrows the previous name's head.
function resolveFragments(fragments: string[], matcher: AgencyMatcher, out: AgencyCellResolution) {
  let previous: ResolvedName | null = null;
  let i = 0;
  while (i < fragments.length) {
    const fragment = fragments[i] ?? "";
    const joined = longestMatch(fragments, i, matcher, false);
    const inherited = joined ? null : inherit(previous, fragment, i + 1, matcher);
    const step = joined ?? inherited ?? longestMatch(fragments, i, matcher, true);
    if (step) {
      previous = record(step.label, step.result, out);
      i = step.next;
      continue;
    }
    previous = resolveAlone(fragment, matcher, out);
    i += 1;
  }
}

type Step = { label: string; result: LookupResult; next: number };

function longestMatch(fragments: string[], start: number, matcher: AgencyMatcher, fuzzy: boolean): Step | null {
  for (let end = fragments.length; end > start; end--) {
    const label = fragments.slice(start, end).join(", ");
    const result = matcher.lookup(label, { fuzzy });
    if (result.status === "found") return { label, result, next: end };
  }
  return null;
}

function inherit(previous: ResolvedName | null, fragment: string, next: number, matcher: AgencyMatcher): Step | null {
  if (!previous || previous.kind === "unresolved") return null;
  for (const head of [previous.label, previous.name]) {
    const words = head.split(" ");
    for (let keep = words.length - 1; keep > 0; keep--) {
      const result = matcher.lookup(`${words.slice(0, keep).join(" ")} ${fragment}`, { fuzzy: false });
      if (result.status === "found") return { label: fragment, result: { ...result, corrected: false }, next };
    }
  }
  return null;
}

// "Sở Nội vụ và Sở Tài chính": split on "và" only when both sides are known names.
function resolveAlone(fragment: string, matcher: AgencyMatcher, out: AgencyCellResolution): ResolvedName {
  const parts = fragment.split(/\s+và\s+/);
  if (parts.length > 1) {
    const results = parts.map((p) => matcher.lookup(p, { fuzzy: true }));
    if (results.every((r) => r.status === "found")) {
      const recorded = results.map((r, k) => record(parts[k] ?? "", r, out));
      const last = recorded[recorded.length - 1];
      if (last) return last;
    }
  }
  return record(fragment, matcher.lookup(fragment, { fuzzy: true }), out);
}

function record(label: string, result: LookupResult, out: AgencyCellResolution): ResolvedName {
  if (result.status !== "found") {
    const name: ResolvedName = { label, kind: "unresolved", name: label };
    const message =
      result.status === "ambiguous"
        ? agencyMessages.ambiguous(label, result.candidates)
        : agencyMessages.unresolved(label);
    out.names.push(name);
    out.warnings.push({ code: "AGENCY_UNRESOLVED", label, message });
    return name;
  }
  const { entry, corrected } = result;
  const name: ResolvedName = { label, kind: entry.kind, name: entry.name, ...(corrected ? { corrected } : {}) };
  if (corrected) {
    out.warnings.push({
      code: "AGENCY_TYPO_CORRECTED",
      label,
      message: agencyMessages.typoCorrected(label, entry.name),
    });
  }
  if (!out.names.some((n) => n.kind === name.kind && n.name === name.name)) out.names.push(name);
  return name;
}

function cleanFragment(fragment: string): string {
  return fragment
    .replace(/^[\s\-+•–]+/, "")
    .replace(/[\s.:]+$/, "")
    .trim();
}
