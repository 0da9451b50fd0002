// On the plan page of a province that others were merged into: each predecessor's published results and plans,
// labelled with its name ("Đắk Nông (trước 01/07/2025)"), as history. Current work is the province's own plan.
import { Card } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { Table, Th } from "@/components/ui/Table";
import { formatDate, formatPoints, formatRank } from "@/lib/format";
import type { HistoryEntry } from "@/lib/province-merger/history";
import { MERGER_LABELS } from "@/lib/province-merger/messages";

export function ProvinceHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <Card title={MERGER_LABELS.history} id="province-history">
      <div className="space-y-4" data-testid="province-history">
        {entries.map((e) => (
          <section key={e.id} aria-labelledby={`h-${e.id}`} className="space-y-2">
            <h3 id={`h-${e.id}`} className="font-semibold">
              {e.label}
            </h3>
            <p className="text-sm text-slate-700">
              Kết quả công bố:{" "}
              {e.results.length === 0
                ? "chưa có."
                : e.results
                    .map(
                      (r) => `năm ${r.year}: ${formatPoints(r.totalScore)} điểm, hạng ${formatRank(r.rank, r.rankOf)}`,
                    )
                    .join("; ")}
            </p>
            {e.plans.length > 0 && (
              <Table
                caption={`Kế hoạch của ${e.label}`}
                head={
                  <>
                    <Th>Kế hoạch</Th>
                    <Th numeric>Nhiệm vụ</Th>
                    <Th numeric>Đã xác nhận</Th>
                    <Th numeric>Chuyển sang tỉnh kế thừa</Th>
                    <Th numeric className="py-2">
                      Không còn áp dụng
                    </Th>
                  </>
                }
              >
                {e.plans.map((p) => (
                  <tr key={p.id}>
                    <td className="py-2 pr-3">
                      <Link className="text-brand-700 underline" href={`/ke-hoach/lich-su/${encodeURIComponent(p.id)}`}>
                        {p.number}
                      </Link>{" "}
                      ngày {formatDate(p.issuedOn)} (kết quả năm {p.year})
                      <span className="block text-xs text-slate-600">{p.title}</span>
                    </td>
                    <td className="num py-2 pr-3 text-right">{p.tasks.total}</td>
                    <td className="num py-2 pr-3 text-right">{p.tasks.accepted}</td>
                    <td className="num py-2 pr-3 text-right">{p.tasks.carriedOut}</td>
                    <td className="num py-2 text-right">{p.tasks.notApplicable}</td>
                  </tr>
                ))}
              </Table>
            )}
            <HistoryReportsLine entry={e} />
            <HistorySelfAssessmentLine entry={e} />
          </section>
        ))}
      </div>
    </Card>
  );
}

function HistoryReportsLine({ entry }: { entry: HistoryEntry }) {
  return (
    <p className="text-sm text-slate-700" data-testid="history-reports">
      {MERGER_LABELS.historyReports}{" "}
      {entry.reports.length === 0
        ? MERGER_LABELS.none
        : entry.reports.map((r) => MERGER_LABELS.reportsOfPeriod(r.periodLabel, r.sent, r.accepted)).join("; ")}
    </p>
  );
}

function HistorySelfAssessmentLine({ entry }: { entry: HistoryEntry }) {
  return (
    <p className="text-sm text-slate-700" data-testid="history-self-assessments">
      {MERGER_LABELS.historySelfAssessments}{" "}
      {entry.selfAssessments.length === 0
        ? MERGER_LABELS.none
        : entry.selfAssessments
            .map((s) =>
              MERGER_LABELS.selfAssessmentOfYear(
                s.year,
                s.items,
                s.appraised,
                formatPoints(s.proposed),
                formatPoints(s.accepted),
              ),
            )
            .join("; ")}
    </p>
  );
}
