import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CyclePicker } from "@/components/cycles/CyclePicker";
import { TableDownloads } from "@/components/export/ConsolidatedDownloads";
import { TaskBoard } from "@/components/tasks/TaskBoard";
import { requireAction } from "@/lib/auth/session";
import { loadCycleBoard } from "@/lib/cycles/board";
import { loadCachedCycleOptions } from "@/lib/cycles/options";
import { CYCLE_PARAM, cycleKeep, otherParams, parseCycleParam } from "@/lib/cycles/param";
import type { SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";
import { loadAgencyBoard, loadBoardLayout } from "@/lib/tasks/data";
import { boardFiltersSchema, boardQuery, withoutPage } from "@/lib/tasks/schema";
import { TASK_TEXT } from "@/lib/tasks/strings";

export const metadata: Metadata = { title: TASK_TEXT.boardTitle };

type Props = { searchParams: Promise<SearchParams> };

/** The signed-in user's own agency board. */
export default async function OwnBoardPage({ searchParams }: Props) {
  const user = await requireAction("board.read");
  if (!user.agencyId) redirect("/");
  const params = await searchParams;
  const cycles = await loadCachedCycleOptions({ provinceId: user.provinceId, agencyId: user.agencyId });
  const cycle = parseCycleParam(params[CYCLE_PARAM], cycles);
  const filters = boardFiltersSchema.parse(params);
  const query = boardQuery(filters);
  const board = dataOrRefuse(
    await (cycle ? loadCycleBoard(user, user.agencyId, cycle, query) : loadAgencyBoard(user, user.agencyId, query)),
  );
  const layout = await loadBoardLayout(user, board.cards, filters);
  return (
    <div className="space-y-3">
      <CyclePicker options={cycles} current={cycle} basePath="/nhiem-vu" keep={withoutPage(otherParams(params))} />
      <TaskBoard
        title={TASK_TEXT.agencyBoardTitle(board.agency.name)}
        basePath="/nhiem-vu"
        filters={filters}
        cards={board.cards}
        layout={layout}
        plans={board.plans}
        plan={board.plan}
        predecessors={board.predecessors}
        keep={cycleKeep(cycle)}
        toolbar={<TableDownloads href={`/api/xuat/nhiem-vu?co-quan=${board.agency.id}`} />}
      />
    </div>
  );
}
