// Step one of a merger: which provinces, into which (existing or new), from when, by which decision. A GET
// form: "Xem trước" only reads, and the preview below it can be reloaded or shared as a link.
import { Button } from "@/components/ui/Button";
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

export function MergerRequestForm({ provinces, asked, errors }: Props) {
  const open = provinces.filter((p) => !p.mergedInto);
  const invalid = (name: string) => (errors[name]?.length ? true : undefined);
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
        <div>
          <label htmlFor="m-successor" className={labelClass}>
            Tỉnh kế thừa (tỉnh có sẵn)
          </label>
          <select
            id="m-successor"
            name={P.successor}
            defaultValue={asked?.successorId ?? ""}
            className={inputClass}
            aria-invalid={invalid("successorId")}
            aria-describedby="m-successor-error"
          >
            <option value="">— Thành lập tỉnh mới (nhập tên bên cạnh) —</option>
            {open.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <Errors id="m-successor-error" messages={errors.successorId} />
        </div>
        <div>
          <label htmlFor="m-new-name" className={labelClass}>
            hoặc tên tỉnh mới
          </label>
          <input
            id="m-new-name"
            name={P.newName}
            defaultValue={asked?.newSuccessorName}
            maxLength={100}
            className={inputClass}
            aria-invalid={invalid("newSuccessorName")}
            aria-describedby="m-new-name-error"
          />
          <Errors id="m-new-name-error" messages={errors.newSuccessorName} />
        </div>
        <div>
          <label htmlFor="m-date" className={labelClass}>
            Ngày hiệu lực
          </label>
          <input
            id="m-date"
            type="date"
            name={P.effectiveOn}
            defaultValue={asked?.effectiveOn}
            className={inputClass}
            aria-invalid={invalid("effectiveOn")}
            aria-describedby="m-date-error"
          />
          <Errors id="m-date-error" messages={errors.effectiveOn} />
        </div>
        <div>
          <label htmlFor="m-decision" className={labelClass}>
            Văn bản quyết định
          </label>
          <input
            id="m-decision"
            name={P.decision}
            defaultValue={asked?.decision}
            maxLength={200}
            className={inputClass}
            aria-invalid={invalid("decision")}
            aria-describedby="m-decision-error"
          />
          <Errors id="m-decision-error" messages={errors.decision} />
        </div>
      </div>
      <Button>Xem trước</Button>
    </form>
  );
}
