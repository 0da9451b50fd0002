import { Link } from "@/components/ui/Link";
import type { FrameworkFormState } from "./form-state";

export function FrameworkResult({ state, lineLabel = "Dòng" }: { state: FrameworkFormState; lineLabel?: string }) {
  if (state.kind === "idle") return null;
  if (state.kind === "saved") {
    return (
      <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-800">
        {state.created ? "Đã tạo" : "Đã cập nhật"} Bộ Chỉ số CCHC năm {state.year}: {state.criteria} tiêu chí.{" "}
        <Link className="underline" href={`/bo-chi-so/${state.year}`}>
          Xem bộ chỉ số
        </Link>
      </p>
    );
  }
  return (
    <div role="alert" className="rounded-md border border-brand-200 bg-brand-50 p-3 text-brand-800">
      <p className="font-medium">{state.message}</p>
      {state.lines.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {state.lines.map((e, i) => (
            <li key={`${e.line}-${e.code}-${i}`}>
              {e.line > 0 ? `${lineLabel} ${e.line}: ` : ""}
              {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
