import "server-only";
// A board showing a past cycle (the cycle picker): the agency's board as the caller may read it, with each
// recurring task's status, progress and due date taken from the chosen cycle ("2025", "2026-Q1", …). Tasks that
// had no such cycle (one-off tasks, tasks created later) are left out. The current cycle needs none of this:
// Task.status is the current cycle's.
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { provinceToday } from "@/lib/format";
import { parsePeriodKey, periodLabel } from "@/lib/periods/keys";
import type { Loaded } from "@/lib/server/loaded";
import { toCard } from "@/lib/tasks/board";
import { type AgencyBoard, loadAgencyBoard } from "@/lib/tasks/data";
import type { TaskStatusValue } from "@/lib/tasks/schema";

export type CycleOption = { key: string; label: string };

/** The cycles the agency's tasks have had, newest first (for the picker). */
export async function loadCycleOptions(user: SessionUser, agencyId: string): Promise<CycleOption[]> {
  const rows = await db.$queryRaw<{ key: string }[]>`
    SELECT DISTINCT c.key FROM "TaskCycle" c JOIN "Task" t ON t.id = c."taskId" JOIN "Plan" p ON p.id = t."planId"
    WHERE p."provinceId" = ${user.provinceId} AND c.key <> 'once'
      AND (t."agencyId" = ${agencyId} OR t.id IN (SELECT "taskId" FROM "TaskSupporter" WHERE "agencyId" = ${agencyId}))`;
  return rows
    .flatMap((r) => {
      const k = parsePeriodKey(r.key);
      return k ? [{ key: k.key, label: periodLabel(k), end: k }] : [];
    })
    .sort((a, b) => (a.key < b.key ? 1 : -1))
    .map(({ key, label }) => ({ key, label }));
}

export async function loadCycleBoard(
  user: SessionUser,
  agencyId: string,
  cycleKey: string,
): Promise<Loaded<AgencyBoard>> {
  const board = await loadAgencyBoard(user, agencyId);
  if (board.status !== "ok") return board;
  const ids = board.data.cards.map((c) => c.id);
  const cycles = await db.taskCycle.findMany({
    where: { key: cycleKey, taskId: { in: ids } },
    select: { taskId: true, status: true, progress: true, dueOn: true },
  });
  const byTask = new Map(cycles.map((c) => [c.taskId, c]));
  const today = provinceToday();
  const cards = board.data.cards.flatMap((card) => {
    const cycle = byTask.get(card.id);
    if (!cycle) return [];
    const row = {
      ...card,
      status: cycle.status as TaskStatusValue,
      progress: cycle.progress,
      dueOn: cycle.dueOn,
      recurrence: "NONE" as const,
    };
    return [{ ...toCard(row, card.role === "lead" ? card.agencyId : null, today), recurrence: card.recurrence }];
  });
  return { status: "ok", data: { ...board.data, cards } };
}
