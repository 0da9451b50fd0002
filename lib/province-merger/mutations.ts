import "server-only";
// Applying a province merger (issue 11, provinces), through the one write path: only the national
// administrator passes (a national target); everything — successor, tasks, users, lineage, the merger record
// and the audit rows, national and in the successor's own log — is written in one transaction or not at all.
import { NO_PROVINCE } from "@/lib/auth/permissions";
import { type Audit, writeAudit } from "@/lib/server/audit";
import { defineMutation, MESSAGES, MutationError } from "@/lib/server/mutation";
import { agencyMapper, createSuccessor, moveUsers, settleTasks } from "./apply";
import { MERGER_ERRORS as E } from "./messages";
import { resolveMerger } from "./resolve";
import { applyMergerSchema, type TaskDecision } from "./schema";

const NATIONAL_TARGET = { provinceId: NO_PROVINCE, national: true } as const;

export type AppliedMerger = {
  mergerId: string;
  successorId: string;
  successorName: string;
  tasksCarried: number;
  tasksClosed: number;
  usersMoved: number;
};

export const applyProvinceMerger = defineMutation({
  action: "province.merge",
  schema: applyMergerSchema,
  transaction: { timeout: 120_000, maxWait: 10_000 },
  load: async () => ({ record: null, target: NATIONAL_TARGET }),
  run: async (tx, input, { user }) => {
    const resolved = await resolveMerger(tx, input.merger, true);
    const open = new Map(resolved.openTasks.map((t) => [t.id, t]));
    if (Object.keys(input.decisions).some((id) => !open.has(id))) throw new MutationError("CONFLICT", E.stale);
    const decide = (id: string): TaskDecision => input.decisions[id] ?? { action: "carry", reason: "" };
    const carried = resolved.openTasks.filter((t) => decide(t.id).action === "carry");
    const successor = resolved.successor ?? (await createSuccessor(tx, resolved.newName ?? ""));
    if (carried.length > 0 && !resolved.targetPlan) {
      throw new MutationError("INVALID", MESSAGES.INVALID, undefined, { decisions: [E.noPlanToCarry(successor.name)] });
    }
    const predecessorIds = resolved.predecessors.map((p) => p.id);
    const agencies = await agencyMapper(tx, predecessorIds, successor.id);
    const { audits: local, counts } = await settleTasks(tx, resolved, decide, agencies, user.id);
    const users = await moveUsers(tx, resolved, successor.id, agencies);
    for (const u of users) {
      const c = u.provinceId ? counts.get(u.provinceId) : undefined;
      if (c) c.users += 1;
    }
    await tx.province.updateMany({
      where: { id: { in: predecessorIds } },
      data: { mergedIntoId: successor.id, mergedOn: resolved.effectiveOn },
    });
    const merger = await tx.provinceMerger.create({
      data: {
        successorId: successor.id,
        successorCreated: resolved.successor === null,
        effectiveOn: resolved.effectiveOn,
        decision: resolved.decision,
        appliedById: user.id,
        predecessors: {
          create: resolved.predecessors.map((p) => ({
            provinceId: p.id,
            nameAtMerger: p.name,
            tasksCarried: counts.get(p.id)?.carried ?? 0,
            tasksClosed: counts.get(p.id)?.closed ?? 0,
            usersMoved: counts.get(p.id)?.users ?? 0,
          })),
        },
      },
      select: { id: true },
    });
    const summary = {
      successor: successor.name,
      successorCreated: resolved.successor === null,
      predecessors: resolved.predecessors.map((p) => p.name),
      effectiveOn: input.merger.effectiveOn,
      decision: resolved.decision,
      agenciesCopied: agencies.created,
      tasksCarried: carried.length,
      tasksClosed: resolved.openTasks.length - carried.length,
      usersMoved: users.length,
    };
    const record: Audit = { action: "province.merge", entity: "ProvinceMerger", entityId: merger.id, after: summary };
    // The successor's Sở Nội vụ reads its own log: the merger and what it did to each task are written there too.
    await writeAudit(tx, { provinceId: successor.id, userId: user.id }, [record, ...local]);
    const data: AppliedMerger = {
      mergerId: merger.id,
      successorId: successor.id,
      successorName: successor.name,
      tasksCarried: summary.tasksCarried,
      tasksClosed: summary.tasksClosed,
      usersMoved: users.length,
    };
    return { data, audit: record };
  },
});
