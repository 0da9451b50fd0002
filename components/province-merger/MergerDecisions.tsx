"use client";
import { StatusBadge } from "@/components/tasks/StatusBadge";
import { Button } from "@/components/ui/Button";
// Step two: the reviewed preview. Each open task of each predecessor is carried into the successor's plan
// (the default) or closed as "không còn áp dụng" with a reason; "Áp dụng" runs the whole merger at once.
import { FieldError, useFormAction } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { Table, Th } from "@/components/ui/Table";
import { formatIsoDate } from "@/lib/format";
import { applyMergerAction } from "@/lib/province-merger/actions";
import type { MergerPreview } from "@/lib/province-merger/data";
import { MERGER_LABELS } from "@/lib/province-merger/messages";

type Task = MergerPreview["predecessors"][number]["tasks"][number];

function TaskRow({ task, state }: { task: Task; state: ReturnType<typeof useFormAction>["state"] }) {
  const reasonError = state.fieldErrors[`reason:${task.id}`]?.length ? `t-${task.id}-reason-error` : undefined;
  return (
    <tr className="align-top" data-testid="merger-task">
      <td className="py-2 pr-3">
        {task.title}
        <span className="block text-xs text-slate-600">
          Kế hoạch {task.planNumber}
          {task.criterionCode ? ` · tiêu chí ${task.criterionCode}` : ""}
        </span>
      </td>
      <td className="py-2 pr-3">{task.agencyName ?? "Chưa phân công"}</td>
      <td className="py-2 pr-3">
        <StatusBadge status={task.status} />
      </td>
      <td className="py-2 pr-3">
        <fieldset>
          <legend className="sr-only">Xử lý nhiệm vụ “{task.title}”</legend>
          {(["carry", "close"] as const).map((choice) => (
            <label key={choice} className="flex items-center gap-2 whitespace-nowrap">
              <input type="radio" name={`task:${task.id}`} value={choice} defaultChecked={choice === "carry"} />
              {MERGER_LABELS[choice]}
            </label>
          ))}
        </fieldset>
      </td>
      <td className="py-2">
        <label className="sr-only" htmlFor={`t-${task.id}-reason`}>
          Lý do không còn áp dụng
        </label>
        <input
          id={`t-${task.id}-reason`}
          name={`reason:${task.id}`}
          maxLength={500}
          placeholder="Lý do (khi không còn áp dụng)"
          className={inputClass}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError}
        />
        <FieldError state={state} name={`reason:${task.id}`} prefix={`t-${task.id}`} />
      </td>
    </tr>
  );
}

export function MergerDecisions({ preview }: { preview: MergerPreview }) {
  const { state, pending, formRef, onSubmit } = useFormAction(applyMergerAction);
  const { input } = preview;
  const taskCount = preview.predecessors.reduce((n, p) => n + p.tasks.length, 0);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5" data-testid="merger-preview">
      {input.predecessorIds.map((id) => (
        <input key={id} type="hidden" name="predecessorIds" value={id} />
      ))}
      <input type="hidden" name="successorId" value={input.successorId} />
      <input type="hidden" name="newSuccessorName" value={input.newSuccessorName} />
      <input type="hidden" name="effectiveOn" value={input.effectiveOn} />
      <input type="hidden" name="decision" value={input.decision} />
      <p>
        Sáp nhập {preview.predecessors.map((p) => p.name).join(", ")} vào tỉnh <strong>{preview.successorName}</strong>
        {preview.successorIsNew ? " (thành lập mới)" : ""} từ ngày {formatIsoDate(input.effectiveOn)} theo{" "}
        {input.decision}. Kết quả, kế hoạch và nhiệm vụ đã làm của các tỉnh cũ được giữ làm lịch sử; người dùng chuyển
        sang tỉnh {preview.successorName} và phải đăng nhập lại.
      </p>
      <p className="text-sm text-slate-700">
        {preview.targetPlan
          ? `Nhiệm vụ được chuyển sẽ vào kế hoạch số ${preview.targetPlan.number} của tỉnh ${preview.successorName}.`
          : `Tỉnh ${preview.successorName} chưa có kế hoạch: nhiệm vụ đang mở chỉ có thể đóng với lý do “không còn áp dụng”.`}{" "}
        {taskCount} nhiệm vụ đang mở.
      </p>
      {preview.predecessors.map((p) => (
        <section key={p.id} aria-labelledby={`p-${p.id}`} className="space-y-2">
          <h3 id={`p-${p.id}`} className="font-semibold">
            {p.name}: {p.tasks.length} nhiệm vụ đang mở, {p.users} người dùng
          </h3>
          {p.tasks.length > 0 && (
            <Table
              caption={`Nhiệm vụ đang mở của tỉnh ${p.name}`}
              head={
                <>
                  <Th>Nhiệm vụ</Th>
                  <Th>Cơ quan chủ trì</Th>
                  <Th>Trạng thái</Th>
                  <Th>Xử lý</Th>
                  <Th className="py-2">Lý do</Th>
                </>
              }
            >
              {p.tasks.map((t) => (
                <TaskRow key={t.id} task={t} state={state} />
              ))}
            </Table>
          )}
        </section>
      ))}
      <div aria-live="polite" className="text-sm text-brand-700" data-testid="merger-errors">
        {Object.entries(state.fieldErrors)
          .filter(([name]) => !name.startsWith("reason:"))
          .flatMap(([, messages]) => messages)
          .map((m) => (
            <p key={m}>{m}</p>
          ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button disabled={pending}>{pending ? "Đang áp dụng…" : "Áp dụng sáp nhập"}</Button>
        <p aria-live="polite" className="text-sm text-brand-700" data-testid="merger-message">
          {state.status === "error" ? state.message : ""}
        </p>
      </div>
    </form>
  );
}
