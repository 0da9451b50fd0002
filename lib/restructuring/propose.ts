// Split: which successor an item most likely belongs to, by the words its text shares with each successor's
// name (beyond the words every agency name has). Sở Nội vụ confirms or changes each proposal.
import { foldKey } from "@/lib/text/vietnamese";

const COMMON = new Set(["so", "va", "ban", "tinh", "ubnd", "huyen", "xa", "thanh", "pho", "cua", "cac", "uy"]);

function words(text: string): Set<string> {
  return new Set(
    foldKey(text)
      .split(" ")
      .filter((w) => w.length > 1 && !COMMON.has(w)),
  );
}

/** The index of the one best-matching name, or null when none matches or two match equally. */
export function proposeSuccessor(text: string, names: readonly string[]): number | null {
  const mine = words(text);
  let best: number | null = null;
  let bestScore = 0;
  let tie = false;
  names.forEach((name, index) => {
    const score = [...words(name)].filter((w) => mine.has(w)).length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  });
  return tie ? null : best;
}
