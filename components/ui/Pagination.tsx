// Server-rendered paging links of a list: each link changes only the paging parameter and keeps every other
// parameter of the page (its filters), so paging never drops what the user chose. Works without JavaScript.
import type { ReactNode } from "react";
import { Link } from "@/components/ui/Link";
import { hrefWith, type ParamChange, type SearchParams } from "@/lib/search-params";

export type PageLink = { label: string; change: ParamChange; testId?: string };

export function Pagination({
  label,
  basePath,
  params,
  previous,
  next,
  status,
}: {
  /** the <nav>'s name for screen readers */
  label: string;
  basePath: string;
  /** the page's current parameters */
  params: SearchParams;
  /** absent on the first page */
  previous?: PageLink | null;
  /** absent on the last page */
  next?: PageLink | null;
  /** e.g. "Trang 2/5", between the links */
  status?: ReactNode;
}) {
  if (!previous && !next) return null;
  const link = (to: PageLink) => (
    <Link href={hrefWith(basePath, params, to.change)} className="text-blue-800 underline" data-testid={to.testId}>
      {to.label}
    </Link>
  );
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-4 text-sm">
      {previous ? link(previous) : <span />}
      {status && <span className="num text-slate-600">{status}</span>}
      {next ? link(next) : <span />}
    </nav>
  );
}

/**
 * The pager of a numbered list: "previous" and "next" move the page parameter `param` (absent on page 1), the
 * status says "Trang n/m". `nextTestId` names the next link for the journeys that page through.
 */
export function PagedNav({
  label,
  basePath,
  params,
  param,
  page,
  pageCount,
  text,
  nextTestId,
}: {
  label: string;
  basePath: string;
  params: SearchParams;
  param: string;
  page: number;
  pageCount: number;
  text: { previous: string; next: string; pageOf: (page: number, count: number) => string };
  nextTestId?: string;
}) {
  const at = (n: number): ParamChange => ({ [param]: n > 1 ? String(n) : undefined });
  return (
    <Pagination
      label={label}
      basePath={basePath}
      params={params}
      previous={page > 1 ? { label: text.previous, change: at(page - 1) } : null}
      next={page < pageCount ? { label: text.next, change: at(page + 1), testId: nextTestId } : null}
      status={text.pageOf(page, pageCount)}
    />
  );
}
