import { Button } from "@/components/ui/Button";
import { Link } from "@/components/ui/Link";
import { type SelectOption, ValueOptions } from "@/components/ui/Options";
import { inputClass, labelClass } from "@/components/ui/styles";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";

type Select = { name: string; label: string; value: string; options: SelectOption[] };
type Status = "active" | "inactive" | "all";

/** The status select (`tt`) of an admin list, the list's default first. */
export function statusSelect(value: Status, fallback: Status, label: string, labels: Record<Status, string>): Select {
  const order: Status[] = [fallback, ...(["active", "inactive", "all"] as const).filter((s) => s !== fallback)];
  return { name: "tt", label, value, options: order.map((s) => ({ value: s, label: labels[s] })) };
}

/** A GET form: filters live in the URL, so they survive reloads and can be shared. */
export function ListFilter({
  action,
  q,
  qLabel,
  selects,
}: {
  action: string;
  q?: string;
  qLabel: string;
  selects: Select[];
}) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      className="flex flex-wrap items-end gap-3"
      data-testid="list-filter"
    >
      <div className="min-w-56 flex-1">
        <label htmlFor="filter-q" className={labelClass}>
          {qLabel}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={q} className={inputClass} />
      </div>
      {selects.map((s) => (
        <div key={s.name}>
          <label htmlFor={`filter-${s.name}`} className={labelClass}>
            {s.label}
          </label>
          <select id={`filter-${s.name}`} name={s.name} defaultValue={s.value} className={inputClass}>
            <ValueOptions options={s.options} />
          </select>
        </div>
      ))}
      <Button variant="secondary">{t.filter}</Button>
      <Link href={action} className="py-1.5 text-sm text-blue-800 underline">
        {t.clearFilter}
      </Link>
    </form>
  );
}
