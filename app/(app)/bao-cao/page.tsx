import type { Metadata } from "next";
import { ReportsCalendar } from "@/components/reports/ReportsCalendar";
import { can } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { loadReportsHome } from "@/lib/reports/data";
import { REPORT_TEXT } from "@/lib/reports/strings";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: REPORT_TEXT.title };

/** The plan's reporting calendar: Sở Nội vụ sets it, agencies find their reports, leadership follows. */
export default async function ReportsPage() {
  const user = await requireAction("report.read");
  const home = dataOrRefuse(await loadReportsHome(user));
  const province = { provinceId: user.provinceId };
  return (
    <ReportsCalendar
      home={home}
      agencyId={user.agencyId}
      canManage={can(user, "report.calendar", province)}
      canOverview={can(user, "report.overview", province)}
    />
  );
}
