"use client";

import { type FormEvent, useActionState, useState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import { Table, Th } from "@/components/ui/Table";
import { formatDecimal } from "@/lib/format";
import { FrameworkResult } from "./FrameworkResult";
import type { FrameworkFormState } from "./form-state";

type Row = { code: string; title: string; maxPoints: string; survey: boolean };
type Action = (state: FrameworkFormState, formData: FormData) => Promise<FrameworkFormState>;
const cell = "w-full rounded border border-slate-300 px-2 py-1";

/** The whole table is edited and sent back at once, then checked exactly like an imported file. */
export function FrameworkEditForm({
  action,
  year,
  decisionNumber,
  initial,
}: {
  action: Action;
  year: number;
  decisionNumber: string | null;
  initial: Row[];
}) {
  const [state, dispatch] = useActionState(action, { kind: "idle" });
  const [pending, startTransition] = useTransition();
  const [rows, setRows] = useState<Row[]>(initial);
  const [decision, setDecision] = useState(decisionNumber ?? "");
  const set = (i: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData();
    formData.set("payload", JSON.stringify({ year, decisionNumber: decision, rows }));
    startTransition(() => dispatch(formData));
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div className="max-w-sm">
        <label htmlFor="fw-edit-decision" className="block text-sm font-medium text-slate-700">
          Quyết định ban hành
        </label>
        <input
          id="fw-edit-decision"
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
          className={cell}
          placeholder="876/QĐ-BNV"
        />
      </div>
      <Table
        caption={`Sửa bộ chỉ số năm ${year}`}
        head={
          <>
            <Th className="w-8">#</Th>
            <Th className="w-24">Mã</Th>
            <Th>Tên</Th>
            <Th className="w-28">Điểm tối đa</Th>
            <Th className="w-32">Điều tra XHH</Th>
            <Th className="w-16">
              <span className="sr-only">Xoá</span>
            </Th>
          </>
        }
      >
        {rows.map((r, i) => (
          <tr key={i} className="border-t">
            <td className="num text-slate-500">{i + 1}</td>
            <td>
              <input
                aria-label={`Mã, dòng ${i + 1}`}
                value={r.code}
                onChange={(e) => set(i, { code: e.target.value })}
                className={cell}
              />
            </td>
            <td>
              <input
                aria-label={`Tên, dòng ${i + 1}`}
                value={r.title}
                onChange={(e) => set(i, { title: e.target.value })}
                className={cell}
              />
            </td>
            <td>
              <input
                aria-label={`Điểm tối đa, dòng ${i + 1}`}
                inputMode="decimal"
                value={formatDecimal(r.maxPoints)}
                onChange={(e) => set(i, { maxPoints: e.target.value })}
                className={`${cell} num text-right`}
              />
            </td>
            <td className="text-center">
              <input
                type="checkbox"
                aria-label={`Chấm bằng điều tra xã hội học, dòng ${i + 1}`}
                checked={r.survey}
                onChange={(e) => set(i, { survey: e.target.checked })}
              />
            </td>
            <td>
              <button
                type="button"
                className="text-brand-700 underline"
                onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
              >
                Xoá
              </button>
            </td>
          </tr>
        ))}
      </Table>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() => setRows((all) => [...all, { code: "", title: "", maxPoints: "", survey: false }])}
        >
          Thêm dòng
        </Button>
        <Button disabled={pending}>Lưu bộ chỉ số</Button>
        {pending && <span className="text-sm text-slate-600">Đang kiểm tra…</span>}
      </div>
      <div aria-live="polite">
        <FrameworkResult state={state} lineLabel="Dòng" />
      </div>
    </form>
  );
}
