// POST /api/tasks/[id]/duyet-hoan-thanh for API clients: the agency head's decision on a staff member's "hoàn
// thành" ({ version, decision: "FORWARD" | "RETURN", reason? }), or the staff member's withdrawal
// ({ version, decision: "WITHDRAW" }). The same mutations as the task page's forms.
import { readJsonObject } from "@/lib/server/json-body";
import { httpRefusal } from "@/lib/server/refuse";
import { decideHeadApproval, withdrawHeadApproval } from "@/lib/tasks/head-approval";

type Context = { params: Promise<{ id: string }> };
const NO_STORE = { "Cache-Control": "no-store" };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const read = await readJsonObject(request);
  if (read instanceof Response) return read;
  const { user, body } = read;
  const { version, decision, reason } = body;
  const result =
    decision === "WITHDRAW"
      ? await withdrawHeadApproval(user, { taskId: id, version })
      : await decideHeadApproval(user, { taskId: id, version, decision, reason });
  if (!result.ok) return httpRefusal(result);
  return Response.json({ task: result.data }, { headers: NO_STORE });
}
