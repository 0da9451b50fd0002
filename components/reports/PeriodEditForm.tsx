"use client";
import { useActionState } from "react";
import { ReportsCrumb } from "@/components/reports/ReportsCrumb";
// Sở Nội vụ's edit of one reporting period. Dates as dd/mm/yyyy; the server refuses a deadline before the
// period starts, an end before the start and an overlap with another period of the same kind.
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { FieldError, FormMessage, fieldProps } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { formatIsoDate } from "@/lib/format";
import { type ReportFormState, updatePeriodAction } from "@/lib/reports/actions";
import type { PeriodEdit } from "@/lib/reports/data";
import { idleState } from "@/lib/server/form-state";
import { FORM_TEXT } from "@/lib/tasks/strings";

const DATE_FIELDS = [
  ["startsOn", "Số liệu từ ngày"],
  ["endsOn", "Số liệu đến ngày"],
  ["dueOn", "Hạn nộp báo cáo"],
] as const;

export function PeriodEditForm({ edit }: { edit: PeriodEdit }) {
  const [state, formAction, pending] = useActionState(updatePeriodAction, idleState as ReportFormState);
  const { period } = edit;
  return (
    <div className="space-y-5">
      <header>
        <ReportsCrumb />
        <h1 className="mt-1 text-xl font-bold sm:text-2xl">Sửa kỳ báo cáo {period.label}</h1>
      </header>
      <form
        action={formAction}
        aria-label={`Sửa kỳ báo cáo ${period.label}`}
        data-testid="period-form"
        className="space-y-4"
      >
        <input type="hidden" name="periodId" value={period.id} />
        <fieldset disabled={pending} className="space-y-4">
          <Card title="Thời gian" id="thoi-gian">
            <div className="grid gap-3 sm:grid-cols-3">
              {DATE_FIELDS.map(([name, label]) => (
                <div key={name}>
                  <label htmlFor={name} className="block text-sm font-medium text-slate-800">
                    {label}
                  </label>
                  <input
                    {...fieldProps(state, name)}
                    defaultValue={formatIsoDate(period[name])}
                    placeholder="dd/mm/yyyy"
                    className={inputClass}
                  />
                  <FieldError state={state} name={name} />
                </div>
              ))}
            </div>
          </Card>
          <Card title="Cơ quan phải báo cáo" id="co-quan">
            <p className="mb-2 text-sm text-slate-600">
              Mặc định: mọi cơ quan chủ trì ít nhất một nhiệm vụ của kế hoạch (đánh dấu *).
            </p>
            <FieldError state={state} name="agencyIds" />
            <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
              {edit.agencies.map((a) => (
                <li key={a.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" name="agencyIds" value={a.id} defaultChecked={a.asked} className="mt-1" />
                    <span>
                      {a.name}
                      {a.leadsTasks && " *"}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </Card>
          <Button>{pending ? FORM_TEXT.pending : "Lưu kỳ báo cáo"}</Button>
        </fieldset>
        <FormMessage state={state} testId="period-form-message" />
      </form>
    </div>
  );
}
