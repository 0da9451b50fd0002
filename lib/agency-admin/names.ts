// The plan importer resolves a written name through every agency's and group's name and aliases, folded
// (case, diacritics, đ, punctuation: lib/text/vietnamese foldKey). Two owners for one folded spelling would make
// that lookup ambiguous, so the admin refuses it. Pure, so it is unit-tested without a database.
import { foldKey } from "@/lib/text/vietnamese";
import { adminAgencyMessages as m } from "./messages";

export type NameOwner = { kind: "agency" | "group"; id: string; name: string; aliases: string[]; active: boolean };

/** Drops aliases that fold to the owner's name or to an earlier alias: they add nothing to the lookup. */
export function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([foldKey(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = foldKey(alias);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** Field messages for every spelling of `self` that another owner in the province already uses. */
export function nameCollisions(
  self: { kind: "agency" | "group"; id: string | null; name: string; aliases: readonly string[] },
  owners: readonly NameOwner[],
): { name?: string[]; aliases?: string[] } {
  const taken = new Map<string, { owner: NameOwner; spelling: string; isName: boolean }>();
  for (const owner of owners) {
    if (owner.kind === self.kind && owner.id === self.id) continue;
    for (const [i, spelling] of [owner.name, ...owner.aliases].entries()) {
      const key = foldKey(spelling);
      if (!taken.has(key)) taken.set(key, { owner, spelling, isName: i === 0 });
    }
  }
  const out: { name?: string[]; aliases?: string[] } = {};
  const check = (spelling: string, field: "name" | "aliases") => {
    const hit = taken.get(foldKey(spelling));
    if (hit) (out[field] ??= []).push(m.collision(spelling, field, hit.owner, hit.spelling, hit.isName));
  };
  check(self.name, "name");
  for (const alias of self.aliases) check(alias, "aliases");
  return out;
}
