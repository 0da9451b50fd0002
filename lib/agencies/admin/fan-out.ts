import "server-only";
// After a group's membership changes, tasks assigned to the group must reach new members (and leave removed
// ones): the task generator re-derives every plan of the province, inside the caller's transaction, so the
// membership and the tasks commit (or roll back) together.
import type { Tx } from "@/lib/db";
import { syncProvinceTasks } from "@/lib/tasks/generate";

export async function fanOutMembershipChange(tx: Tx, provinceId: string): Promise<void> {
  await syncProvinceTasks(tx, provinceId);
}
