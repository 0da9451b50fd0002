// Which cycle a page shows (boards, review queue, overview, dashboard): the current one (default) or a past
// one, by the query parameter `chu-ky` (lib/cycles/param.ts). `CyclePicker` is a plain GET form (works without
// JavaScript; the page's other parameters ride along as hidden fields); a page that already has a filter form
// (the dashboard) puts `CycleSelect` in it and shows `CycleNote` instead.

import { Button } from "@/components/ui/Button";
import { Link } from "@/components/ui/Link";
import { labelClass } from "@/components/ui/styles";
import { CYCLE_PARAM, type CycleOption } from "@/lib/cycles/param";
import { CYCLE_TEXT } from "@/lib/cycles/strings";

const selectClass = "mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";

/** The select alone, wrapped in its label (no id: a page may render it twice, e.g. folded and open). */
export function CycleSelect({ options, current }: { options: readonly CycleOption[]; current: string | null }) {
  return (
    <label className={labelClass}>
      {CYCLE_TEXT.label}
      <select name={CYCLE_PARAM} defaultValue={current ?? ""} className={selectClass}>
        <option value="">{CYCLE_TEXT.current}</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "Đang xem năm 2025: …" with the way back to the current cycle; nothing for the current cycle. */
export function CycleNote({
  options,
  current,
  back,
}: {
  options: readonly CycleOption[];
  current: string | null;
  back: string;
}) {
  const label = options.find((o) => o.key === current)?.label;
  if (!current || !label) return null;
  return (
    <p className="w-full text-sm text-amber-900 print:hidden" data-testid="cycle-note">
      {CYCLE_TEXT.pastNote(label)}{" "}
      <Link href={back} className="text-blue-800 underline">
        {CYCLE_TEXT.backToCurrent}
      </Link>
    </p>
  );
}

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
      <CycleSelect options={options} current={current} />
      <Button variant="secondary">{CYCLE_TEXT.submit}</Button>
      <CycleNote options={options} current={current} back={hrefWith(basePath, kept)} />
    </form>
  );
}

export function hrefWith(basePath: string, params: [string, string][]): string {
  return params.length ? `${basePath}?${new URLSearchParams(params).toString()}` : basePath;
}
