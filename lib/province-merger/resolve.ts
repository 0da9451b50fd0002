import "server-only";
// The checks a merger must pass, run inside the transaction that previews or applies it: every province is
// read (and, when applying, locked) there, so two mergers of the same province cannot both pass.
import type { Tx } from "@/lib/db";
import { provinceToday } from "@/lib/format";
import { MESSAGES, MutationError } from "@/lib/server/mutation";
import { openStatusSql } from "@/lib/tasks/due-sql";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import { exactKey } from "@/lib/text/vietnamese";
import { MERGER_ERRORS as E } from "./messages";
import { type MergerInput, parseDay } from "./schema";

export type MergerProvince = { id: string; code: string; name: string };

export type OpenTask = {
  id: string;
  provinceId: string;
  planId: string;
  planNumber: string;
  title: string;
  status: TaskStatusValue;
  sourceRef: string;
  agencyId: string | null;
  agencyName: string | null;
  criterionCode: string | null;
};

export type ResolvedMerger = {
  predecessors: MergerProvince[];
  /** null when the merger creates the successor (named `newName`) */
  successor: MergerProvince | null;
  newName: string | null;
  effectiveOn: Date;
  decision: string;
  /** the successor's newest plan: where carried tasks go */
  targetPlan: { id: string; number: string } | null;
  openTasks: OpenTask[];
};

const invalid = (field: string, message: string) =>
  new MutationError("INVALID", MESSAGES.INVALID, undefined, { [field]: [message] });

export async function resolveMerger(tx: Tx, input: MergerInput, lock: boolean): Promise<ResolvedMerger> {
  const ids = [...input.predecessorIds, ...(input.successorId ? [input.successorId] : [])];
  // FOR UPDATE: a concurrent merger of one of these provinces waits, then sees it merged.
  const rows = lock
    ? await tx.$queryRaw<(MergerProvince & { mergedIntoId: string | null })[]>`
        select id, code, name, "mergedIntoId" from "Province" where id = any(${ids}) for update`
    : await tx.province.findMany({
        where: { id: { in: ids } },
        select: { id: true, code: true, name: true, mergedIntoId: true },
      });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const predecessors = input.predecessorIds.map((id) => byId.get(id));
  if (predecessors.some((p) => !p)) throw invalid("predecessorIds", E.unknownProvince);
  for (const p of predecessors) if (p?.mergedIntoId) throw invalid("predecessorIds", E.alreadyMerged(p.name));
  let successor: MergerProvince | null = null;
  if (input.successorId) {
    const s = byId.get(input.successorId);
    if (!s) throw invalid("successorId", E.unknownProvince);
    if (s.mergedIntoId) throw invalid("successorId", E.successorEnded(s.name));
    successor = { id: s.id, code: s.code, name: s.name };
  } else {
    const all = await tx.province.findMany({ select: { name: true } });
    const taken = all.find((p) => exactKey(p.name) === exactKey(input.newSuccessorName));
    if (taken) throw invalid("newSuccessorName", E.nameTaken(taken.name));
  }
  const effectiveOn = parseDay(input.effectiveOn);
  if (!effectiveOn) throw invalid("effectiveOn", E.effectiveOn);
  if (effectiveOn > provinceToday()) throw invalid("effectiveOn", E.futureDate);
  const targetPlan = successor
    ? await tx.plan.findFirst({
        where: { provinceId: successor.id },
        orderBy: [{ issuedOn: "desc" }, { importedAt: "desc" }],
        select: { id: true, number: true },
      })
    : null;
  return {
    predecessors: predecessors.map((p) => ({ id: p?.id ?? "", code: p?.code ?? "", name: p?.name ?? "" })),
    successor,
    newName: successor ? null : input.newSuccessorName,
    effectiveOn,
    decision: input.decision,
    targetPlan,
    openTasks: await loadOpenTasks(tx, input.predecessorIds),
  };
}

/** Every task of the predecessors' plans that is neither accepted nor closed, in plan and criterion order. */
async function loadOpenTasks(tx: Tx, provinceIds: string[]): Promise<OpenTask[]> {
  return tx.$queryRaw<OpenTask[]>`
    select t.id, p."provinceId", p.id as "planId", p.number as "planNumber", t.title, t.status::text as status,
           t."sourceRef", t."agencyId", a.name as "agencyName", c.code as "criterionCode"
    from "Task" t
    join "Plan" p on p.id = t."planId"
    left join "Agency" a on a.id = t."agencyId"
    left join "Criterion" c on c.id = t."criterionId"
    where p."provinceId" = any(${provinceIds}) and ${openStatusSql()}
    order by p."issuedOn", p.number, c."sortKey" nulls last, t."sourceRef", t.id`;
}
