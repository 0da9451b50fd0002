// Step one of a merger: which provinces, into which (existing or new), from when, by which decision. A GET
// form: "Xem trước" only reads, and the preview below it can be reloaded or shared as a link.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/Button";
import { NamedOptions } from "@/components/ui/Options";
import { inputClass, labelClass } from "@/components/ui/styles";
import type { ProvinceRow } from "@/lib/province-merger/data";
import { type MergerFields, MERGER_PARAMS as P } from "@/lib/province-merger/params";

type Props = { provinces: ProvinceRow[]; asked: MergerFields | null; errors: Record<string, string[]> };

function Errors({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-brand-700">
      {messages?.map((m) => (
        <p key={m} className="mt-1">
          {m}
        </p>
      ))}
    </div>
  );
}

/** One labelled control with its errors under it; the control is given its id and aria wiring. */
function Labelled({
  id,
  label,
  messages,
  children,
}: {
  id: string;
  label: string;
  messages?: string[];
  children: (aria: { id: string; "aria-invalid"?: true; "aria-describedby": string; className: string }) => ReactNode;
}) {
  const aria = {
    id,
    "aria-invalid": messages?.length ? (true as const) : undefined,
    "aria-describedby": `${id}-error`,
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children(aria)}
      <Errors id={`${id}-error`} messages={messages} />
    </div>
  );
}

export function MergerRequestForm({ provinces, asked, errors }: Props) {
  const open = provinces.filter((p) => !p.mergedInto);
  return (
    <form method="get" className="space-y-4" data-testid="merger-request">
      <input type="hidden" name={P.preview} value="1" />
      <fieldset aria-describedby="m-predecessors-error">
        <legend className={labelClass}>Các tỉnh được sáp nhập (tỉnh cũ)</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {open.map((p) => (
            <label key={p.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={P.predecessors}
                value={p.id}
                defaultChecked={asked?.predecessorIds.includes(p.id)}
              />
              {p.name}
            </label>
          ))}
        </div>
        <Errors id="m-predecessors-error" messages={errors.predecessorIds} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Labelled id="m-successor" label="Tỉnh kế thừa (tỉnh có sẵn)" messages={errors.successorId}>
          {(aria) => (
            <select {...aria} name={P.successor} defaultValue={asked?.successorId ?? ""}>
              <option value="">— Thành lập tỉnh mới (nhập tên bên cạnh) —</option>
              <NamedOptions items={open} />
            </select>
          )}
        </Labelled>
        <Labelled id="m-new-name" label="hoặc tên tỉnh mới" messages={errors.newSuccessorName}>
          {(aria) => <input {...aria} name={P.newName} defaultValue={asked?.newSuccessorName} maxLength={100} />}
        </Labelled>
        <Labelled id="m-date" label="Ngày hiệu lực" messages={errors.effectiveOn}>
          {(aria) => <input {...aria} type="date" name={P.effectiveOn} defaultValue={asked?.effectiveOn} />}
        </Labelled>
        <Labelled id="m-decision" label="Văn bản quyết định" messages={errors.decision}>
          {(aria) => <input {...aria} name={P.decision} defaultValue={asked?.decision} maxLength={200} />}
        </Labelled>
      </div>
      <Button>Xem trước</Button>
    </form>
  );
}
