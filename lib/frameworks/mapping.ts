import "server-only";
// The code mapping between two national frameworks' years (CriterionMapping): how each code of the earlier
// year answers codes of the later one. No row for a code means "same code" (the default); rows say
// one-to-one (renamed or renumbered), split (one code → several), merged (several codes → one), dropped
// (→ nothing) and new (a later code nothing answers to). Only the national administrator edits it; the
// comparison pages and "Lập kế hoạch khắc phục" read it.
import { z } from "zod";
import { hasAction, NO_PROVINCE } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { FORBIDDEN, type Loaded, NOT_FOUND } from "@/lib/server/loaded";
import { defineMutation, MESSAGES, MutationError } from "@/lib/server/mutation";
import { indexYearField } from "./schema";

export type MappingKind = "same" | "one-to-one" | "split" | "merged" | "dropped" | "missing";
export type MappingRow = { code: string; title: string; targets: string[]; kind: MappingKind; explicit: boolean };

const NATIONAL_TARGET = { provinceId: NO_PROVINCE, national: true } as const;

async function frameworksOf(client: Tx | typeof db, year: number) {
  const [from, to] = await Promise.all([
    client.framework.findFirst({
      where: { year: year - 1, provinceId: null },
      include: { criteria: { orderBy: { sortKey: "asc" } } },
    }),
    client.framework.findFirst({
      where: { year, provinceId: null },
      include: { criteria: { orderBy: { sortKey: "asc" } } },
    }),
  ]);
  return from && to ? { from, to } : null;
}

/** Whether both years have a national framework (the mapping page exists). */
export async function hasMappingPair(year: number): Promise<boolean> {
  return (await db.framework.count({ where: { year: { in: [year - 1, year] }, provinceId: null } })) === 2;
}

export type MappingView = {
  year: number;
  fromYear: number;
  rows: MappingRow[];
  newCodes: { code: string; title: string }[];
  toCodes: string[];
};

/**
 * The mapping from year − 1 to year, per code of year − 1, and the codes of year nothing answers to; for the
 * national administrator only, and not found unless both years have a national framework.
 */
export async function loadMapping(user: SessionUser, year: number): Promise<Loaded<MappingView>> {
  if (!hasAction(user.role, "framework.manage")) return FORBIDDEN;
  const pair = await frameworksOf(db, year);
  if (!pair) return NOT_FOUND;
  const rows = await db.criterionMapping.findMany({
    where: { fromFrameworkId: pair.from.id, toFrameworkId: pair.to.id },
  });
  const toCodes = new Set(pair.to.criteria.map((c) => c.code));
  const incoming = new Map<string, number>();
  const mapped: MappingRow[] = pair.from.criteria.map((c) => {
    const explicit = rows.filter((r) => r.fromCode === c.code);
    const targets =
      explicit.length > 0
        ? explicit
            .map((r) => r.toCode)
            .filter((t): t is string => t !== null)
            .sort()
        : toCodes.has(c.code)
          ? [c.code]
          : [];
    for (const t of targets) incoming.set(t, (incoming.get(t) ?? 0) + 1);
    return { code: c.code, title: c.title, targets, explicit: explicit.length > 0, kind: "same" as MappingKind };
  });
  for (const row of mapped) {
    if (row.targets.length === 0) row.kind = row.explicit ? "dropped" : "missing";
    else if (row.targets.length > 1) row.kind = "split";
    else if (row.targets.some((t) => (incoming.get(t) ?? 0) > 1)) row.kind = "merged";
    else row.kind = row.targets[0] === row.code ? "same" : "one-to-one";
  }
  const newCodes = pair.to.criteria.filter((c) => !incoming.has(c.code)).map((c) => ({ code: c.code, title: c.title }));
  const data = { year, fromYear: year - 1, rows: mapped, newCodes, toCodes: pair.to.criteria.map((c) => c.code) };
  return { status: "ok", data };
}

const codeList = z
  .string()
  .max(200)
  .transform((v) => [
    ...new Set(
      v
        .split(/[,;\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]);

export const criterionMappingSchema = z.object({
  year: indexYearField,
  fromCode: z.string().trim().min(1).max(12),
  toCodes: codeList,
});

/** Sets where one code of year − 1 goes: the codes of year (empty = dropped); the same code alone = default. */
export const saveCriterionMapping = defineMutation({
  action: "framework.manage",
  schema: criterionMappingSchema,
  load: async (tx, input) => {
    const pair = await frameworksOf(tx, input.year);
    return pair ? { record: pair, target: NATIONAL_TARGET } : null;
  },
  run: async (tx, input, { record }) => {
    const { from, to } = record;
    if (!from.criteria.some((c) => c.code === input.fromCode))
      throw new MutationError("INVALID", `Bộ chỉ số năm ${from.year} không có mã ${input.fromCode}.`);
    const known = new Set(to.criteria.map((c) => c.code));
    const unknown = input.toCodes.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      throw new MutationError("INVALID", MESSAGES.INVALID, undefined, {
        toCodes: [`Bộ chỉ số năm ${to.year} không có mã ${unknown.join(", ")}.`],
      });
    }
    const where = { fromFrameworkId: from.id, toFrameworkId: to.id, fromCode: input.fromCode };
    const before = (await tx.criterionMapping.findMany({ where })).map((r) => r.toCode);
    await tx.criterionMapping.deleteMany({ where });
    const isDefault = input.toCodes.length === 1 && input.toCodes[0] === input.fromCode;
    if (!isDefault) {
      const targets = input.toCodes.length === 0 ? [null] : input.toCodes;
      await tx.criterionMapping.createMany({ data: targets.map((toCode) => ({ ...where, toCode })) });
    }
    const audit = {
      action: "framework.mapping",
      entity: "Framework",
      entityId: to.id,
      before: { fromYear: from.year, fromCode: input.fromCode, toCodes: before },
      after: { toCodes: isDefault ? "same" : input.toCodes },
    };
    return { data: { fromCode: input.fromCode, toCodes: input.toCodes }, audit };
  },
});
