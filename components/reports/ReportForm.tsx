"use client";
import { useActionState } from "react";
// The agency's own text of its report, with the buttons its role allows: save the draft; the head approves
// (for staff to send) or sends; staff send once approved. Errors show next to the field; nothing typed is lost.
import { Button } from "@/components/ui/Button";
import { FieldError, FormMessage, fieldProps } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { type ReportFormState, saveReportAction } from "@/lib/reports/actions";
import { REPORT_TEXT } from "@/lib/reports/strings";
import type { ReportTexts } from "@/lib/reports/types";
import { idleState } from "@/lib/server/form-state";
import { FORM_TEXT } from "@/lib/tasks/strings";

const HINTS: Record<keyof ReportTexts, string> = {
  results: "Những việc đã làm được trong kỳ, kèm số liệu nếu có. Bắt buộc khi gửi.",
  shortcomings: "Những việc chưa làm được hoặc làm chưa đạt, nguyên nhân.",
  difficulties: "Vướng mắc cần UBND tỉnh, Sở Nội vụ biết hoặc tháo gỡ (được tổng hợp báo cáo UBND tỉnh).",
  proposals: "Đề xuất, kiến nghị với UBND tỉnh, Sở Nội vụ và các cơ quan liên quan.",
};

export function ReportForm(props: {
  periodId: string;
  agencyId: string;
  version: number;
  texts: ReportTexts;
  canApprove: boolean;
  canSubmit: boolean;
  isStaff: boolean;
}) {
  const [state, formAction, pending] = useActionState(saveReportAction, idleState as ReportFormState);
  return (
    <form action={formAction} aria-label="Nội dung báo cáo" data-testid="report-form" className="space-y-4">
      <input type="hidden" name="periodId" value={props.periodId} />
      <input type="hidden" name="agencyId" value={props.agencyId} />
      <input type="hidden" name="version" value={props.version} />
      <fieldset disabled={pending} className="space-y-4">
        {(Object.keys(REPORT_TEXT.fields) as (keyof ReportTexts)[]).map((name) => (
          <div key={name}>
            <label htmlFor={name} className="block text-sm font-medium text-slate-800">
              {REPORT_TEXT.fields[name]}
            </label>
            <textarea
              {...fieldProps(state, name, { hint: true })}
              rows={name === "results" ? 6 : 4}
              maxLength={20000}
              defaultValue={props.texts[name]}
              className={inputClass}
            />
            <p id={`${name}-hint`} className="mt-1 text-xs text-slate-600">
              {HINTS[name]}
            </p>
            <FieldError state={state} name={name} />
          </div>
        ))}
        <div className="flex flex-wrap gap-2">
          <Button name="intent" value="save" variant="danger">
            {pending ? FORM_TEXT.pending : "Lưu dự thảo"}
          </Button>
          {props.canApprove && (
            <Button name="intent" value="approve" variant="good">
              Lưu và duyệt cho cán bộ gửi
            </Button>
          )}
          {props.canSubmit && (
            <Button name="intent" value="submit">
              Lưu và gửi Sở Nội vụ
            </Button>
          )}
        </div>
        {props.isStaff && !props.canSubmit && (
          <p className="text-sm text-slate-600">
            Cán bộ gửi được báo cáo sau khi lãnh đạo cơ quan duyệt bản dự thảo. Sửa nội dung sau khi đã duyệt thì cần
            duyệt lại.
          </p>
        )}
      </fieldset>
      <FormMessage state={state} testId="report-form-message" />
    </form>
  );
}
