import type { Metadata } from "next";
import { AgencyReportPage } from "@/components/reports/AgencyReportPage";
import { requireAction } from "@/lib/auth/session";
import { loadAgencyReport } from "@/lib/reports/data";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Báo cáo của cơ quan" };

/** One agency's report for a period: written by the agency, read by leadership, reviewed by Sở Nội vụ. */
export default async function AgencyReportRoute({ params }: { params: Promise<{ ky: string; agencyId: string }> }) {
  const user = await requireAction("report.read");
  const { ky, agencyId } = await params;
  const view = dataOrRefuse(await loadAgencyReport(user, decodeURIComponent(ky), decodeURIComponent(agencyId)));
  return <AgencyReportPage view={view} isStaff={user.role === "AGENCY_STAFF"} />;
}
