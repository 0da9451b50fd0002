import "server-only";
// A board showing a past cycle (the cycle picker): the agency's board as the caller may read it, with each
// recurring task's status, progress and due date taken from the chosen cycle ("2025", "2026-Q1", …). Tasks that
// had no such cycle (one-off tasks, tasks created later) are left out. The current cycle needs none of this:
// Task.status is the current cycle's.
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { provinceToday } from "@/lib/format";
import type { Loaded } from "@/lib/server/loaded";
import { toBoardCard } from "@/lib/tasks/board";
import { type AgencyBoard, type BoardQuery, loadAgencyBoard } from "@/lib/tasks/data";
import type { TaskStatusValue } from "@/lib/tasks/schema";

export async function loadCycleBoard(
  user: SessionUser,
  agencyId: string,
  cycleKey: string,
  query: BoardQuery = {},
): Promise<Loaded<AgencyBoard>> {
  // the status column is the cycle's, filtered in the cycle query below
  const board = await loadAgencyBoard(user, agencyId, { plan: query.plan, merge: query.merge });
  if (board.status !== "ok") return board;
  const ids = board.data.cards.map((c) => c.id);
  const cycles = await db.taskCycle.findMany({
    where: { key: cycleKey, taskId: { in: ids }, ...(query.status ? { status: query.status } : {}) },
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
    return [{ ...toBoardCard(row, card.role === "lead" ? card.agencyId : null, today), recurrence: card.recurrence }];
  });
  return { status: "ok", data: { ...board.data, cards } };
}
