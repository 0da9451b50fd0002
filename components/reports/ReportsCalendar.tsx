// The reporting calendar page: periods newest first, each with its dates and deadline, and either the
// province's counts (Sở Nội vụ, leadership) or the reader's own report state (agencies).

import { ActionForm } from "@/components/reports/ActionForm";
import { ReportStateBadge } from "@/components/reports/ReportStateBadge";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { inputClass } from "@/components/ui/styles";
import { Table, Th } from "@/components/ui/Table";
import { formatIsoDate } from "@/lib/format";
import { DEFAULT_DEADLINE_DAYS, PERIOD_KIND_LABELS } from "@/lib/periods/keys";
import { addPeriodAction, createCalendarAction } from "@/lib/reports/actions";
import type { ReportsHome } from "@/lib/reports/data";
import { REPORT_TEXT } from "@/lib/reports/strings";

export function ReportsCalendar({
  home,
  agencyId,
  canManage,
  canOverview,
}: {
  home: ReportsHome;
  agencyId: string | null;
  canManage: boolean;
  canOverview: boolean;
}) {
  const year = Number(home.today.slice(0, 4));
  return (
    <div className="space-y-5">
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">Kế hoạch {home.plan.number}</p>
        <h1 className="mt-1 text-xl font-bold sm:text-2xl">{REPORT_TEXT.title}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          “Định kỳ hàng tháng, quý, 6 tháng, năm báo cáo kết quả thực hiện về UBND tỉnh (thông qua Sở Nội vụ để tổng
          hợp)”. Thời gian chốt số liệu theo Điều 12 Nghị định 09/2019/NĐ-CP; hạn nộp mặc định {DEFAULT_DEADLINE_DAYS}{" "}
          ngày sau ngày chốt, Sở Nội vụ sửa được từng kỳ.
        </p>
        {canOverview && (
          <Link href="/bao-cao/kho-khan" className="mt-1 inline-block text-sm text-blue-800 underline">
            {REPORT_TEXT.difficultiesTitle} các cơ quan nêu trong báo cáo
          </Link>
        )}
      </header>
      {canManage && (
        <div className="grid gap-4 md:grid-cols-2">
          <Card title="Lập lịch báo cáo cả năm" id="lap-lich">
            <ActionForm
              action={createCalendarAction}
              hidden={{ planId: home.plan.id }}
              label="Lập lịch báo cáo cả năm"
              testId="calendar-form"
              buttons={[{ label: "Tạo các kỳ mặc định" }]}
            >
              <label htmlFor="year" className="block text-sm font-medium text-slate-800">
                Năm
              </label>
              <input
                id="year"
                name="year"
                inputMode="numeric"
                defaultValue={year}
                className={`${inputClass} max-w-32`}
              />
              <p className="text-xs text-slate-600">
                12 tháng, 4 quý, 6 tháng đầu năm và cả năm; kỳ đã có được giữ nguyên.
              </p>
            </ActionForm>
          </Card>
          <Card title="Thêm một kỳ báo cáo" id="them-ky">
            <ActionForm
              action={addPeriodAction}
              hidden={{ planId: home.plan.id }}
              label="Thêm một kỳ báo cáo"
              testId="period-add-form"
              buttons={[{ label: "Thêm kỳ" }]}
            >
              <div className="grid gap-2 sm:grid-cols-2">
                <label className="text-sm font-medium text-slate-800">
                  Kỳ (vd. {year}-Q3, {year}-07, {year}-H1, {year})
                  <input name="key" required className={inputClass} placeholder={`${year}-Q3`} />
                </label>
                <label className="text-sm font-medium text-slate-800">
                  Hạn nộp (để trống: mặc định)
                  <input name="dueOn" className={inputClass} placeholder="dd/mm/yyyy" />
                </label>
                <label className="text-sm font-medium text-slate-800">
                  Từ ngày (để trống: theo Nghị định)
                  <input name="startsOn" className={inputClass} placeholder="dd/mm/yyyy" />
                </label>
                <label className="text-sm font-medium text-slate-800">
                  Đến ngày (để trống: theo Nghị định)
                  <input name="endsOn" className={inputClass} placeholder="dd/mm/yyyy" />
                </label>
              </div>
            </ActionForm>
          </Card>
        </div>
      )}
      <Card title="Các kỳ báo cáo" id="cac-ky">
        {home.periods.length === 0 ? (
          <EmptyState>
            {canManage
              ? "Chưa có kỳ báo cáo nào. Tạo lịch báo cáo ở trên."
              : "Chưa có kỳ báo cáo nào đơn vị phải báo cáo."}
          </EmptyState>
        ) : (
          <Table
            caption="Các kỳ báo cáo: loại, thời gian lấy số liệu, hạn nộp và tình hình nộp"
            testId="periods"
            className="min-w-[720px]"
            headClassName="text-xs uppercase"
            head={
              <>
                <Th>Kỳ</Th>
                <Th>Loại</Th>
                <Th>Số liệu từ – đến</Th>
                <Th>Hạn nộp</Th>
                <Th>{canOverview ? "Đã nộp / phải nộp" : "Báo cáo của đơn vị"}</Th>
                <Th>
                  <span className="sr-only">Thao tác</span>
                </Th>
              </>
            }
          >
            {home.periods.map((p) => (
              <tr key={p.id} data-period={p.key}>
                <th scope="row" className="font-medium">
                  {p.label} <span className="text-xs font-normal text-slate-500">({p.key})</span>
                </th>
                <td>{PERIOD_KIND_LABELS[p.kind]}</td>
                <td className="whitespace-nowrap">
                  {formatIsoDate(p.startsOn)} – {formatIsoDate(p.endsOn)}
                </td>
                <td className="whitespace-nowrap">{formatIsoDate(p.dueOn)}</td>
                <td>
                  {canOverview ? (
                    <span className="num">
                      {p.submitted} / {p.expected}
                      {p.late > 0 && <span className="ml-2 font-semibold text-brand-700">{p.late} quá hạn</span>}
                    </span>
                  ) : p.mine ? (
                    <ReportStateBadge state={p.mine.state} late={p.mine.late} />
                  ) : (
                    "—"
                  )}
                </td>
                <td className="n whitespace-nowrap">
                  {canOverview && (
                    <Link className="text-blue-800 underline" href={`/bao-cao/${p.key}`}>
                      Tình hình nộp
                    </Link>
                  )}
                  {canManage && (
                    <Link className="ml-3 text-blue-800 underline" href={`/bao-cao/${p.key}/sua`}>
                      Sửa kỳ
                    </Link>
                  )}
                  {p.mine && agencyId && (
                    <Link className="ml-3 text-blue-800 underline" href={`/bao-cao/${p.key}/${agencyId}`}>
                      Báo cáo của đơn vị
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
