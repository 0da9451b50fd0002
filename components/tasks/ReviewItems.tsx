"use client";
import { OverdueBadge } from "@/components/tasks/StatusBadge";
import { CriterionTag, DueText, taskHref } from "@/components/tasks/TaskCard";
import { ButtonLink } from "@/components/ui/ButtonLink";
// The review queue's items, drawn from compact props: each item's fields travel once in the RSC payload instead of
// as the element tree of its card (the same reason as the board's BoardColumns). No state.
import { Link } from "@/components/ui/Link";
import { formatDateTime } from "@/lib/format";
import type { ReviewItem } from "@/lib/tasks/data";
import { REVIEW_TEXT } from "@/lib/tasks/strings";

/** What an item of the queue shows. */
export type ReviewItemView = Pick<
  ReviewItem,
  | "id"
  | "title"
  | "criterionCode"
  | "lostPoints"
  | "overdue"
  | "agencyId"
  | "agencyName"
  | "submittedAt"
  | "submittedBy"
  | "cycleDue"
  | "recurrence"
  | "evidenceCount"
>;

export function ReviewItems({ items }: { items: ReviewItemView[] }) {
  return items.map((item) => (
    <li
      key={item.id}
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
  ));
}
