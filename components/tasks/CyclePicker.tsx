// Which cycle a board shows: the current one (default) or a past one, by the query parameter `chu-ky`.
import type { CycleOption } from "@/lib/cycles/board";

export function CyclePicker({
  options,
  current,
  basePath,
}: {
  options: CycleOption[];
  current: string | null;
  basePath: string;
}) {
  if (options.length === 0) return null;
  return (
    <form
      method="get"
      action={basePath}
      className="flex flex-wrap items-end gap-2"
      aria-label="Chọn chu kỳ"
      data-testid="cycle-picker"
    >
      <label className="text-sm font-medium text-slate-800">
        Chu kỳ
        <select
          name="chu-ky"
          defaultValue={current ?? ""}
          className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          <option value="">Chu kỳ hiện tại</option>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md border border-brand-700 bg-white px-3 py-2 text-sm font-semibold text-brand-700"
      >
        Xem
      </button>
      {current && (
        <p className="w-full text-sm text-amber-900">
          Đang xem chu kỳ đã qua: chỉ các nhiệm vụ định kỳ có chu kỳ này, trạng thái của chu kỳ đó.
        </p>
      )}
    </form>
  );
}
