import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TableDownloads } from "@/components/export/ConsolidatedDownloads";
import { CyclePicker } from "@/components/tasks/CyclePicker";
import { TaskBoard } from "@/components/tasks/TaskBoard";
import { requireAction } from "@/lib/auth/session";
import { loadCycleBoard, loadCycleOptions } from "@/lib/cycles/board";
import { parsePeriodKey } from "@/lib/periods/keys";
import type { SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";
import { loadAgencyBoard } from "@/lib/tasks/data";
import { boardFiltersSchema } from "@/lib/tasks/schema";
import { TASK_TEXT } from "@/lib/tasks/strings";

export const metadata: Metadata = { title: TASK_TEXT.boardTitle };

type Props = { searchParams: Promise<SearchParams> };

/** The signed-in user's own agency board. */
export default async function OwnBoardPage({ searchParams }: Props) {
  const user = await requireAction("board.read");
  if (!user.agencyId) redirect("/");
  const params = await searchParams;
  const cycle = parsePeriodKey(String([params["chu-ky"]].flat()[0] ?? ""))?.key ?? null;
  const board = dataOrRefuse(
    await (cycle ? loadCycleBoard(user, user.agencyId, cycle) : loadAgencyBoard(user, user.agencyId)),
  );
  const filters = boardFiltersSchema.parse(params);
  const cycles = await loadCycleOptions(user, user.agencyId);
  return (
    <div className="space-y-3">
      <CyclePicker options={cycles} current={cycle} basePath="/nhiem-vu" />
      <TaskBoard
        title={TASK_TEXT.agencyBoardTitle(board.agency.name)}
        basePath="/nhiem-vu"
        filters={filters}
        cards={board.cards}
        toolbar={<TableDownloads href={`/api/xuat/nhiem-vu?co-quan=${board.agency.id}`} />}
      />
    </div>
  );
}
