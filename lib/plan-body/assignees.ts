// Reads agency names only where the text names them: at the start of a section III heading, or after
// "giao" in a closing paragraph. Names are recognised against the province's directory, never inferred
// from the wording of the items (a lost heading stays unassigned for Home Affairs to assign).
import type { AgencyDirectory } from "@/lib/agencies/directory";
import { matcherFor } from "@/lib/agencies/matcher";
import type { NameLookup } from "./types";

// Longest names in the directories are about a dozen words ("Ban Quản lý các khu công nghiệp tỉnh …").
const MAX_NAME_WORDS = 16;
// "Đối với Đài …", and the published typo "Đối các cơ quan …".
const LEAD_IN = /^(?:đối với|đối)\s+/i;
const JOINERS = new Set(["và", "cùng"]);
// The closing paragraph that hands the plan's follow-up to an agency: "giao Sở Nội vụ chịu trách nhiệm …".
const CLOSING_ASSIGNMENT = /\bgiao\s+(.+?)\s+(?:chịu trách nhiệm|chủ trì|làm đầu mối|là cơ quan thường trực)/iu;

/** Exact or diacritic-insensitive matches only: a typo-tolerant match on a sentence prefix could invent a name. */
export function directoryLookup(directory: AgencyDirectory): NameLookup {
  const matcher = matcherFor(directory);
  return (label) => {
    const result = matcher.lookup(label, { fuzzy: false });
    return result.status === "found" ? result.entry.name : null;
  };
}

/** The agencies a heading starts with: "Đài Phát thanh - Truyền hình tỉnh, Báo Lâm Đồng và các cơ quan …". */
export function headingAssignees(heading: string, lookup: NameLookup): string[] {
  return leadingNames(heading.replace(LEAD_IN, ""), lookup);
}

/** null when the paragraph assigns nothing ("yêu cầu Thủ trưởng … tập trung chỉ đạo" is an exhortation). */
export function closingAssignees(paragraph: string, lookup: NameLookup): string[] | null {
  const m = CLOSING_ASSIGNMENT.exec(paragraph);
  return m?.[1] ? leadingNames(m[1], lookup) : null;
}

/**
 * Consumes known names from the start of a phrase while they are joined by ",", ";", "và" or "cùng"; the
 * first thing that is not a known name ("các cơ quan liên quan", "có liên quan trực tiếp …") ends the list.
 */
function leadingNames(phrase: string, lookup: NameLookup): string[] {
  const words = phrase.split(" ").filter((w) => w.length > 0);
  const names: string[] = [];
  let i = 0;
  while (i < words.length) {
    const match = longestName(words, i, lookup);
    if (!match) break;
    if (!names.includes(match.name)) names.push(match.name);
    i = match.end;
    if (match.separated) continue;
    if (!JOINERS.has(words[i]?.toLocaleLowerCase("vi") ?? "")) break;
    i += 1;
  }
  return names;
}

function longestName(words: string[], start: number, lookup: NameLookup) {
  for (let end = Math.min(words.length, start + MAX_NAME_WORDS); end > start; end--) {
    const label = words
      .slice(start, end)
      .join(" ")
      .replace(/[,;:.]+$/, "");
    const name = label ? lookup(label) : null;
    if (name) return { name, end, separated: /[,;]$/.test(words[end - 1] ?? "") };
  }
  return null;
}
