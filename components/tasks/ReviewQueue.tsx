import Link from "next/link";
import { OverdueBadge } from "@/components/tasks/StatusBadge";
import { CriterionTag, DueText, taskHref } from "@/components/tasks/TaskCard";
import { ButtonLink } from "@/components/ui/ButtonLink";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageCount, PageHeader } from "@/components/ui/PageHeader";
import { PagedNav } from "@/components/ui/Pagination";
import { formatDateTime } from "@/lib/format";
import type { SearchParams } from "@/lib/search-params";
import type { ReviewQueue as Queue, ReviewItem } from "@/lib/tasks/data";
import { ASSIGN_TEXT, REVIEW_TEXT } from "@/lib/tasks/strings";

/** The queue, REVIEW_PAGE_SIZE per page; `params`: the page's query (the cycle), kept by the paging links. */
export function ReviewQueue({ queue, params }: { queue: Queue; params: SearchParams }) {
  return (
    <div className="space-y-6">
      <PageHeader title={REVIEW_TEXT.title} intro={REVIEW_TEXT.intro}>
        <PageCount testId="review-count">{REVIEW_TEXT.count(queue.total)}</PageCount>
      </PageHeader>
      {queue.items.length === 0 ? (
        <EmptyState boxed testId="review-empty">
          {REVIEW_TEXT.empty}
        </EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="review-queue">
          {queue.items.map((item) => (
            <QueueItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      <PagedNav
        label={REVIEW_TEXT.pagination}
        basePath="/duyet"
        params={params}
        param="trang"
        page={queue.page}
        pageCount={queue.pageCount}
        text={REVIEW_TEXT}
        nextTestId="review-next"
      />
      {queue.unassigned.total > 0 && <Unassigned {...queue.unassigned} />}
    </div>
  );
}

function QueueItem({ item }: { item: ReviewItem }) {
  return (
    <li
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="review-item"
      data-task-id={item.id}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CriterionTag code={item.criterionCode} lostPoints={item.lostPoints} />
        {item.overdue && <OverdueBadge />}
      </div>
      <h2 className="mt-2 font-medium text-slate-900">{item.title}</h2>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-600">{REVIEW_TEXT.agency}: </dt>
          <dd className="inline">
            {item.agencyId ? (
              <Link href={`/co-quan/${item.agencyId}`} className="text-blue-800 underline">
                {item.agencyName}
              </Link>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">{REVIEW_TEXT.submittedAt}: </dt>
          <dd className="inline">
            {item.submittedAt ? `${formatDateTime(item.submittedAt)} · ${item.submittedBy ?? ""}` : "—"}
          </dd>
        </div>
      </dl>
      <p className="mt-1 text-sm text-slate-700">
        <DueText cycleDue={item.cycleDue} overdue={item.overdue} recurrence={item.recurrence} /> ·{" "}
        {REVIEW_TEXT.evidenceCount(item.evidenceCount)}
      </p>
      <ButtonLink className="mt-3" href={taskHref(item.id, "/duyet")}>
        {REVIEW_TEXT.open}
      </ButtonLink>
    </li>
  );
}

/** The duties still to assign have their own page (filter, bulk assign, deadline); the queue links to it. */
function Unassigned({ total, overdue }: Queue["unassigned"]) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="unassigned">
      <h2 className="text-base font-semibold text-slate-800">
        <Link href="/duyet/giao-viec" className="text-blue-800 underline" data-testid="unassigned-link">
          {ASSIGN_TEXT.linkFromReview(total)}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-slate-600">{REVIEW_TEXT.unassignedIntro(overdue)}</p>
    </section>
  );
}
