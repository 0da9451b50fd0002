import { Button } from "@/components/ui/Button";
import { inputClass, labelClass } from "@/components/ui/styles";
import { AGENCY_KIND_LABELS, AGENCY_KINDS, type AgencyKind } from "@/lib/agency-admin/labels";
import { CYCLE_PARAM } from "@/lib/cycles/param";
import { formatDate } from "@/lib/format";
import type { OverviewPlan } from "@/lib/overview/data";
import { overviewText as t } from "@/lib/overview/labels";
import { OVERVIEW_SORTS, type OverviewSort } from "@/lib/overview/rows";

type Props = {
  plans: OverviewPlan[];
  planId: string;
  kind: AgencyKind | null;
  sort: OverviewSort;
  /** the cycle shown (the cycle picker's), kept when the filters change */
  cycle?: string | null;
  /** "Gộp theo cơ cấu hiện tại" is on (?gop=1), kept when the filters change */
  merge?: boolean;
};

/** A GET form (works without JavaScript; the URL can be shared): plan, kind of agency, order. */
export function OverviewFilters({ plans, planId, kind, sort, cycle, merge = false }: Props) {
  return (
    <form method="get" action="/tien-do" className="flex flex-wrap items-end gap-3" data-testid="overview-filters">
      {cycle && <input type="hidden" name={CYCLE_PARAM} value={cycle} />}
      {merge && <input type="hidden" name="gop" value="1" />}
      {plans.length > 1 && (
        <div>
          <label htmlFor="ov-plan" className={labelClass}>
            {t.choosePlan}
          </label>
          <select id="ov-plan" name="ke-hoach" defaultValue={planId} className={inputClass}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {t.plan(p.number, formatDate(p.issuedOn))}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="ov-kind" className={labelClass}>
          {t.kind}
        </label>
        <select id="ov-kind" name="loai" defaultValue={kind ?? ""} className={inputClass}>
          <option value="">{t.allKinds}</option>
          {AGENCY_KINDS.map((k) => (
            <option key={k} value={k}>
              {AGENCY_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="ov-sort" className={labelClass}>
          {t.sort}
        </label>
        <select id="ov-sort" name="sap-xep" defaultValue={sort} className={inputClass}>
          {Object.entries(OVERVIEW_SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary">{t.apply}</Button>
    </form>
  );
}
