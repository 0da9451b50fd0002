// Task input schemas, shared by the client forms, the server actions and the route handlers. Nothing here
// imports Prisma (CONTRIBUTING.md §6); the string unions mirror the Prisma enums TaskStatus and Recurrence.
import { z } from "zod";
import { EVIDENCE_LIMITS } from "@/lib/evidence/rules";
import { preparedFileSchema } from "@/lib/evidence/schema";
import { isCalendarDay } from "@/lib/format";
import { TASK_ERRORS } from "@/lib/tasks/strings";

export const TASK_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "SUBMITTED",
  "ACCEPTED",
  "RETURNED",
  "NOT_APPLICABLE", // set only by a province merger (lib/province-merger), never by a status edit
] as const;
export type TaskStatusValue = (typeof TASK_STATUSES)[number];
export const RECURRENCES = ["NONE", "YEARLY", "QUARTERLY", "MONTHLY"] as const;
export type RecurrenceValue = (typeof RECURRENCES)[number];

export const taskStatusSchema = z.enum(TASK_STATUSES, { error: TASK_ERRORS.status });

const idSchema = z.string({ error: TASK_ERRORS.taskId }).trim().min(1, TASK_ERRORS.taskId).max(64);
const versionSchema = z.coerce
  .number({ error: TASK_ERRORS.version })
  .int(TASK_ERRORS.version)
  .min(0, TASK_ERRORS.version);

/** Free text as typed: NFC (CONTRIBUTING.md §8), Windows line ends folded, trimmed; empty means absent. */
export const noteSchema = z
  .string()
  .transform((value) => value.normalize("NFC").replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(4000, TASK_ERRORS.noteTooLong))
  .optional();

/**
 * Progress as typed: a whole number 0–100, from a JSON number or the form's text. Not `z.coerce`: that turns
 * "" into 0, `true` into 1 and "4e1" into 40, so letters typed in the field would silently save 0 %.
 */
export const progressSchema = z.preprocess(
  (value) =>
    typeof value === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(value) ? Number(value.trim().replace(",", ".")) : value,
  z
    .number({
      error: (issue) => (typeof issue.input === "string" ? TASK_ERRORS.progressNotNumber : TASK_ERRORS.progressRange),
    })
    .int(TASK_ERRORS.progressWhole)
    .min(0, TASK_ERRORS.progressRange)
    .max(100, TASK_ERRORS.progressRange),
);

export const evidenceLinkSchema = z.httpUrl({ error: TASK_ERRORS.link }).max(2000, TASK_ERRORS.link);
const linksSchema = z.array(evidenceLinkSchema).max(EVIDENCE_LIMITS.maxLinks, TASK_ERRORS.tooManyLinks).default([]);

const filesSchema = z.array(preparedFileSchema).max(EVIDENCE_LIMITS.maxFiles).default([]);

/** The lead agency (or Sở Nội vụ) changes status and/or progress, optionally with a note and evidence. */
export const updateTaskStatusSchema = z.object({
  taskId: idSchema,
  version: versionSchema,
  status: taskStatusSchema.optional(),
  progress: progressSchema.optional(),
  note: noteSchema,
  links: linksSchema,
  files: filesSchema,
  /** Sở Nội vụ updating a task for its lead agency must say so: an explicit, audited step. */
  onBehalf: z.boolean({ error: TASK_ERRORS.onBehalfRequired }).optional(),
});
export type UpdateTaskStatusInput = z.input<typeof updateTaskStatusSchema>;

/** A supporting agency (or anyone involved) adds a note and/or evidence; status is untouched. */
export const commentTaskSchema = z
  .object({ taskId: idSchema, version: versionSchema, note: noteSchema, links: linksSchema, files: filesSchema })
  .refine((v) => Boolean(v.note) || v.links.length > 0 || v.files.length > 0, {
    message: TASK_ERRORS.commentEmpty,
    path: ["note"],
  });
export type CommentTaskInput = z.input<typeof commentTaskSchema>;

/** Sở Nội vụ accepts a submitted task or returns it with a reason. */
export const reviewTaskSchema = z
  .object({
    taskId: idSchema,
    version: versionSchema,
    decision: z.enum(["ACCEPT", "RETURN"], { error: TASK_ERRORS.decision }),
    reason: noteSchema,
  })
  .refine((v) => v.decision === "ACCEPT" || Boolean(v.reason), {
    message: TASK_ERRORS.reasonRequired,
    path: ["reason"],
  });
export type ReviewTaskInput = z.input<typeof reviewTaskSchema>;

/** A calendar date as the date field sends it (YYYY-MM-DD), and a real day of the calendar. */
export const isoDateSchema = z
  .string({ error: TASK_ERRORS.dueRequired })
  .trim()
  .min(1, TASK_ERRORS.dueRequired)
  .regex(/^\d{4}-\d{2}-\d{2}$/, TASK_ERRORS.dueInvalid)
  .refine(isCalendarDay, TASK_ERRORS.dueInvalid);

/** Sở Nội vụ gives an unassigned duty of the plan to an agency. */
export const assignTaskSchema = z.object({
  taskId: idSchema,
  version: versionSchema,
  agencyId: z.string({ error: TASK_ERRORS.agencyRequired }).trim().min(1, TASK_ERRORS.agencyRequired).max(64),
  /** a new deadline; required when the old one has passed, so the duty does not arrive overdue */
  dueOn: isoDateSchema.optional(),
});
export type AssignTaskInput = z.input<typeof assignTaskSchema>;

