import { Button } from "@/components/ui/Button";
import { FilterSelect } from "@/components/ui/FilterSelect";
import { formatDate } from "@/lib/format";
import type { BoardPlan } from "@/lib/tasks/data";
import type { BoardFilters } from "@/lib/tasks/schema";
import { TASK_TEXT } from "@/lib/tasks/strings";

/**
 * Which plan the board shows (one at a time, the newest by default): a plain GET form that keeps the view, the
 * role, the sort and the page's other parameters (the cycle), and drops the filters tied to the old plan.
 */
export function PlanPicker({
  basePath,
  plans,
  current,
  filters,
  keep,
}: {
  basePath: string;
  plans: BoardPlan[];
  current: BoardPlan | null;
  filters: BoardFilters;
  keep: Record<string, string>;
}) {
  if (plans.length < 2)
    return current ? (
      <p className="text-sm text-slate-700" data-testid="board-plan">
        {TASK_TEXT.planPicker}: {current.number} ({formatDate(current.issuedOn)})
      </p>
    ) : null;
  const hidden = {
    ...keep,
    view: filters.view,
    role: filters.role,
    sort: filters.sort,
    ...(filters.gop && { gop: filters.gop }),
  };
  return (
    <form method="get" action={basePath} className="flex flex-wrap items-end gap-2" data-testid="plan-picker">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FilterSelect
        name="plan"
        label={TASK_TEXT.planPicker}
        value={current?.id}
        options={plans.map((p) => ({ value: p.id, label: TASK_TEXT.planOption(p.number, p.tasks) }))}
        className="w-full sm:w-80"
      />
      <Button variant="secondary">{TASK_TEXT.planPickerGo}</Button>
    </form>
  );
}
