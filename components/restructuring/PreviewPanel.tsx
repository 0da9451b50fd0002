"use client";
// The preview of an event: why it cannot be applied yet, the counts of what moves, and each open item with its
// successor (a choice per item for a split, the proposal preselected for Sở Nội vụ to confirm).
import { inputClass } from "@/components/ui/styles";
import { restructuringText as t } from "@/lib/restructuring/messages";
import type { PreviewView } from "@/lib/restructuring/view";
import type { FormState } from "@/lib/server/form-state";

type Props = {
  state: FormState<PreviewView>;
  toNames: string[];
  choices: Record<string, number>;
  onChoose: (key: string, index: number) => void;
};

export function PreviewPanel({ state, toNames, choices, onChoose }: Props) {
  const view = state.data;
  if (state.status === "idle") return null;
  return (
    <section
      aria-live="polite"
      data-testid="restructure-preview"
      className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
    >
      {state.status === "error" && (
        <ul className="list-disc pl-5 text-sm text-brand-700" data-testid="restructure-errors">
          {(view?.errors.length ? view.errors : [state.message]).map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {view && (
        <>
          <h3 className="text-sm font-semibold">
            {t.previewTitle}: {view.from.join("; ")} → {view.to.join("; ") || t.noSuccessor}
          </h3>
          <ul className="list-disc pl-5 text-sm" data-testid="restructure-counts">
            {t.counts(view.counts).map((line) => (
              <li key={line}>{line}</li>
            ))}
            <li>{t.points(view.points)}</li>
          </ul>
          {view.split && view.items.length > 0 && (
            <ul className="max-h-96 space-y-2 overflow-y-auto text-sm" data-testid="split-items">
              {view.items.map((item) => (
                <li key={item.key} className="grid gap-1 sm:grid-cols-[1fr_16rem]">
                  <span>
                    <span className="font-medium">{item.kind}:</span> {item.label}
                  </span>
                  <select
                    aria-label={`${t.chooseSuccessor}: ${item.label}`}
                    className={inputClass}
                    value={String(choices[item.key] ?? "")}
                    onChange={(e) => onChoose(item.key, Number(e.target.value))}
                  >
                    <option value="">{t.notChosen}</option>
                    {toNames.map((name, i) => (
                      <option key={name} value={String(i)}>
                        {name} {item.proposed === i ? t.proposed : ""}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
