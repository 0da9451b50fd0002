import { HistoricAgency, SuccessorLink } from "@/components/agencies/HistoricAgency";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { Pagination } from "@/components/ui/Pagination";
import type { AuditEntry, AuditPage } from "@/lib/audit/data";
import { auditText as t } from "@/lib/audit/labels";
import { formatDateTime } from "@/lib/format";
import { firstParam, type SearchParams } from "@/lib/search-params";

const SUBJECT_LINKS: Record<string, (id: string) => string> = {
  Agency: (id) => `/nhat-ky/co-quan/${id}`,
  Task: (id) => `/nhat-ky/nhiem-vu/${id}`,
};

function Subject({ entry, linkSubjects }: { entry: AuditEntry; linkSubjects: boolean }) {
  if (!entry.subject) return null;
  const href = linkSubjects ? SUBJECT_LINKS[entry.entity]?.(entry.entityId) : undefined;
  return (
    <>
      :{" "}
      {href ? (
        <Link href={href} className="text-blue-800 underline">
          {entry.subject}
        </Link>
      ) : (
        <span>«{entry.subject}»</span>
      )}
      <SuccessorLink successor={entry.subjectSuccessor} />
    </>
  );
}

/** Newest first; each change reads "Trường: trước → sau". */
export function AuditList({ entries, linkSubjects = true }: { entries: AuditEntry[]; linkSubjects?: boolean }) {
  if (entries.length === 0) return <EmptyState>{t.none}</EmptyState>;
  return (
    <ol className="divide-y divide-slate-100" data-testid="audit-list">
      {entries.map((e) => (
        <li key={e.id} className="py-3 text-sm" data-testid="audit-entry">
          <p className="flex flex-wrap gap-x-2 text-slate-600">
            <time dateTime={e.createdAt.toISOString()} className="num font-medium text-slate-800">
              {formatDateTime(e.createdAt)}
            </time>
            <span>·</span>
            <span>{e.actor ?? t.system}</span>
          </p>
          <p className="mt-0.5 font-semibold text-slate-900">
            {e.actionLabel}
            <span className="font-normal">
              <Subject entry={e} linkSubjects={linkSubjects} />
            </span>
          </p>
          {e.agency && (
            <p className="mt-0.5 text-slate-600" data-testid="audit-agency">
              {t.agencyThen}: <HistoricAgency agency={e.agency} />
            </p>
          )}
          {e.changes.length > 0 && (
            <ul className="mt-1 space-y-0.5">
              {e.changes.map((c) => (
                <li key={c.field} className="break-words">
                  <span className="text-slate-600">{c.label}:</span>{" "}
                  {c.before !== null && (
                    <>
                      <span className="text-slate-500 line-through decoration-slate-300">{c.before}</span> →{" "}
                    </>
                  )}
                  <span className="font-medium">{c.after ?? t.empty}</span>
                </li>
              ))}
            </ul>
          )}
          {e.note && <p className="mt-1 text-xs text-slate-500">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}

/** Keyset paging: forward to older rows, or back to the newest page; the page's other parameters stay. */
export function AuditPager({
  basePath,
  params,
  nextCursor,
}: {
  basePath: string;
  params: SearchParams;
  nextCursor: string | null;
}) {
  return (
    <Pagination
      label="Phân trang nhật ký"
      basePath={basePath}
      params={params}
      previous={firstParam(params.sau) ? { label: t.first, change: { sau: undefined } } : null}
      next={nextCursor ? { label: t.next, change: { sau: nextCursor }, testId: "audit-next" } : null}
    />
  );
}

/** One page of a log in its card, with the paging under it (the province's, an agency's, a task's). */
export function AuditCard({
  page,
  basePath,
  params,
  linkSubjects,
}: {
  page: AuditPage;
  basePath: string;
  params: SearchParams;
  linkSubjects?: boolean;
}) {
  return (
    <Card>
      <AuditList entries={page.entries} linkSubjects={linkSubjects} />
      <AuditPager basePath={basePath} params={params} nextCursor={page.nextCursor} />
    </Card>
  );
}
