// One event: resolve, check, collect (the preview); and a batch of events from a file, applied in order in
// the caller's transaction so that each line sees what the lines before it did. No "server-only": the CLI
// (tsx) runs it with its own transaction.
import type { Tx } from "@/lib/db";
import type { Audit } from "@/lib/server/audit";
import { applyPlan } from "./apply";
import { collectMoves } from "./collect";
import type { BatchLine } from "./file";
import { restructuringMessages as m } from "./messages";
import { resolveNames } from "./names";
import type { EventInput } from "./schema";
import type { Counts, EventPlan } from "./types";
import { resolveEvent } from "./validate";

export async function planEvent(tx: Tx, provinceId: string, input: EventInput, now = new Date()): Promise<EventPlan> {
  const resolved = await resolveEvent(tx, provinceId, input, now);
  return collectMoves(tx, provinceId, input, resolved);
}

export type BatchEvent = {
  line: number;
  kind: EventInput["kind"];
  effectiveOn: string;
  from: string[];
  to: string[];
  decision: string;
  counts: Counts;
  eventId: string | null;
};
export type BatchResult = {
  events: BatchEvent[];
  counts: { tasksMoved: number; usersMoved: number; reportsMoved: number };
  errors: string[];
  audits: Audit[];
};

/**
 * Applies every line in order. A line with errors is reported with its number and the rest still checked (on
 * the state the good lines leave), so one run lists every problem; the caller rolls everything back on any error.
 */
export async function runBatch(
  tx: Tx,
  provinceId: string,
  lines: BatchLine[],
  actor: { userId: string | null },
): Promise<BatchResult> {
  const result: BatchResult = {
    events: [],
    counts: { tasksMoved: 0, usersMoved: 0, reportsMoved: 0 },
    errors: [],
    audits: [],
  };
  if (lines.length === 0) result.errors.push(m.emptyFile);
  for (const line of lines) {
    if (line.errors.length > 0) {
      result.errors.push(...line.errors.map((e) => m.line(line.line, e)));
      continue;
    }
    const named = await resolveNames(tx, provinceId, line);
    if (named.errors.length > 0 || !named.input) {
      result.errors.push(...named.errors.map((e) => m.line(line.line, e)));
      continue;
    }
    const plan = await planEvent(tx, provinceId, await withProposals(tx, provinceId, named.input));
    if (plan.errors.length > 0) {
      result.errors.push(...plan.errors.map((e) => m.line(line.line, e)));
      continue;
    }
    const applied = await applyPlan(tx, plan, actor);
    result.audits.push(...applied.audits);
    result.counts.tasksMoved += applied.counts.tasksMoved;
    result.counts.usersMoved += applied.counts.usersMoved;
    result.counts.reportsMoved += applied.counts.reportsMoved + applied.counts.obligationsMoved;
    result.events.push({
      line: line.line,
      kind: named.input.kind,
      effectiveOn: named.input.effectiveOn,
      from: line.from,
      to: line.to,
      decision: line.decision,
      counts: applied.counts,
      eventId: applied.eventId,
    });
  }
  return result;
}

/** A split in a file: each item goes where its text points; an item that points nowhere blocks the file. */
async function withProposals(tx: Tx, provinceId: string, input: EventInput): Promise<EventInput> {
  if (input.kind !== "SPLIT") return input;
  const first = await planEvent(tx, provinceId, input);
  const choices: Record<string, number> = {};
  for (const item of [...first.tasks, ...first.reports, ...first.scores])
    if (item.proposed !== null) choices[item.key] = item.proposed;
  return { ...input, choices };
}
