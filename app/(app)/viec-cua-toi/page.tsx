import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MyTasks } from "@/components/tasks/MyTasks";
import { requireAction } from "@/lib/auth/session";
import { parsePage, type SearchParams } from "@/lib/search-params";
import { loadMyTasks } from "@/lib/tasks/data";
import { TASK_TEXT } from "@/lib/tasks/strings";

export const metadata: Metadata = { title: TASK_TEXT.myTasksTitle };

/** A staff member's own tasks: the ones the agency head named them in charge of, one page at a time. */
export default async function MyTasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("board.read");
  if (!user.agencyId) redirect("/");
  const params = await searchParams;
  return <MyTasks list={await loadMyTasks(user, parsePage(params.trang))} params={params} />;
}
