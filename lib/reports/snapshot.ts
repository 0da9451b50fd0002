import "server-only";
// What a submission freezes: the draft's texts and the agency's task rows for the period as they are now.
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { provinceTodayIso } from "@/lib/format";
import { parsePeriodKey, periodLabel } from "@/lib/periods/keys";
import { loadReportTaskRows } from "@/lib/reports/task-rows";
import type { ReportSnapshot } from "@/lib/reports/types";
import type { ReportRecord } from "@/lib/reports/write";

export async function snapshotReport(tx: Tx, record: ReportRecord, user: SessionUser): Promise<ReportSnapshot> {
  const { period } = record;
  const today = provinceTodayIso();
  const asOf = today < period.endsOn ? today : period.endsOn;
  const [report, agency, approver, tasks] = await Promise.all([
    tx.agencyReport.findUniqueOrThrow({
      where: { id: record.id },
      select: { results: true, shortcomings: true, difficulties: true, proposals: true },
    }),
    tx.agency.findUniqueOrThrow({ where: { id: record.agencyId }, select: { id: true, name: true } }),
    record.approvedById
      ? tx.user.findUnique({ where: { id: record.approvedById }, select: { id: true, name: true } })
      : null,
    loadReportTaskRows(
      {
        provinceId: period.provinceId,
        planId: period.planId,
        agencyId: record.agencyId,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        asOf,
      },
      tx,
    ),
  ]);
  const key = parsePeriodKey(period.key);
  return {
    agency,
    period: {
      key: period.key,
      label: key ? periodLabel(key) : period.key,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      dueOn: period.dueOn,
    },
    asOf,
    texts: report,
    tasks,
    submittedBy: { id: user.id, name: user.name },
    approvedBy: approver ?? null,
  };
}
