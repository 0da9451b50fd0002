// /api/tasks/[id] for API clients. GET reads a task (same loader and scope as the page); PATCH takes JSON
// { version, status?, progress?, note?, links?, onBehalf? } and calls the same mutations as the update form. Files are
// not accepted here: evidence files are uploaded through the form.
import { getCurrentUser } from "@/lib/auth/session";
import { readJsonObject } from "@/lib/server/json-body";
import type { MutationResult } from "@/lib/server/mutation";
import { httpRefusal } from "@/lib/server/refuse";
import { loadTaskDetail } from "@/lib/tasks/data";
import { commentOnTask, type TaskWriteResult, updateTaskStatus } from "@/lib/tasks/mutations";

type Context = { params: Promise<{ id: string }> };
const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  const loaded = await loadTaskDetail(user, id);
  if (loaded.status !== "ok") return httpRefusal(loaded);
  return Response.json({ task: loaded.data }, { headers: NO_STORE });
}

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  // The session first: a stranger's body is never read. Then at most JSON_BODY_LIMIT bytes of a JSON object.
  const read = await readJsonObject(request);
  if (read instanceof Response) return read;
  const { user, body } = read;
  // Only these fields are taken from the client: the task id comes from the URL, files never from JSON.
  const { version, status, progress, note, links, onBehalf } = body;
  const input = { taskId: id, version, status, progress, note, links, onBehalf };
  const changesStatus = status !== undefined || progress !== undefined;
  const result: MutationResult<TaskWriteResult> = changesStatus
    ? await updateTaskStatus(user, input)
    : await commentOnTask(user, input);
  if (!result.ok) return httpRefusal(result);
  return Response.json({ task: result.data }, { headers: NO_STORE });
}
