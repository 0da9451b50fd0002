"use client";

import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { useFormAction } from "@/components/ui/form";
import { Table, Th } from "@/components/ui/Table";
import { formatDecimal } from "@/lib/format";
import type { FormState } from "@/lib/server/form-state";

type Row = { code: string; title: string; level: string; maxPoints: string; value: string };
type Action = (state: FormState, form: FormData) => Promise<FormState>;
const input = "w-28 rounded border border-slate-300 px-2 py-1 text-right";

export function PublishedResultForm({
  action,
  year,
  rankOf,
  totalScore,
  rank,
  rows,
}: {
  action: Action;
  year: number;
  rankOf: number;
  totalScore: string;
  rank: number | null;
  rows: Row[];
}) {
  const { state, pending, onSubmit } = useFormAction(action);
  const [mode, setMode] = useState<"points" | "percent">("points");
  const errors = Object.values(state.fieldErrors).flat();
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="year" value={year} />
      <div className="flex flex-wrap items-end gap-4">
        <label className="text-sm">
          Tổng điểm công bố
          <input
            name="totalScore"
            inputMode="decimal"
            defaultValue={formatDecimal(totalScore)}
            className={`block ${input}`}
          />
        </label>
        <label className="text-sm">
          Thứ hạng (trên {rankOf} tỉnh, thành phố)
          <input name="rank" inputMode="numeric" defaultValue={rank ?? ""} className={`block ${input}`} />
        </label>
        <fieldset className="text-sm">
          <legend>Kết quả từng tiêu chí được công bố theo</legend>
          <label className="mr-3">
            <input
              type="radio"
              name="mode"
              value="points"
              checked={mode === "points"}
              onChange={() => setMode("points")}
            />{" "}
            điểm
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              value="percent"
              checked={mode === "percent"}
              onChange={() => setMode("percent")}
            />{" "}
            % điểm tối đa
          </label>
        </fieldset>
      </div>
      <Table
        caption={`Kết quả công bố năm ${year} theo tiêu chí`}
        head={
          <>
            <Th>Mã</Th>
            <Th>Tiêu chí</Th>
            <Th numeric>Điểm tối đa</Th>
            <Th numeric>{mode === "points" ? "Điểm đạt" : "% đạt"}</Th>
          </>
        }
      >
        {rows.map((r) => (
          <tr key={r.code} className={`border-t ${r.level === "FIELD" ? "font-semibold" : ""}`}>
            <td className="num">{r.code}</td>
            <td>{r.title}</td>
            <td className="n">{formatDecimal(r.maxPoints)}</td>
            <td className="n">
              <input
                aria-label={`Kết quả tiêu chí ${r.code}`}
                name={`v:${r.code}`}
                inputMode="decimal"
                defaultValue={formatDecimal(r.value)}
                className={input}
              />
            </td>
          </tr>
        ))}
      </Table>
      <p className="text-sm text-slate-600">
        Để trống tiêu chí chưa có kết quả; tiêu chí cha để trống được cộng từ các tiêu chí con khi đủ.
      </p>
      <Button disabled={pending}>Lưu kết quả công bố</Button>
      <div aria-live="polite">
        {state.status === "error" && (
          <div role="alert" className="text-brand-700">
            <p>{state.message}</p>
            <ul className="list-disc pl-5 text-sm">
              {errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </form>
  );
}
