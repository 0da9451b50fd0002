// Every version an agency sent for the period, newest first: when, by whom, Sở Nội vụ's decision and reason,
// and the frozen text and task rows of each.
import { TaskRowsTable } from "@/components/reports/TaskRowsTable";
import { Card } from "@/components/ui/Card";
import { formatDateTime } from "@/lib/format";
import { REPORT_TEXT } from "@/lib/reports/strings";
import type { ReportVersionView } from "@/lib/reports/types";

const DECISIONS = { ACCEPTED: "Sở Nội vụ đã tiếp nhận", RETURNED: "Sở Nội vụ trả lại" } as const;

export function ReportVersions({ versions }: { versions: ReportVersionView[] }) {
  return (
    <Card title="Lịch sử gửi báo cáo" id="lich-su">
      <ol className="space-y-3" data-testid="report-versions">
        {versions.map((v) => (
          <li key={v.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-semibold">
              Lần {v.number}: gửi lúc {formatDateTime(new Date(v.submittedAt))} bởi {v.snapshot.submittedBy.name}
              {v.snapshot.approvedBy && (
                <span className="font-normal"> (lãnh đạo {v.snapshot.approvedBy.name} duyệt)</span>
              )}
            </p>
            {v.decision && v.decision in DECISIONS && (
              <p className="mt-1">
                {DECISIONS[v.decision as keyof typeof DECISIONS]}
                {v.reviewedAt && ` lúc ${formatDateTime(new Date(v.reviewedAt))}`}
                {v.reason && (
                  <>
                    : “<span className="italic">{v.reason}</span>”
                  </>
                )}
              </p>
            )}
            <details className="mt-2">
              <summary className="cursor-pointer text-blue-800 underline">Xem nội dung đã gửi lần {v.number}</summary>
              <dl className="mt-2 space-y-2">
                {(Object.keys(REPORT_TEXT.fields) as (keyof typeof REPORT_TEXT.fields)[]).map((k) => (
                  <div key={k}>
                    <dt className="font-medium">{REPORT_TEXT.fields[k]}</dt>
                    <dd className="whitespace-pre-line text-slate-700">{v.snapshot.texts[k] || "—"}</dd>
                  </div>
                ))}
              </dl>
              <div className="mt-2">
                <TaskRowsTable rows={v.snapshot.tasks} caption="Nhiệm vụ như khi gửi" />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </Card>
  );
}
