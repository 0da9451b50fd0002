import type { Metadata } from "next";
import { DutyAssignPage } from "@/components/tasks/DutyAssignPage";
import { requireAction } from "@/lib/auth/session";
import { provinceToday } from "@/lib/format";
import type { SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";
import { loadAgencyOptions } from "@/lib/tasks/data";
import { loadDutyList } from "@/lib/tasks/duties";
import { dutyFiltersSchema } from "@/lib/tasks/schema";
import { proposedDeadline } from "@/lib/tasks/status";
import { ASSIGN_TEXT } from "@/lib/tasks/strings";

export const metadata: Metadata = { title: ASSIGN_TEXT.title };

type Props = { searchParams: Promise<SearchParams> };

/** Sở Nội vụ's duties without a lead agency: filter, select several, assign them (or reassign assigned ones). */
export default async function DutyAssignRoute({ searchParams }: Props) {
  const user = await requireAction("task.assign");
  const filters = dutyFiltersSchema.parse(await searchParams);
  const [list, agencies] = await Promise.all([loadDutyList(user, filters), loadAgencyOptions(user)]);
  const today = provinceToday();
  return (
    <DutyAssignPage
      list={dataOrRefuse(list)}
      filters={filters}
      agencies={agencies}
      today={today.toISOString().slice(0, 10)}
      proposed={proposedDeadline(today).toISOString().slice(0, 10)}
    />
  );
}
