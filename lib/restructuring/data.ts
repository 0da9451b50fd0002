import "server-only";
// Reads of the restructuring pages (agency.restructure), scoped to the caller's province (CONTRIBUTING.md §4):
// the events, what the form offers, and the preview of an event (computed in a transaction that writes nothing).
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { FORBIDDEN, type Loaded } from "@/lib/server/loaded";
import { type BatchResult, planEvent, runBatch } from "./engine";
import type { BatchLine } from "./file";
import { type EventDraft, eventSchema } from "./schema";
import type { Counts, EventPlan } from "./types";

export type EventRow = {
  id: string;
  kind: EventPlan["kind"];
  effectiveOn: Date;
  decision: string;
  fromNames: string[];
  toNames: string[];
  status: "APPLIED" | "UNDONE";
  counts: Counts;
  appliedAt: Date;
  appliedBy: string | null;
  undoneAt: Date | null;
  /** the newest applied event: the only one that can be undone */
  undoable: boolean;
};

const allowed = (user: SessionUser) => can(user, "agency.restructure", { provinceId: user.provinceId });

export async function loadRestructurings(user: SessionUser): Promise<Loaded<EventRow[]>> {
  if (!allowed(user)) return FORBIDDEN;
  const rows = await db.restructuringEvent.findMany({
    where: { provinceId: user.provinceId },
    orderBy: { appliedAt: "desc" },
    select: {
      id: true,
      kind: true,
      effectiveOn: true,
      decision: true,
      fromNames: true,
      toNames: true,
      status: true,
      counts: true,
      appliedAt: true,
      appliedById: true,
      undoneAt: true,
    },
  });
  const userIds = [...new Set(rows.flatMap((r) => (r.appliedById ? [r.appliedById] : [])))];
  const users = await db.user.findMany({ where: { id: { in: userIds }, provinceId: user.provinceId } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const latest = rows.find((r) => r.status === "APPLIED");
  return {
    status: "ok",
    data: rows.map(({ appliedById, counts, ...r }) => ({
      ...r,
      counts: counts as Counts,
      appliedBy: appliedById ? (names.get(appliedById) ?? null) : null,
      undoable: r.id === latest?.id,
    })),
  };
}

export type FormOptions = {
  agencies: { id: string; name: string; kind: string; active: boolean; endedOn: Date | null }[];
  groups: { id: string; name: string; retiredOn: Date | null; members: number }[];
};

export async function loadRestructuringOptions(user: SessionUser): Promise<Loaded<FormOptions>> {
  if (!allowed(user)) return FORBIDDEN;
  const collator = new Intl.Collator("vi", { numeric: true });
  const [agencies, groups] = await Promise.all([
    db.agency.findMany({
      where: { provinceId: user.provinceId },
      select: { id: true, name: true, kind: true, active: true, endedOn: true },
    }),
    db.agencyGroup.findMany({
      where: { provinceId: user.provinceId },
      select: { id: true, name: true, retiredOn: true, _count: { select: { members: true } } },
    }),
  ]);
  return {
    status: "ok",
    data: {
      agencies: agencies.sort((a, b) => collator.compare(a.name, b.name)),
      groups: groups
        .sort((a, b) => collator.compare(a.name, b.name))
        .map(({ _count, ...g }) => ({ ...g, members: _count.members })),
    },
  };
}

/** What the event would move, and why it cannot be applied yet; reads only. */
export async function loadRestructuringPreview(user: SessionUser, input: EventDraft): Promise<Loaded<EventPlan>> {
  if (!allowed(user)) return FORBIDDEN;
  return { status: "ok", data: await planEvent(db, user.provinceId, eventSchema.parse(input)) };
}

class DryRun extends Error {
  constructor(readonly result: BatchResult) {
    super("dry run");
  }
}

/** A file's events applied in a transaction that is always rolled back: what would move, and every bad line. */
export async function loadBatchPreview(user: SessionUser, lines: BatchLine[]): Promise<Loaded<BatchResult>> {
  if (!allowed(user)) return FORBIDDEN;
  try {
    await db.$transaction(
      async (tx) => {
        throw new DryRun(await runBatch(tx, user.provinceId, lines, { userId: user.id }));
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof DryRun) return { status: "ok", data: error.result };
    throw error;
  }
  return FORBIDDEN;
}

export type Succession = {
  endedOn: Date | null;
  successor: { id: string; name: string } | null;
  predecessors: { id: string; name: string; endedOn: Date | null }[];
};

/** For an agency's board: when it ended and who took over, or whom it took over from (board.read). */
export async function loadSuccession(user: SessionUser, agencyId: string): Promise<Succession | null> {
  const agency = await db.agency.findFirst({
    where: { id: agencyId, provinceId: user.provinceId },
    select: {
      id: true,
      endedOn: true,
      successor: { select: { id: true, name: true } },
      predecessors: { select: { id: true, name: true, endedOn: true }, orderBy: { name: "asc" } },
    },
  });
  if (!agency || !can(user, "board.read", { provinceId: user.provinceId, agencyId: agency.id })) return null;
  if (!agency.endedOn && agency.predecessors.length === 0) return null;
  return { endedOn: agency.endedOn, successor: agency.successor, predecessors: agency.predecessors };
}
