import "server-only";
// Building blocks shared by the task mutations, all running inside the mutation's transaction.
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { inheritedTarget } from "@/lib/agencies/successions";
import { allowsInherited, type Target } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { evidenceRows, type PreparedFile } from "@/lib/evidence/rules";
import { EvidenceStoreError, promote, writeTemp } from "@/lib/evidence/storage";
import { newId } from "@/lib/ids";
import { type Audit, defineMutation, MutationError } from "@/lib/server/mutation";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import { HISTORY_TEXT, TASK_ERRORS } from "@/lib/tasks/strings";

export type TaskRecord = {
  id: string;
  planId: string;
  sourceRef: string;
  status: TaskStatusValue;
  progress: number;
  version: number;
  agencyId: string | null;
  target: Target & { supportAgencyIds: string[] };
};

type TaskRow = Omit<TaskRecord, "target"> & { provinceId: string; supportAgencyIds: string[] };

/**
 * The task as it is now, with whose it is (province, lead agency, supporting agencies) for `can()`: one statement
 * (Task, its plan's province, its supporters), since every task write starts here (issue 13's write budget).
 * `inherited` adds the living successors of its ended agencies, for the actions an inherited scope allows
 * (marking an inherited task seen, task.read); every write's scope ignores them and skips that lookup.
 */
export async function loadTaskForWrite(
  tx: Tx,
  taskId: string,
  { inherited }: { inherited: boolean },
): Promise<{ record: TaskRecord; target: Target } | null> {
  const [row] = await tx.$queryRaw<TaskRow[]>`
    select t.id, t."planId", t."sourceRef", t.status::text as status, t.progress, t.version, t."agencyId",
           p."provinceId",
           array(select s."agencyId" from "TaskSupporter" s where s."taskId" = t.id order by s."agencyId")
             as "supportAgencyIds"
    from "Task" t join "Plan" p on p.id = t."planId"
    where t.id = ${taskId}`;
  if (!row) return null;
  const { provinceId, supportAgencyIds, ...rest } = row;
  const owners = { provinceId, agencyId: row.agencyId, supportAgencyIds };
  const target = inherited ? await inheritedTarget(tx, owners) : owners;
  return { record: { ...rest, target }, target };
}

type TaskMutation<S extends z.ZodType, R> = Omit<Parameters<typeof defineMutation<S, R, TaskRecord>>[0], "load">;

/** A mutation of the one task the input names (`taskId`): the wrapper loads it for `can()` and for `run`. */
export function defineTaskMutation<S extends z.ZodType<{ taskId: string }>, R>(definition: TaskMutation<S, R>) {
  const inherited = allowsInherited(definition.action);
  return defineMutation<S, R, TaskRecord>({
    ...definition,
    load: (tx, input: { taskId: string }) => loadTaskForWrite(tx, input.taskId, { inherited }),
  });
}

/** A workflow refusal shown next to the field it concerns. */
export function invalidField(field: string, message: string): MutationError {
  return new MutationError("INVALID", message, undefined, { [field]: [message] });
}

/** The audit row of a change to a task: before is the task as loaded. */
export function taskAudit(action: string, record: TaskRecord, after: Record<string, unknown>): Audit {
  return { action, entity: "Task", entityId: record.id, agencyId: record.agencyId, before: snapshot(record), after };
}

/** What a task mutation that wrote one history row answers: the new version and that row, with its audit. */
export function taskWritten(
  record: TaskRecord,
  { version, updateId }: { version: number; updateId: string },
  action: string,
  after: Record<string, unknown>,
) {
  return { data: { taskId: record.id, version, updateId }, audit: taskAudit(action, record, after) };
}

/** What a stale form is shown instead: the task as someone else left it. JSON-safe (route handlers too). */
export type TaskCurrentState = {
  status: TaskStatusValue;
  progress: number;
  version: number;
  updatedAt: string;
  lastUpdate: { by: string; at: string; note: string | null; toStatus: TaskStatusValue | null } | null;
};

type CurrentRow = {
  status: TaskStatusValue;
  progress: number;
  version: number;
  updatedAt: Date;
  lastAt: Date | null;
  lastBy: string | null;
  lastNote: string | null;
  lastToStatus: TaskStatusValue | null;
};

/** The task and its newest history row with its author, in one statement: every refused stale write reads it. */
export async function currentState(tx: Tx, taskId: string): Promise<TaskCurrentState | undefined> {
  const [task] = await tx.$queryRaw<CurrentRow[]>`
    select t.status::text as status, t.progress, t.version, t."updatedAt",
           u."createdAt" as "lastAt", a.name as "lastBy", u.note as "lastNote", u."toStatus"::text as "lastToStatus"
    from "Task" t
    left join lateral (
      select x."createdAt", x.note, x."toStatus", x."userId" from "TaskUpdate" x
      where x."taskId" = t.id order by x."createdAt" desc, x.id desc limit 1
    ) u on true
    left join "User" a on a.id = u."userId"
    where t.id = ${taskId}`;
  if (!task) return undefined;
  return {
    status: task.status,
    progress: task.progress,
    version: task.version,
    updatedAt: task.updatedAt.toISOString(),
    lastUpdate: task.lastAt
      ? {
          by: task.lastBy ?? HISTORY_TEXT.systemAuthor,
          at: task.lastAt.toISOString(),
          note: task.lastNote,
          toStatus: task.lastToStatus,
        }
      : null,
  };
}

async function conflict(tx: Tx, taskId: string): Promise<never> {
  throw new MutationError("CONFLICT", TASK_ERRORS.conflict, await currentState(tx, taskId));
}

