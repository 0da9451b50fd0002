// An agency's report for one period: state and deadline, the text (a form while it is a draft), the task rows
// (live while drafting, frozen once sent), Sở Nội vụ's decision, and every version sent.

import { ActionForm } from "@/components/reports/ActionForm";
import { ReportForm } from "@/components/reports/ReportForm";
import { ReportStateBadge } from "@/components/reports/ReportStateBadge";
import { ReportsCrumb } from "@/components/reports/ReportsCrumb";
import { ReportVersions } from "@/components/reports/ReportVersions";
import { TaskRowsTable } from "@/components/reports/TaskRowsTable";
import { Card } from "@/components/ui/Card";
import { inputClass } from "@/components/ui/styles";
import { formatDateTime, formatIsoDate } from "@/lib/format";
import { reviewReportAction } from "@/lib/reports/actions";
import type { AgencyReportView } from "@/lib/reports/data";
import { REPORT_TEXT } from "@/lib/reports/strings";

const EMPTY = { results: "", shortcomings: "", difficulties: "", proposals: "" };

export function AgencyReportPage({ view, isStaff }: { view: AgencyReportView; isStaff: boolean }) {
  const { period, agency, report, can } = view;
  const latest = view.versions[0];
  return (
    <div className="space-y-5">
      <header>
        <ReportsCrumb context={period.label} />
        <h1 className="mt-1 text-xl font-bold sm:text-2xl">
          Báo cáo {period.label} của {agency.name}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <ReportStateBadge state={view.state} late={view.late} />
          <span>
            Số liệu từ {formatIsoDate(period.startsOn)} đến {formatIsoDate(period.endsOn)} · Hạn nộp{" "}
            {formatIsoDate(period.dueOn)}
          </span>
        </p>
        {!view.asked && (
          <p className="mt-2 text-sm text-slate-700">Cơ quan không có trong danh sách phải báo cáo kỳ này.</p>
        )}
        {report?.approvedBy && report.approvedAt && (
          <p className="mt-1 text-sm text-emerald-800">
            Đã được {report.approvedBy} duyệt lúc {formatDateTime(new Date(report.approvedAt))}; cán bộ có thể gửi.
          </p>
        )}
        {report?.status === "RETURNED" && latest?.reason && (
          <p
            role="note"
            className="mt-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900"
            data-testid="return-reason"
          >
            Sở Nội vụ trả lại: “{latest.reason}” — sửa và gửi lại; bản đã gửi được lưu trong lịch sử.
          </p>
        )}
      </header>

      {can.write ? (
        <Card title="Nội dung báo cáo" id="noi-dung">
          <ReportForm
            periodId={period.id}
            agencyId={agency.id}
            version={report?.version ?? -1}
            texts={report?.texts ?? EMPTY}
            canApprove={can.approve}
            canSubmit={can.submit}
            isStaff={isStaff}
          />
        </Card>
      ) : latest ? (
        <Card title={`Nội dung đã gửi (lần ${latest.number})`} id="noi-dung">
          <dl className="space-y-3 text-sm">
            {(Object.keys(REPORT_TEXT.fields) as (keyof typeof REPORT_TEXT.fields)[]).map((k) => (
              <div key={k}>
                <dt className="font-semibold text-slate-800">{REPORT_TEXT.fields[k]}</dt>
                <dd className="whitespace-pre-line text-slate-700">{latest.snapshot.texts[k] || "—"}</dd>
              </div>
            ))}
          </dl>
        </Card>
      ) : (
        <Card>
          <p className="text-sm text-slate-600">Cơ quan chưa gửi báo cáo kỳ này.</p>
        </Card>
      )}

      {can.review && report && (
        <Card title="Sở Nội vụ xử lý báo cáo" id="xu-ly">
          <ActionForm
            action={reviewReportAction}
            hidden={{ reportId: report.id, version: report.version }}
            label="Xử lý báo cáo"
            testId="report-review-form"
            buttons={[
              { label: "Tiếp nhận", name: "decision", value: "ACCEPT", variant: "good" },
              { label: "Trả lại", name: "decision", value: "RETURN", variant: "danger" },
            ]}
          >
            <label htmlFor="reason" className="block text-sm font-medium text-slate-800">
              Lý do trả lại
            </label>
            <textarea id="reason" name="reason" rows={3} maxLength={4000} className={inputClass} />
            <p className="text-xs text-slate-600">Bắt buộc khi trả lại: cơ quan thấy lý do trên trang báo cáo.</p>
          </ActionForm>
        </Card>
      )}

      <Card title="Nhiệm vụ do cơ quan chủ trì" id="nhiem-vu">
        {can.write || !latest ? (
          <TaskRowsTable
            rows={view.liveTasks}
            caption={`Số liệu hiện tại, tự động điền; được chốt lại khi gửi. Cập nhật trong kỳ: ${formatIsoDate(period.startsOn)} – ${formatIsoDate(period.endsOn)}.`}
          />
        ) : (
          <TaskRowsTable
            rows={latest.snapshot.tasks}
            caption={`Số liệu đã chốt khi gửi lúc ${formatDateTime(new Date(latest.submittedAt))} (tình hình đến ${formatIsoDate(latest.snapshot.asOf)}).`}
          />
        )}
      </Card>

      {view.versions.length > 0 && <ReportVersions versions={view.versions} />}
    </div>
  );
}
