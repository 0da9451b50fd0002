// The province's restructuring events, newest first, with undo on the newest one still applied.
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, Th } from "@/components/ui/Table";
import { formatDate, formatDateTime } from "@/lib/format";
import type { EventRow } from "@/lib/restructuring/data";
import { KIND_LABELS, restructuringText as t } from "@/lib/restructuring/messages";
import type { FormState } from "@/lib/server/form-state";
import { UndoButton } from "./UndoButton";

type Props = { events: EventRow[]; undoAction: (prev: FormState, form: FormData) => Promise<FormState> };

export function EventTable({ events, undoAction }: Props) {
  if (events.length === 0) return <EmptyState>{t.noEvents}</EmptyState>;
  return (
    <Table
      caption={t.events}
      testId="restructure-events"
      className="min-w-[48rem]"
      head={
        <>
          <Th>{t.effectiveOn}</Th>
          <Th>{t.kind}</Th>
          <Th>{t.from}</Th>
          <Th>{t.to}</Th>
          <Th>{t.decision}</Th>
          <Th>{t.moved}</Th>
          <Th className="py-2">{t.status}</Th>
        </>
      }
    >
      {events.map((e) => (
        <tr key={e.id} className="align-top">
          <td className="py-2 pr-3">{formatDate(e.effectiveOn)}</td>
          <td className="py-2 pr-3">{KIND_LABELS[e.kind]}</td>
          <td className="py-2 pr-3">{e.fromNames.join("; ")}</td>
          <td className="py-2 pr-3">{e.toNames.join("; ") || t.noSuccessor}</td>
          <td className="py-2 pr-3 text-slate-700">{e.decision || "—"}</td>
          <td className="py-2 pr-3">
            {e.counts.tasksMoved} nhiệm vụ, {e.counts.usersMoved} cán bộ
          </td>
          <td className="py-2">
            {e.status === "UNDONE" ? (
              t.undoneOn(e.undoneAt ? formatDateTime(e.undoneAt) : "")
            ) : (
              <>
                <span>{t.applied}</span>
                <span className="block text-xs text-slate-600">
                  {formatDateTime(e.appliedAt)}
                  {e.appliedBy ? ` · ${e.appliedBy}` : ""}
                </span>
                {e.undoable && <UndoButton eventId={e.id} action={undoAction} />}
              </>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
