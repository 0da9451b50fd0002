import type { Metadata } from "next";
import { DifficultiesView } from "@/components/reports/DifficultiesView";
import { requireAction } from "@/lib/auth/session";
import { loadDifficulties } from "@/lib/reports/data";
import { REPORT_TEXT } from "@/lib/reports/strings";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: REPORT_TEXT.difficultiesTitle };

/** "Khó khăn, vướng mắc" raised in the agencies' reports, on one page for UBND tỉnh and Sở Nội vụ. */
export default async function DifficultiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("report.overview");
  const params = await searchParams;
  return <DifficultiesView data={dataOrRefuse(await loadDifficulties(user, firstParam(params.ky)))} />;
}
