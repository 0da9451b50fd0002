// One labelled <select> of a plain GET filter form (the boards' filters): the current value preselected, and an
// optional first "all" option that sends an empty value (the filter is off).
import { type SelectOption, ValueOptions } from "./Options";

export function FilterSelect({
  name,
  label,
  value,
  options,
  className,
  allLabel,
}: {
  name: string;
  label: string;
  value?: string;
  options: SelectOption[];
  className?: string;
  /** the label of the "all" option; without it the select has none */
  allLabel?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 block w-full truncate rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        <ValueOptions options={options} />
      </select>
    </div>
  );
}
