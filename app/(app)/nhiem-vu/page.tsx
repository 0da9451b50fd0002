import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TaskBoard } from "@/components/tasks/TaskBoard";
import { requireAction } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/search-params";
import { loadAgencyBoard } from "@/lib/tasks/data";
import { dataOrRefuse } from "@/lib/server/refuse";
import { boardFiltersSchema } from "@/lib/tasks/schema";
import { TASK_TEXT } from "@/lib/tasks/strings";

export const metadata: Metadata = { title: TASK_TEXT.boardTitle };

type Props = { searchParams: Promise<SearchParams> };

/** The signed-in user's own agency board. */
export default async function OwnBoardPage({ searchParams }: Props) {
  const user = await requireAction("board.read");
  if (!user.agencyId) redirect("/");
  const board = dataOrRefuse(await loadAgencyBoard(user, user.agencyId));
  const filters = boardFiltersSchema.parse(await searchParams);
  return <TaskBoard title={TASK_TEXT.agencyBoardTitle(board.agency.name)} basePath="/nhiem-vu" filters={filters} cards={board.cards} />;
}
