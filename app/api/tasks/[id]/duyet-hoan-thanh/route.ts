// POST /api/tasks/[id]/duyet-hoan-thanh for API clients: the agency head's decision on a staff member's "hoàn
// thành" ({ version, decision: "FORWARD" | "RETURN", reason? }), or the staff member's withdrawal
// ({ version, decision: "WITHDRAW" }). The same mutations as the task page's forms.
import { getCurrentUser } from "@/lib/auth/session";
import { BodyTooLargeError, readJsonCapped } from "@/lib/server/body-limits";
import { httpRefusal } from "@/lib/server/refuse";
import { decideHeadApproval, withdrawHeadApproval } from "@/lib/tasks/head-approval";
import { TASK_ERRORS } from "@/lib/tasks/strings";

type Context = { params: Promise<{ id: string }> };
const NO_STORE = { "Cache-Control": "no-store" };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  let body: unknown;
  try {
    body = await readJsonCapped(request);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return Response.json({ error: error.message, code: "TOO_LARGE" }, { status: 413, headers: NO_STORE });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return httpRefusal({ code: "INVALID", message: TASK_ERRORS.badRequest });
  }
  const { version, decision, reason } = body as Record<string, unknown>;
  const result =
    decision === "WITHDRAW"
      ? await withdrawHeadApproval(user, { taskId: id, version })
      : await decideHeadApproval(user, { taskId: id, version, decision, reason });
  if (!result.ok) return httpRefusal(result);
  return Response.json({ task: result.data }, { headers: NO_STORE });
}
