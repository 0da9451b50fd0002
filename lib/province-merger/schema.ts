// What a province merger asks for (CONTRIBUTING.md §6: no Prisma here, forms reuse it). The preview takes the
// merger itself; applying it adds one decision per open task of the predecessors (carry, or close with a reason).
import { z } from "zod";
import { dateOfIso, isCalendarDay } from "@/lib/format";
import { normalizeText } from "@/lib/text/vietnamese";
import { MERGER_ERRORS as E } from "./messages";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2025-07-01" → that calendar day at UTC midnight (how `date` columns are read), or null if not a real day. */
export function parseDay(value: string): Date | null {
  if (!ISO_DAY.test(value)) return null;
  return isCalendarDay(value) ? dateOfIso(value) : null;
}

const text = z.string().transform((v) => normalizeText(v).trim());

export const mergerSchema = z
  .object({
    predecessorIds: z.array(z.string().min(1)).min(1, E.predecessors),
    successorId: z.string().default(""),
    newSuccessorName: text.pipe(z.string().max(100, E.newNameTooLong)).default(""),
    effectiveOn: z.string().refine((v) => parseDay(v) !== null, E.effectiveOn),
    decision: text.pipe(z.string().min(3, E.decision).max(200, E.decisionTooLong)),
  })
  .superRefine((m, ctx) => {
    if (new Set(m.predecessorIds).size !== m.predecessorIds.length)
      ctx.addIssue({ code: "custom", path: ["predecessorIds"], message: E.duplicatePredecessor });
    if (!m.successorId && !m.newSuccessorName)
      ctx.addIssue({ code: "custom", path: ["successorId"], message: E.successor });
    if (m.successorId && m.newSuccessorName)
      ctx.addIssue({ code: "custom", path: ["successorId"], message: E.successorBoth });
    if (m.successorId && m.predecessorIds.includes(m.successorId))
      ctx.addIssue({ code: "custom", path: ["predecessorIds"], message: E.selfMerge });
    if (!m.successorId && m.newSuccessorName && m.predecessorIds.length < 2)
      ctx.addIssue({ code: "custom", path: ["predecessorIds"], message: E.newNeedsTwo });
  });
export type MergerInput = z.infer<typeof mergerSchema>;

export const taskDecisionSchema = z
  .object({
    action: z.enum(["carry", "close"], { error: E.choice }),
    reason: text.pipe(z.string().max(500, E.reasonTooLong)).default(""),
  })
  .refine((d) => d.action === "carry" || d.reason.length > 0, { path: ["reason"], message: E.reason });
export type TaskDecision = z.infer<typeof taskDecisionSchema>;

/** Applying: the merger and, per open task id, its decision. A task left out is carried (the default). */
export const applyMergerSchema = z.object({
  merger: mergerSchema,
  decisions: z.record(z.string().min(1), taskDecisionSchema).default({}),
});
export type ApplyMergerInput = z.infer<typeof applyMergerSchema>;