// Board filters arrive in the query string; anything unknown is dropped rather than refused, so a stale
// bookmark still opens the board.
export const BOARD_VIEWS = ["columns", "list"] as const;
export const BOARD_ROLE_FILTERS = ["lead", "support", "all"] as const;
export const BOARD_DUE_FILTERS = ["overdue", "soon"] as const;
/** Rows per page of the board's list view. */
export const BOARD_PAGE_SIZE = 25;
/**
 * A board in columns shows at most this many cards, shared by the columns; each column links to its full list.
 * One list page's worth: each column is a scroll box of 70 % of the screen's height, showing one or two cards at
 * once. 36 cards cost the server a fifth more CPU per board than 25 (160-card board, npm run bench:http; README).
 */
export const BOARD_CARD_LIMIT = BOARD_PAGE_SIZE;
export const BOARD_SORTS = ["points", "due", "code"] as const;
export type BoardView = (typeof BOARD_VIEWS)[number];
export type BoardRoleFilter = (typeof BOARD_ROLE_FILTERS)[number];
export type BoardDueFilter = (typeof BOARD_DUE_FILTERS)[number];
export type BoardSort = (typeof BOARD_SORTS)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema.optional()).catch(undefined);

// The board opens on what the agency leads, largest points at stake first; "all" shows supporting duties too.
export const boardFiltersSchema = z.object({
  view: z.preprocess(first, z.enum(BOARD_VIEWS)).catch("columns"),
  field: optionalParam(z.string().regex(/^\d{1,2}$/)),
  criterion: optionalParam(z.string().regex(/^\d{1,2}(\.\d{1,2}){0,3}$/)),
  role: z.preprocess(first, z.enum(BOARD_ROLE_FILTERS)).catch("lead"),
  due: optionalParam(z.enum(BOARD_DUE_FILTERS)),
  sort: z.preprocess(first, z.enum(BOARD_SORTS)).catch("points"),
  /** "head": only the staff's "hoàn thành" waiting for the agency head */
  approval: optionalParam(z.enum(["head"])),
  /** the plan the board shows (one at a time; the newest plan the agency has tasks in by default) */
  plan: optionalParam(z.string().trim().min(1).max(64)),
  /** the list view of one status column ("Xem cả n nhiệm vụ của cột này"), filtered in SQL */
  status: optionalParam(z.enum(TASK_STATUSES)),
  /** the list view's page (BOARD_PAGE_SIZE rows) */
  page: optionalParam(z.coerce.number().int().min(1).max(10_000)),
  /** "Gộp theo cơ cấu hiện tại": the tasks of the agencies a restructuring merged into this one join the board */
  gop: optionalParam(z.enum(["1"])),
});
export type BoardFilters = z.infer<typeof boardFiltersSchema>;

/**
 * What the board's loader narrows in SQL: the plan, the status column of the one-column list view, and whether
 * the predecessors' tasks join it.
 */
export function boardQuery(filters: BoardFilters): {
  plan: string | null;
  status: TaskStatusValue | null;
  merge: boolean;
} {
  return {
    plan: filters.plan ?? null,
    status: filters.view === "list" ? (filters.status ?? null) : null,
    merge: filters.gop === "1",
  };
}

/** A picker's kept parameters without the list's page: a new choice starts from page 1. */
export function withoutPage(params: Record<string, string>): Record<string, string> {
  const { page: _page, trang: _trang, ...rest } = params;
  return rest;
}

const agencyIdSchema = z.string().trim().min(1).max(64);
export const ASSIGN_BATCH_MAX = 100;

/**
 * Sở Nội vụ gives several duties at once (or one, again later) a lead agency, supporting agencies and a new
 * deadline. The deadline is required: a duty due 31/12/2021 assigned today must not land overdue (the server
 * also checks it is not before today in the province).
 */
export const assignTasksSchema = z.object({
  tasks: z
    .array(z.object({ taskId: idSchema, version: versionSchema }), { error: TASK_ERRORS.selectTasks })
    .min(1, TASK_ERRORS.selectTasks)
    .max(ASSIGN_BATCH_MAX, TASK_ERRORS.tooManyTasks(ASSIGN_BATCH_MAX)),
  agencyId: z.string({ error: TASK_ERRORS.agencyRequired }).trim().min(1, TASK_ERRORS.agencyRequired).max(64),
  supportAgencyIds: z.array(agencyIdSchema).max(200).default([]),
  dueOn: isoDateSchema,
});
export type AssignTasksInput = z.input<typeof assignTasksSchema>;

/** The lead agency's head names the person in charge of a task (or clears it with an empty value). */
export const setResponsibleSchema = z.object({
  taskId: idSchema,
  version: versionSchema,
  userId: z.preprocess((v) => (v === "" ? null : v), z.string().trim().min(1).max(64).nullable()),
});
export type SetResponsibleInput = z.input<typeof setResponsibleSchema>;

/** The duties page's filters (query string); anything unknown is dropped, as on the board. */
export const NO_FIELD = "chung";
export const dutyFiltersSchema = z.object({
  field: optionalParam(z.string().regex(/^(\d{1,2}|chung)$/)),
  q: optionalParam(z.string().trim().max(200)),
  view: z.preprocess(first, z.enum(["unassigned", "assigned"])).catch("unassigned"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000)).catch(1),
});
export type DutyFilters = z.infer<typeof dutyFiltersSchema>;
