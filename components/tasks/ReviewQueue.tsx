import { ReviewItems, type ReviewItemView } from "@/components/tasks/ReviewItems";
import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { PageCount, PageHeader } from "@/components/ui/PageHeader";
import { PagedNav } from "@/components/ui/Pagination";
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
          <ReviewItems items={queue.items.map(reviewItemView)} />
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

/** Only what an item shows (called here, on the server: a client module's functions cannot be). */
function reviewItemView(item: ReviewItem): ReviewItemView {
  const { id, title, criterionCode, lostPoints, overdue, agencyId, agencyName } = item;
  const { submittedAt, submittedBy, cycleDue, recurrence, evidenceCount } = item;
  return {
    id,
    title,
    criterionCode,
    lostPoints,
    overdue,
    agencyId,
    agencyName,
    submittedAt,
    submittedBy,
    cycleDue,
    recurrence,
    evidenceCount,
  };
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