/**
 * Before a workflow refusal read from rows other than the task's (its cycle): if a concurrent writer committed
 * since the task was loaded, that state is theirs, and the caller gets CONFLICT with the new state (as bumpTask
 * would have answered) rather than a refusal of a request that was valid when it was made.
 */
export async function expectNotMoved(tx: Tx, record: TaskRecord): Promise<void> {
  const now = await tx.task.findUnique({ where: { id: record.id }, select: { version: true } });
  if (now && now.version !== record.version) await conflict(tx, record.id);
}

/** The form's version must be the one just loaded; checked first so a stale form never gets a misleading error. */
export async function expectVersion(tx: Tx, record: TaskRecord, version: number): Promise<void> {
  if (record.version !== version) await conflict(tx, record.id);
}

/**
 * Writes the change and bumps the version, but only if nobody else did first: the version in the WHERE
 * makes a concurrent writer that loaded the same version match zero rows (Postgres re-checks the row after
 * the first writer commits), so exactly one of them wins and the other gets CONFLICT with the new state.
 * Plain SQL rather than `tx.task.updateMany`: every task write runs it, and Prisma's query building cost the Node
 * process about 0,5 ms a call (issue 13's write budget). `updatedAt` is the app's clock, as Prisma's @updatedAt.
 */
export async function bumpTask(
  tx: Tx,
  record: TaskRecord,
  data: {
    status?: TaskStatusValue;
    progress?: number;
    agencyId?: string;
    dueOn?: Date;
    assignedAt?: Date;
    responsibleUserId?: string | null;
  },
): Promise<number> {
  const set: Prisma.Sql[] = [];
  if (data.status !== undefined) set.push(Prisma.sql`status = ${data.status}::"TaskStatus"`);
  if (data.progress !== undefined) set.push(Prisma.sql`progress = ${data.progress}`);
  if (data.agencyId !== undefined) set.push(Prisma.sql`"agencyId" = ${data.agencyId}`);
  if (data.dueOn !== undefined) set.push(Prisma.sql`"dueOn" = ${data.dueOn}::date`);
  if (data.assignedAt !== undefined) set.push(Prisma.sql`"assignedAt" = ${data.assignedAt}`);
  if (data.responsibleUserId !== undefined) set.push(Prisma.sql`"responsibleUserId" = ${data.responsibleUserId}`);
  set.push(Prisma.sql`version = version + 1`, Prisma.sql`"updatedAt" = ${new Date()}`);
  const count = await tx.$executeRaw`
    update "Task" set ${Prisma.join(set)} where id = ${record.id} and version = ${record.version}`;
  if (count !== 1) await conflict(tx, record.id);
  return record.version + 1;
}

export type UpdateEntry = {
  taskId: string;
  userId: string;
  /** the agency head who forwarded a staff member's work (lib/tasks/head-approval.ts) */
  approvedById?: string;
  fromStatus?: TaskStatusValue;
  toStatus?: TaskStatusValue;
  progress?: number;
  note?: string;
  links?: string[];
  files?: PreparedFile[];
};

/**
 * The history row and its evidence. Files are written under temp names and moved into place here — after the
 * permission check, inside the transaction — so a file is either stored and recorded or the update fails; if
 * the commit itself fails, the caller removes the placed files (saveTaskUpdate → discard).
 */
export async function recordUpdate(
  tx: Tx,
  entry: UpdateEntry,
): Promise<{ updateId: string; evidence: EvidenceSummary[] }> {
  // Plain SQL for the reason bumpTask gives, with the id and the time Prisma would have sent; a trigger fills cycleId.
  const updateId = newId();
  await tx.$executeRaw`
    insert into "TaskUpdate" (id, "taskId", "userId", "approvedById", "fromStatus", "toStatus", progress, note, "createdAt")
    values (${updateId}, ${entry.taskId}, ${entry.userId}, ${entry.approvedById ?? null},
            ${entry.fromStatus ?? null}::"TaskStatus", ${entry.toStatus ?? null}::"TaskStatus", ${entry.progress ?? null}::int,
            ${entry.note || null}, ${new Date()})`;
  const files = entry.files ?? [];
  for (const file of files) await writeTemp(file.storageKey, file.bytes);
  // Into place before the commit: if a file cannot be stored, the whole update rolls back and the user is told.
  try {
    await promote(files.map((f) => f.storageKey));
  } catch (error) {
    if (!(error instanceof EvidenceStoreError)) throw error;
    throw new MutationError("CONFLICT", TASK_ERRORS.evidenceNotStored, undefined, {
      files: [TASK_ERRORS.evidenceNotStored],
    });
  }
  const rows = evidenceRows({ updateId }, files, entry.links ?? []);
  if (rows.length > 0) await tx.evidence.createMany({ data: rows });
  return { updateId, evidence: summarize(entry) };
}

export type EvidenceSummary =
  | { kind: "file"; fileName: string; sizeBytes: number; sha256: string }
  | { kind: "link"; url: string };

function summarize(entry: UpdateEntry): EvidenceSummary[] {
  return [
    ...(entry.files ?? []).map((f) => ({
      kind: "file" as const,
      fileName: f.fileName,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
    })),
    ...(entry.links ?? []).map((url) => ({ kind: "link" as const, url })),
  ];
}

/** The audit row's before/after: the fields a change can touch, never file bytes. */
export function snapshot(record: {
  status: TaskStatusValue;
  progress: number;
  version: number;
  agencyId: string | null;
}) {
  return { status: record.status, progress: record.progress, version: record.version, agencyId: record.agencyId };
}
