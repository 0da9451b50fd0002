import type { Metadata } from "next";
import { CyclePicker } from "@/components/cycles/CyclePicker";
import { TableDownloads } from "@/components/export/ConsolidatedDownloads";
import { SuccessionNotice } from "@/components/restructuring/SuccessionNotice";
import { AgencyPicker } from "@/components/tasks/AgencyPicker";
import { TaskBoard } from "@/components/tasks/TaskBoard";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { loadCycleBoard } from "@/lib/cycles/board";
import { loadCachedCycleOptions } from "@/lib/cycles/options";
import { CYCLE_PARAM, cycleKeep, otherParams, parseCycleParam } from "@/lib/cycles/param";
import { loadSuccession } from "@/lib/restructuring/data";
import type { SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";
import { loadAgencyBoard, loadAgencyOptions, loadBoardAgencyName, loadBoardLayout } from "@/lib/tasks/data";
import { boardFiltersSchema, boardQuery, withoutPage } from "@/lib/tasks/schema";
import { TASK_TEXT } from "@/lib/tasks/strings";

type Props = { params: Promise<{ agencyId: string }>; searchParams: Promise<SearchParams> };

/** The tab names the agency whose board this is (nothing for a reader who may not see it). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireAction("board.read");
  const name = await loadBoardAgencyName(user, (await params).agencyId);
  return { title: name ? TASK_TEXT.agencyBoardTitle(name) : TASK_TEXT.boardTitle };
}

/** Any agency's board, for roles that read boards province-wide (Sở Nội vụ, leadership); the same component. */
export default async function AgencyBoardPage({ params, searchParams }: Props) {
  const user = await requireAction("board.read");
  const { agencyId } = await params;
  const query = await searchParams;
  // Options of another province's agency id are empty, so its cycle is never parsed; the board refuses it.
  const cycles = await loadCachedCycleOptions({ provinceId: user.provinceId, agencyId });
  const cycle = parseCycleParam(query[CYCLE_PARAM], cycles);
  const filters = boardFiltersSchema.parse(query);
  const wanted = boardQuery(filters);
  const board = dataOrRefuse(
    await (cycle ? loadCycleBoard(user, agencyId, cycle, wanted) : loadAgencyBoard(user, agencyId, wanted)),
  );
  const provinceWide = PERMISSIONS[user.role]["board.read"] === "province";
  const [agencies, succession, layout] = await Promise.all([
    provinceWide ? loadAgencyOptions(user) : [],
    loadSuccession(user, board.agency.id),
    loadBoardLayout(user, board.cards, filters),
  ]);
  return (
    <div className="space-y-3">
      <SuccessionNotice succession={succession} />
      <CyclePicker
        options={cycles}
        current={cycle}
        basePath={`/co-quan/${board.agency.id}`}
        keep={withoutPage(otherParams(query))}
      />
      <TaskBoard
        title={TASK_TEXT.agencyBoardTitle(board.agency.name)}
        basePath={`/co-quan/${board.agency.id}`}
        filters={filters}
        cards={board.cards}
        layout={layout}
        plans={board.plans}
        plan={board.plan}
        predecessors={board.predecessors}
        keep={cycleKeep(cycle)}
        toolbar={
          <>
            {provinceWide && <AgencyPicker agencies={agencies} current={board.agency.id} />}
            <TableDownloads href={`/api/xuat/nhiem-vu?co-quan=${board.agency.id}`} />
          </>
        }
      />
    </div>
  );
}
