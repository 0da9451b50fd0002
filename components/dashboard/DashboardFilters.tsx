// Filters as a plain GET form: works without JavaScript, and the URL is the shareable state.

import { CycleSelect } from "@/components/cycles/CyclePicker";
import { Button } from "@/components/ui/Button";
import { Link } from "@/components/ui/Link";
import type { CycleOption } from "@/lib/cycles/param";
import { dashboardText } from "@/lib/dashboard/messages";
import { formatIsoDate } from "@/lib/format";

export type PlanOption = { id: string; year: number; number: string; issuedOn: string };
export type FieldOption = { code: string; title: string };

const t = dashboardText.filters;
const control = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";

type Props = {
  plans: PlanOption[];
  planId: string;
  fields: FieldOption[];
  fieldCode: string | null;
  /** the cycle picker (components/cycles): the plan's cycles and the one shown */
  cycles: CycleOption[];
  cycle: string | null;
};

/**
 * On a phone the filters fold into one line ("Bộ lọc: năm 2020 · tất cả lĩnh vực") so the first screen shows the
 * score, the rank and the gap; from the sm breakpoint up the same form is laid out open (globals.css shows the
 * folded content and hides the summary there), so the page carries the form once.
 */
export function DashboardFilters(props: Props) {
  const plan = props.plans.find((p) => p.id === props.planId);
  const field = props.fields.find((f) => f.code === props.fieldCode);
  const cycleLabel = props.cycles.find((c) => c.key === props.cycle)?.label;
  return (
    <details
      className="filters-fold dashboard-filters rounded-lg border border-slate-200 bg-white p-3 print:hidden"
      data-testid="filters-folded"
    >
      <summary className="cursor-pointer text-sm font-medium text-slate-800">
        {t.legend}: {plan ? `năm ${plan.year}` : ""} ·{" "}
        {field ? `${t.field.toLowerCase()} ${field.code}` : t.allFields.toLowerCase()}
        {cycleLabel ? ` · ${cycleLabel.toLocaleLowerCase("vi-VN")}` : ""}
      </summary>
      <FiltersForm {...props} className="mt-3 flex sm:mt-0" />
    </details>
  );
}

function FiltersForm({ plans, planId, fields, fieldCode, cycles, cycle, className }: Props & { className: string }) {
  return (
    <form
      method="get"
      action="/bang-dieu-khien"
      className={`dashboard-filters flex-wrap items-end gap-3 print:hidden ${className}`}
      aria-label={t.legend}
    >
      <label className="min-w-64 flex-1 text-sm font-medium text-slate-700">
        {t.plan}
        <select name="ke-hoach" defaultValue={planId} className={control}>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              Năm {p.year} — Kế hoạch {p.number} ngày {formatIsoDate(p.issuedOn)}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-64 flex-1 text-sm font-medium text-slate-700">
        {t.field}
        <select name="linh-vuc" defaultValue={fieldCode ?? ""} className={control}>
          <option value="">{t.allFields}</option>
          {fields.map((f) => (
            <option key={f.code} value={f.code}>
              {f.code}. {f.title}
            </option>
          ))}
        </select>
      </label>
      {cycles.length > 0 && <CycleSelect options={cycles} current={cycle} />}
      <Button>{t.submit}</Button>
      {fieldCode && (
        <Link
          href={`/bang-dieu-khien?ke-hoach=${encodeURIComponent(planId)}`}
          className="py-2 text-sm text-blue-800 underline"
        >
          {t.reset}
        </Link>
      )}
    </form>
  );
}
