// What a restructuring event moves, as computed before it is applied (the preview) and stored after (the
// snapshot that undo reads). Plain data: dates as Date in the plan, ISO strings in the snapshot.
import type { AgencyKind, RestructuringKind } from "@/generated/prisma/client";

export type AgencyRef = {
  id: string;
  name: string;
  kind: AgencyKind;
  aliases: string[];
  validFrom: Date | null;
  endedOn: Date | null;
  successorId: string | null;
};

/** A successor: an agency of the province, or (agencyId null) one the event creates. */
export type Successor = { index: number; agencyId: string | null; name: string };

export type ItemKind = "task" | "report" | "score";

/** One open item of an ended agency and where it goes: an index in `to`, null = unassigned, undefined = not chosen. */
export type MoveItem = {
  key: string;
  kind: ItemKind;
  id: string;
  fromAgencyId: string;
  label: string;
  proposed: number | null;
  to: number | null | undefined;
};

export type TaskMove = MoveItem & {
  planId: string;
  sourceRef: string;
  criterionCode: string | null;
  lost: string | null;
  originAgencyId: string | null;
};

export type Counts = {
  tasksMoved: number;
  tasksKept: number;
  /** open copies of a duty the successor already holds: closed as "không còn áp dụng" instead of moved */
  tasksFolded: number;
  usersMoved: number;
  usersLocked: number;
  reportsMoved: number;
  scoresMoved: number;
  obligationsMoved: number;
  membershipsMoved: number;
  assignmentsRedirected: number;
  /** lost points of the criteria whose open tasks move (exact decimal string) */
  pointsMoved: string;
};

export type EventPlan = {
  provinceId: string;
  kind: RestructuringKind;
  effectiveOn: Date;
  decision: string;
  from: AgencyRef[];
  groups: { id: string; name: string }[];
  to: Successor[];
  usersTo: number | null;
  tasks: TaskMove[];
  /** tasks of `tasks` folded into the successor's own copy of the same duty (lib/restructuring/fold.ts) */
  folds: { taskId: string; successorName: string }[];
  reports: MoveItem[];
  scores: MoveItem[];
  obligations: { periodId: string; agencyId: string }[];
  users: { id: string; name: string; email: string; agencyId: string | null }[];
  memberships: { groupId: string; agencyId: string }[];
  counts: Counts;
  errors: string[];
};

type Row<B> = { id: string; before: B; after: string };

/** Exactly what the event changed: each row's values before, and its updatedAt after (to see later changes). */
export type Snapshot = {
  createdAgencyIds: string[];
  agencies: Row<{
    name: string;
    aliases: string[];
    active: boolean;
    endedOn: string | null;
    successorId: string | null;
    updatedAt: string;
  }>[];
  groups: { id: string; retiredOn: string | null }[];
  tasks: Row<{
    agencyId: string | null;
    originAgencyId: string | null;
    responsibleUserId: string | null;
    updatedAt: string;
  }>[];
  reports: Row<{ agencyId: string; updatedAt: string }>[];
  scores: Row<{ agencyId: string | null; updatedAt: string }>[];
  users: Row<{ agencyId: string | null; active: boolean; updatedAt: string }>[];
  obligationsDeleted: { periodId: string; agencyId: string }[];
  obligationsCreated: { periodId: string; agencyId: string }[];
  membershipsCreated: { groupId: string; agencyId: string }[];
  supportersDeleted: { taskId: string; agencyId: string }[];
  supportersCreated: { taskId: string; agencyId: string }[];
  /** absent in snapshots written before folding existed */
  folded?: FoldRow[];
};

/** A folded copy: what it was before it closed, and the closing note the event filed (none from the CLI). */
export type FoldRow = Row<{ status: string; progress: number; version: number; updatedAt: string }> & {
  updateId: string | null;
};
