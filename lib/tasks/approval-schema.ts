// Inputs of the head's approval step (lib/tasks/head-approval.ts); no Prisma here, so the forms reuse them.
import { z } from "zod";
import { APPROVAL_ERRORS } from "@/lib/tasks/approval-strings";
import { noteSchema } from "@/lib/tasks/schema";
import { TASK_ERRORS } from "@/lib/tasks/strings";

const taskId = z.string({ error: TASK_ERRORS.taskId }).trim().min(1, TASK_ERRORS.taskId).max(64);
const version = z.coerce.number({ error: TASK_ERRORS.version }).int(TASK_ERRORS.version).min(0, TASK_ERRORS.version);

/** The agency head forwards a staff member's "hoàn thành" to Sở Nội vụ, or sends it back with a reason. */
export const headDecisionSchema = z
  .object({
    taskId,
    version,
    decision: z.enum(["FORWARD", "RETURN"], { error: APPROVAL_ERRORS.decision }),
    /** the reason when sending back; an optional note when forwarding */
    reason: noteSchema,
  })
  .refine((v) => v.decision === "FORWARD" || Boolean(v.reason), {
    message: APPROVAL_ERRORS.reasonRequired,
    path: ["reason"],
  });
export type HeadDecisionInput = z.input<typeof headDecisionSchema>;

/** The staff member who asked takes the request back while it waits ("Rút lại"). */
export const withdrawApprovalSchema = z.object({ taskId, version });
