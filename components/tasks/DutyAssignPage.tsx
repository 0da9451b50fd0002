import { DutyAssigner } from "@/components/tasks/DutyAssigner";
import { Button } from "@/components/ui/Button";
import { ButtonLink } from "@/components/ui/ButtonLink";
import { Link } from "@/components/ui/Link";
import { PagedNav } from "@/components/ui/Pagination";
import { inputClass, labelClass } from "@/components/ui/styles";
import { hrefWith, type SearchParams } from "@/lib/search-params";
import type { AgencyRef } from "@/lib/tasks/data";
import type { DutyList } from "@/lib/tasks/duties";
import type { DutyFilters } from "@/lib/tasks/schema";
import { ASSIGN_TEXT, REVIEW_TEXT } from "@/lib/tasks/strings";

const BASE = "/duyet/giao-viec";

/** The query parameters of a set of filters (defaults left out). */
function paramsOf(filters: DutyFilters): SearchParams {
  return {
    view: filters.view !== "unassigned" ? filters.view : undefined,
    field: filters.field || undefined,
    q: filters.q || undefined,
    page: filters.page > 1 ? String(filters.page) : undefined,
  };
}

/** The page's address with some filters changed; the page number resets unless given. */
function href(filters: DutyFilters, change: Partial<DutyFilters>): string {
  return hrefWith(BASE, paramsOf({ ...filters, page: 1, ...change }));
}

export function DutyAssignPage(props: {
  list: DutyList;
  filters: DutyFilters;
  agencies: AgencyRef[];
  today: string;
  proposed: string;
}) {
  const { list, filters } = props;
  const views = [
    { view: "unassigned" as const, label: ASSIGN_TEXT.viewUnassigned(list.counts.unassigned) },
    { view: "assigned" as const, label: ASSIGN_TEXT.viewAssigned(list.counts.assigned) },
  ];
  return (
    <div className="space-y-4">
      <Link href="/duyet" className="text-sm text-blue-800 underline">
        ← {REVIEW_TEXT.title}
      </Link>
      <header>
        <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{ASSIGN_TEXT.title}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{ASSIGN_TEXT.intro}</p>
      </header>
      <nav aria-label={ASSIGN_TEXT.views} className="flex flex-wrap gap-2">
        {views.map((v) => (
          <Link
            key={v.view}
            href={href(filters, { view: v.view, field: undefined, q: undefined })}
            aria-current={filters.view === v.view ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${
              filters.view === v.view
                ? "border-slate-800 bg-slate-800 font-semibold text-white"
                : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
            }`}
          >
            {v.label}
          </Link>
        ))}
      </nav>
      {/* keyed by the filters: the uncontrolled fields show the new address's values after "Bỏ lọc" */}
      <Filters key={`${filters.view}|${filters.field ?? ""}|${filters.q ?? ""}`} list={list} filters={filters} />
      <p className="text-sm font-medium text-slate-800" data-testid="duty-count">
        {ASSIGN_TEXT.count(list.total)}
        {list.pageCount > 1 && ` · ${ASSIGN_TEXT.pageOf(list.page, list.pageCount)}`}
      </p>
      {/* keyed by what is listed, so a new page or filter starts with nothing selected */}
      <DutyAssigner
        key={`${filters.view}|${filters.field ?? ""}|${filters.q ?? ""}|${list.page}`}
        rows={list.rows}
        view={filters.view}
        agencies={props.agencies}
        today={props.today}
        proposed={props.proposed}
        emptyText={
          list.counts.unassigned === 0 && filters.view === "unassigned"
            ? ASSIGN_TEXT.emptyUnassigned
            : ASSIGN_TEXT.empty
        }
      />
      <Pager list={list} filters={filters} />
    </div>
  );
}

// A plain GET form: works without JavaScript and keeps the filters in the address.
function Filters({ list, filters }: { list: DutyList; filters: DutyFilters }) {
  return (
    <form
      method="get"
      action={BASE}
      aria-label={ASSIGN_TEXT.filters}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
    >
      {filters.view !== "unassigned" && <input type="hidden" name="view" value={filters.view} />}
      <div className="w-full sm:w-72">
        <label htmlFor="duty-field" className={labelClass}>
          {ASSIGN_TEXT.field}
        </label>
        <select id="duty-field" name="field" defaultValue={filters.field ?? ""} className={inputClass}>
          <option value="">{ASSIGN_TEXT.allFields}</option>
          {list.fields.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <div className="w-full sm:w-72">
        <label htmlFor="duty-q" className={labelClass}>
          {ASSIGN_TEXT.search}
        </label>
        <input
          id="duty-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder={ASSIGN_TEXT.searchPlaceholder}
          className={inputClass}
        />
      </div>
      <div className="flex gap-2">
        <Button>{ASSIGN_TEXT.apply}</Button>
        <ButtonLink variant="secondary" size="md" href={href(filters, { field: undefined, q: undefined })}>
          {ASSIGN_TEXT.reset}
        </ButtonLink>
      </div>
    </form>
  );
}

function Pager({ list, filters }: { list: DutyList; filters: DutyFilters }) {
  if (list.pageCount <= 1) return null;
  return (
    <PagedNav
      label={ASSIGN_TEXT.pagination}
      basePath={BASE}
      params={paramsOf(filters)}
      param="page"
      page={list.page}
      pageCount={list.pageCount}
      text={ASSIGN_TEXT}
    />
  );
}
