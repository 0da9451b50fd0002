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
  hint,
}: {
  name: string;
  label: string;
  value?: string;
  options: SelectOption[];
  className?: string;
  /** the label of the "all" option; without it the select has none */
  allLabel?: string;
  /** a few words after the label, part of the select's name (a line under it would break the row's alignment) */
  hint?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
        {hint && <span className="font-normal text-slate-600"> · {hint}</span>}
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
