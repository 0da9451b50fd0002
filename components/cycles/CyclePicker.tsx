// Which cycle a page shows (boards, review queue, overview, dashboard): the current one (default) or a past
// one, by the query parameter `chu-ky` (lib/cycles/param.ts). A plain GET form, so it works without
// JavaScript; the page's other parameters (plan, filters) ride along as hidden fields.
import Link from "next/link";
import { inputClass, labelClass, secondaryButton } from "@/components/ui/styles";
import { CYCLE_PARAM, type CycleOption } from "@/lib/cycles/param";
import { CYCLE_TEXT } from "@/lib/cycles/strings";

type Props = {
  options: readonly CycleOption[];
  current: string | null;
  basePath: string;
  /** other query parameters to keep when the cycle changes */
  keep?: Record<string, string | null | undefined>;
};

export function CyclePicker({ options, current, basePath, keep = {} }: Props) {
  if (options.length === 0) return null;
  const kept = Object.entries(keep).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== CYCLE_PARAM);
  const label = options.find((o) => o.key === current)?.label;
  const back = kept.length ? `${basePath}?${new URLSearchParams(kept).toString()}` : basePath;
  return (
    <form
      method="get"
      action={basePath}
      className="flex flex-wrap items-end gap-2 print:hidden"
      aria-label={CYCLE_TEXT.legend}
      data-testid="cycle-picker"
    >
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor={`cycle-${basePath}`} className={labelClass}>
          {CYCLE_TEXT.label}
        </label>
        <select id={`cycle-${basePath}`} name={CYCLE_PARAM} defaultValue={current ?? ""} className={inputClass}>
          <option value="">{CYCLE_TEXT.current}</option>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={secondaryButton}>
        {CYCLE_TEXT.submit}
      </button>
      {current && label && (
        <p className="w-full text-sm text-amber-900" data-testid="cycle-note">
          {CYCLE_TEXT.pastNote(label)}{" "}
          <Link href={back} className="text-blue-800 underline">
            {CYCLE_TEXT.backToCurrent}
          </Link>
        </p>
      )}
    </form>
  );
}
