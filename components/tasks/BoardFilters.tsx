import { MergeSwitch } from "@/components/agencies/MergeToggle";
import { Button } from "@/components/ui/Button";
import { FilterSelect } from "@/components/ui/FilterSelect";
import { Link } from "@/components/ui/Link";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import type { FilterOption } from "@/lib/tasks/board";
import { BOARD_DUE_FILTERS, BOARD_ROLE_FILTERS, BOARD_SORTS, type BoardFilters as Filters } from "@/lib/tasks/schema";
import { DUE_FILTER_LABELS, ROLE_FILTER_LABELS, SORT_LABELS, TASK_TEXT } from "@/lib/tasks/strings";

// A plain GET form: works without JavaScript, keeps the filters in the URL (shareable, back button).
export function BoardFilters({
  basePath,
  filters,
  fields,
  criteria,
  criteriaAfterField = null,
  keep = {},
  merge,
}: {
  basePath: string;
  filters: Filters;
  fields: FilterOption[];
  criteria: FilterOption[];
  /** the board's number of criteria when their list waits for a field (lib/tasks/board.ts filterOptions) */
  criteriaAfterField?: number | null;
  /** parameters the form sends unchanged (the cycle) */
  keep?: Record<string, string>;
  /** "Gộp theo cơ cấu hiện tại", when the agency has predecessors: the switch's sentence and other address */
  merge?: { on: boolean; note: string; href: string };
}) {
  // the plan, the one-column list and ?gop stay chosen while the filters change; a new filter starts from page 1
  const hidden = { ...keep, view: filters.view, plan: filters.plan, status: filters.status, gop: filters.gop };
  const roles = BOARD_ROLE_FILTERS.map((value) => ({ value, label: ROLE_FILTER_LABELS[value] }));
  const dues = BOARD_DUE_FILTERS.map((value) => ({ value, label: DUE_FILTER_LABELS[value] }));
  const sorts = BOARD_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }));
  const selects = [
    { name: "field", label: TASK_TEXT.filterField, value: filters.field, options: fields, className: "w-full sm:w-56" },
    {
      name: "criterion",
      label: TASK_TEXT.filterCriterion,
      value: filters.criterion,
      options: criteria,
      className: "w-full sm:w-64",
      hint: criteriaAfterField === null ? undefined : TASK_TEXT.criteriaAfterField,
    },
    {
      name: "role",
      label: TASK_TEXT.filterRole,
      value: filters.role,
      options: roles,
      className: "w-full sm:w-48",
      noAll: true,
    },
    { name: "due", label: TASK_TEXT.filterDue, value: filters.due, options: dues, className: "w-full sm:w-56" },
    {
      name: "sort",
      label: TASK_TEXT.filterSort,
      value: filters.sort,
      options: sorts,
      className: "w-full sm:w-52",
      noAll: true,
    },
  ];
  return (
    <form
      method="get"
      action={basePath}
      aria-label={TASK_TEXT.filters}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
    >
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {filters.approval && (
        // Reached from the summary strip's "Chờ lãnh đạo cơ quan duyệt"; unticking it shows the whole board again.
        <label className="flex w-full items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="approval" value="head" defaultChecked />
          {APPROVAL_TEXT.onlyWaiting}
        </label>
      )}
      {merge && (
        <div className="w-full">
          <MergeSwitch {...merge} />
        </div>
      )}
      {selects.map((select) => (
        <FilterSelect key={select.name} {...select} allLabel={select.noAll ? undefined : TASK_TEXT.filterAll} />
      ))}
      <div className="flex gap-2">
        <Button>{TASK_TEXT.filterApply}</Button>
        <Link
          href={`${basePath}?${new URLSearchParams({ ...keep, view: filters.view, ...(filters.plan ? { plan: filters.plan } : {}) })}`}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm hover:bg-slate-50"
        >
          {TASK_TEXT.filterReset}
        </Link>
      </div>
    </form>
  );
}
