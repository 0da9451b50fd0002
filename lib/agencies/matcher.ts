// Looks one written name up in a directory: exact (case-insensitive) first, then without diacritics,
// then a small edit distance — the last two only when exactly one entry fits, so nothing is guessed.
import { editDistance, exactKey, foldKey } from "@/lib/text/vietnamese";
import type { AgencyDirectory } from "./directory";

export type DirectoryEntry = { kind: "agency" | "group"; name: string };
export type LookupResult =
  | { status: "found"; entry: DirectoryEntry; corrected: boolean }
  | { status: "ambiguous"; candidates: string[] }
  | { status: "missing" };

type Keyed = { entry: DirectoryEntry; folded: string };

export type LookupOptions = { fuzzy: boolean };
export type AgencyMatcher = { lookup(label: string, options?: LookupOptions): LookupResult };

const matchers = new WeakMap<AgencyDirectory, AgencyMatcher>();

export function matcherFor(directory: AgencyDirectory): AgencyMatcher {
  let matcher = matchers.get(directory);
  if (!matcher) {
    matcher = createMatcher(directory);
    matchers.set(directory, matcher);
  }
  return matcher;
}

function createMatcher(directory: AgencyDirectory): AgencyMatcher {
  const exact = new Map<string, DirectoryEntry[]>();
  const folded = new Map<string, DirectoryEntry[]>();
  const keyed: Keyed[] = [];
  const add = (entry: DirectoryEntry, spellings: string[]) => {
    for (const spelling of [entry.name, ...spellings]) {
      pushUnique(exact, exactKey(spelling), entry);
      pushUnique(folded, foldKey(spelling), entry);
      keyed.push({ entry, folded: foldKey(spelling) });
    }
  };
  for (const a of directory.agencies) add({ kind: "agency", name: a.name }, a.aliases);
  for (const g of directory.groups) add({ kind: "group", name: g.name }, g.aliases);
  return { lookup: (label, options) => lookup(label, options?.fuzzy ?? true, exact, folded, keyed) };
}

function lookup(
  label: string,
  fuzzy: boolean,
  exact: Map<string, DirectoryEntry[]>,
  folded: Map<string, DirectoryEntry[]>,
  keyed: Keyed[],
): LookupResult {
  const exactHits = exact.get(exactKey(label)) ?? [];
  if (exactHits.length > 0) return single(exactHits, false);
  const key = foldKey(label);
  const foldedHits = folded.get(key) ?? [];
  if (foldedHits.length > 0) return single(foldedHits, true);
  return fuzzy ? nearest(key, keyed) : { status: "missing" };
}

// Typos the plans really contain are one or two letters ("tình" for "tỉnh" folds away already);
// short names get a tighter bound so "UBND tỉnh" never becomes "HĐND tỉnh".
function nearest(key: string, keyed: Keyed[]): LookupResult {
  if (key.length < 4) return { status: "missing" };
  const max = key.length <= 12 ? 1 : 2;
  let best = max + 1;
  let hits: DirectoryEntry[] = [];
  for (const k of keyed) {
    const d = editDistance(key, k.folded, max);
    if (d < best) {
      best = d;
      hits = [k.entry];
    } else if (d === best && d <= max && !hits.some((h) => same(h, k.entry))) {
      hits.push(k.entry);
    }
  }
  return best <= max ? single(hits, true) : { status: "missing" };
}

function single(hits: DirectoryEntry[], corrected: boolean): LookupResult {
  const [first] = hits;
  if (first && hits.length === 1) return { status: "found", entry: first, corrected };
  return { status: "ambiguous", candidates: hits.map((h) => h.name) };
}

function pushUnique(map: Map<string, DirectoryEntry[]>, key: string, entry: DirectoryEntry) {
  const list = map.get(key) ?? [];
  if (!list.some((e) => same(e, entry))) list.push(entry);
  map.set(key, list);
}

const same = (a: DirectoryEntry, b: DirectoryEntry) => a.kind === b.kind && a.name === b.name;
