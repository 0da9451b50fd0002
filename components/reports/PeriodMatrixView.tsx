// Agency × report state for one period (Sở Nội vụ, leadership), with the counts and the reminder button.

import { SuccessorLink } from "@/components/agencies/HistoricAgency";
import { ActionForm } from "@/components/reports/ActionForm";
import { ReportStateBadge } from "@/components/reports/ReportStateBadge";
import { ReportsCrumb } from "@/components/reports/ReportsCrumb";
import { Card, Stat } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { Table, Th } from "@/components/ui/Table";
import { formatDateTime, formatIsoDate } from "@/lib/format";
import { remindLateAction } from "@/lib/reports/actions";
import type { PeriodMatrix } from "@/lib/reports/data";
import { REPORT_TEXT } from "@/lib/reports/strings";

export function PeriodMatrixView({
  matrix,
  canRemind,
  canManage,
}: {
  matrix: PeriodMatrix;
  canRemind: boolean;
  canManage: boolean;
}) {
  const { period, counts, rows } = matrix;
  return (
    <div className="space-y-5">
      <header>
        <ReportsCrumb context={<>Kế hoạch {matrix.plan.number}</>} />
        <h1 className="mt-1 text-xl font-bold sm:text-2xl">{REPORT_TEXT.matrixTitle(period.label)}</h1>
        <p className="mt-1 text-sm text-slate-600">
          Số liệu từ {formatIsoDate(period.startsOn)} đến {formatIsoDate(period.endsOn)} · Hạn nộp{" "}
          {formatIsoDate(period.dueOn)}
          {canManage && (
            <Link href={`/bao-cao/${period.key}/sua`} className="ml-2 text-blue-800 underline">
              Sửa kỳ, hạn nộp, cơ quan phải báo cáo
            </Link>
          )}
        </p>
      </header>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-5" data-testid="matrix-counts">
        <Stat label="Phải nộp" value={rows.length} />
        <Stat
          label="Đã nộp"
          value={counts.submitted + counts.accepted}
          hint={`${counts.accepted} đã tiếp nhận`}
          tone="good"
        />
        <Stat label="Quá hạn" value={counts.late} tone={counts.late > 0 ? "loss" : "default"} />
        <Stat label="Đang soạn / bị trả lại" value={counts.draft + counts.returned} />
        <Stat label="Chưa bắt đầu" value={counts.not_started} />
      </div>
      {canRemind && counts.late > 0 && (
        <Card>
          <ActionForm
            action={remindLateAction}
            hidden={{ periodId: period.id }}
            label="Nhắc các cơ quan quá hạn"
            testId="remind-form"
            buttons={[{ label: `Nhắc ${counts.late} cơ quan quá hạn`, testId: "remind-late" }]}
          >
            <p className="text-sm text-slate-700">
              Gửi thông báo nhắc nộp báo cáo đến lãnh đạo và cán bộ của các cơ quan quá hạn (mỗi cơ quan một lần mỗi
              ngày).
            </p>
          </ActionForm>
        </Card>
      )}
      <Card>
        <Table
          caption={REPORT_TEXT.matrixTitle(period.label)}
          testId="period-matrix"
          className="min-w-[640px]"
          headClassName="text-xs uppercase"
          head={
            <>
              <Th>Cơ quan</Th>
              <Th>Tình trạng</Th>
              <Th>Gửi lần đầu</Th>
              <Th>Nhắc gần nhất</Th>
              <Th>
                <span className="sr-only">Xem</span>
              </Th>
            </>
          }
        >
          {rows.map((r) => (
            <tr key={r.agencyId} data-agency={r.name}>
              <th scope="row" className="font-medium">
                {r.name}
                <SuccessorLink successor={r.successor} />
              </th>
              <td>
                <ReportStateBadge state={r.state} late={r.late} />
              </td>
              <td className="whitespace-nowrap">
                {r.submittedAt ? formatDateTime(new Date(r.submittedAt)) : "—"}
                {r.submittedLate && <span className="ml-1 text-xs text-brand-700">(sau hạn)</span>}
              </td>
              <td className="whitespace-nowrap">{r.lastRemindedOn ? formatIsoDate(r.lastRemindedOn) : "—"}</td>
              <td className="n">
                <Link className="text-blue-800 underline" href={`/bao-cao/${period.key}/${r.agencyId}`}>
                  Xem báo cáo
                </Link>
              </td>
            </tr>
          ))}
        </Table>
      </Card>
    </div>
  );
}
