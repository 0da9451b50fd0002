import "server-only";
// Restructuring writes (agency.restructure, Sở Nội vụ of the province): apply one event, apply a file of
// events, undo an event. Each is one transaction through defineMutation, with its audit rows.
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { type Audit, defineMutation, MutationError } from "@/lib/server/mutation";
import { applyPlan } from "./apply";
import { type BatchResult, planEvent, runBatch } from "./engine";
import type { BatchLine } from "./file";
import { eventSchema, undoSchema } from "./schema";
import type { Counts } from "./types";
import { undoRestructuring } from "./undo";

const TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/** The ids an event names: when one is another province's, the event is that province's (and refused). */
async function ownerOf(tx: Tx, ids: string[], provinceId: string) {
  const rows = await tx.agency.findMany({ where: { id: { in: ids } }, select: { provinceId: true } });
  const foreign = rows.find((r) => r.provinceId !== provinceId);
  return { record: null, target: { provinceId: foreign?.provinceId ?? provinceId } };
}

export const applyRestructuring = defineMutation({
  action: "agency.restructure",
  schema: eventSchema,
  transaction: TRANSACTION,
  load: async (tx, input, user) => {
    const groups = await tx.agencyGroup.findMany({
      where: { id: { in: input.fromGroupIds } },
      select: { provinceId: true },
    });
    const foreign = groups.find((g) => g.provinceId !== user.provinceId);
    if (foreign) return { record: null, target: { provinceId: foreign.provinceId } };
    const toIds = input.to.flatMap((t) => ("agencyId" in t ? [t.agencyId] : []));
    return ownerOf(tx, [...input.fromAgencyIds, ...toIds], user.provinceId);
  },
  run: async (tx, input, { user }): Promise<{ data: { eventId: string; counts: Counts }; audit: Audit[] }> => {
    const plan = await planEvent(tx, user.provinceId, input);
    if (plan.errors.length > 0)
      throw new MutationError("INVALID", plan.errors.join(" "), undefined, { event: plan.errors });
    const applied = await applyPlan(tx, plan, { userId: user.id });
    return { data: { eventId: applied.eventId, counts: applied.counts }, audit: applied.audits };
  },
});

export const undoRestructuringEvent = defineMutation({
  action: "agency.restructure",
  schema: undoSchema,
  transaction: TRANSACTION,
  load: async (tx, input) => {
    const event = await tx.restructuringEvent.findUnique({ where: { id: input.eventId } });
    return event ? { record: event, target: { provinceId: event.provinceId } } : null;
  },
  run: async (tx, _input, { user, record }) => ({
    data: { eventId: record.id },
    audit: await undoRestructuring(tx, record, user.id),
  }),
});

const batchSchema = z.object({ lines: z.array(z.custom<BatchLine>()).max(500) });

/** A file of events: all or nothing; any bad line refuses the whole file with every line's reason. */
export const applyRestructuringBatch = defineMutation({
  action: "agency.restructure",
  schema: batchSchema,
  transaction: TRANSACTION,
  load: async (_tx, _input, user) => ({ record: null, target: { provinceId: user.provinceId } }),
  run: async (tx, input, { user }): Promise<{ data: Omit<BatchResult, "audits">; audit: Audit[] }> => {
    const result = await runBatch(tx, user.provinceId, input.lines, { userId: user.id });
    if (result.errors.length > 0)
      throw new MutationError("INVALID", result.errors.join(" "), undefined, { file: result.errors });
    const { audits, ...data } = result;
    return { data, audit: audits };
  },
});
