import { SuccessorLink } from "@/components/agencies/HistoricAgency";
import { cycleLabel } from "@/components/tasks/TaskCycles";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { isPreviewable } from "@/lib/evidence/rules";
import { formatDateTime, formatSize } from "@/lib/format";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import type { HistoryEntry } from "@/lib/tasks/data";
import { HISTORY_TEXT, STATUS_LABELS } from "@/lib/tasks/strings";

/** Who, when, old → new, note and evidence of every update, newest first. */
export function TaskHistory({ entries, canDownload }: { entries: HistoryEntry[]; canDownload: boolean }) {
  return (
    <Card title={HISTORY_TEXT.title} id="history">
      {entries.length === 0 ? (
        <EmptyState>{HISTORY_TEXT.empty}</EmptyState>
      ) : (
        <ol className="space-y-4" data-testid="task-history">
          {entries.map((entry) => (
            <li key={entry.id} className="border-l-2 border-slate-300 pl-3" data-testid="history-entry">
              <p className="text-sm">
                <strong>{entry.by}</strong>
                {entry.byAgency && (
                  <span className="text-slate-600" data-testid="history-agency">
                    {" "}
                    ({entry.byAgency}
                    <SuccessorLink successor={entry.byAgencySuccessor} />)
                  </span>
                )}
                {entry.approvedBy && (
                  <span className="text-slate-700" data-testid="history-approved-by">
                    {" "}
                    · {APPROVAL_TEXT.approvedBy(entry.approvedBy)}
                  </span>
                )}
                <span className="text-slate-600">
                  {" "}
                  · <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
                </span>
                {entry.cycleKey && entry.cycleKey !== "once" && (
                  <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-700">
                    {cycleLabel(entry.cycleKey)}
                  </span>
                )}
              </p>
              <Change entry={entry} />
              {entry.note && <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{entry.note}</p>}
              {entry.evidence.length > 0 && <EvidenceList entry={entry} canDownload={canDownload} />}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function Change({ entry }: { entry: HistoryEntry }) {
  if (!entry.toStatus && entry.progress === null) return null;
  return (
    <p className="mt-1 text-sm text-slate-700">
      {entry.fromStatus && entry.toStatus && (
        <span>
          {STATUS_LABELS[entry.fromStatus]}{" "}
          <span role="img" aria-label="sang">
            →
          </span>{" "}
          <strong>{STATUS_LABELS[entry.toStatus]}</strong>
        </span>
      )}
      {entry.toStatus && entry.progress !== null && " · "}
      {entry.progress !== null && HISTORY_TEXT.progress(entry.progress)}
    </p>
  );
}

function EvidenceList({ entry, canDownload }: { entry: HistoryEntry; canDownload: boolean }) {
  return (
    <ul className="mt-2 space-y-1 text-sm" aria-label={HISTORY_TEXT.evidence}>
      {entry.evidence.map((e) => (
        <li key={e.id} className="flex flex-wrap items-center gap-2">
          <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-600">
            {e.kind === "file" ? HISTORY_TEXT.file : HISTORY_TEXT.link}
          </span>
          {e.kind === "link" && e.url ? (
            <a
              href={e.url}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="break-all text-blue-800 underline"
            >
              {e.url}
            </a>
          ) : canDownload ? (
            <a href={`/api/evidence/${e.id}`} className="text-blue-800 underline" data-testid="evidence-link" download>
              {e.fileName}
            </a>
          ) : (
            <span>{e.fileName}</span>
          )}
          {e.sizeBytes !== null && <span className="num text-xs text-slate-600">({formatSize(e.sizeBytes)})</span>}
          {canDownload && e.kind === "file" && <Preview id={e.id} fileName={e.fileName ?? ""} mimeType={e.mimeType} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * PDF and images open in the page (the file is served inline only for these sniffed types, framed only by this
 * site); anything else stays a download. Closed by default so a long history does not load every file.
 */
function Preview({ id, fileName, mimeType }: { id: string; fileName: string; mimeType: string | null }) {
  if (!mimeType || !isPreviewable(mimeType)) return null;
  const src = `/api/evidence/${id}?xem=1`;
  return (
    <details className="w-full" data-testid="evidence-preview">
      <summary className="cursor-pointer text-xs font-medium text-blue-800">{HISTORY_TEXT.preview}</summary>
      {mimeType === "application/pdf" ? (
        <iframe
          src={src}
          title={HISTORY_TEXT.previewOf(fileName)}
          className="mt-2 h-[70vh] w-full rounded border border-slate-300"
        />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- a private, per-user file: not for the image optimiser
        <img
          src={src}
          alt={HISTORY_TEXT.previewOf(fileName)}
          className="mt-2 max-h-[70vh] max-w-full rounded border border-slate-300"
        />
      )}
    </details>
  );
}
