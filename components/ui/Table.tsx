// The data table every list uses, on the `.dt` rules in app/globals.css (padding, header, row lines, numeric
// cells, links are set once in CSS instead of on every cell, which keeps large tables light). A caption for
// screen readers, one header row; cells stay plain <th>/<td> so each table keeps its own columns, and a utility
// class on a cell still wins over the shared rules.
import type { ReactNode, ThHTMLAttributes } from "react";
import { Link } from "@/components/ui/Link";

type TableProps = {
  /** read by screen readers only, unless `captionClassName` shows it */
  caption: string;
  captionClassName?: string;
  /** the header cells (use <Th>) */
  head: ReactNode;
  children: ReactNode;
  foot?: ReactNode;
  testId?: string;
  /** extra classes of the <table>, e.g. a minimum width ("min-w-[48rem]") */
  className?: string;
  /** wrap the table in a frame that scrolls sideways on a phone (off where the parent already scrolls) */
  scroll?: boolean;
  /** classes of the scrolling frame, e.g. a card look around a bare table */
  frameClassName?: string;
  /** classes of the header row, e.g. "align-bottom" */
  headClassName?: string;
};

export function Table({
  caption,
  captionClassName = "sr-only",
  head,
  children,
  foot,
  testId,
  className = "",
  scroll = true,
  frameClassName = "",
  headClassName,
}: TableProps) {
  const table = (
    <table className={`dt w-full ${className}`.trim()} data-testid={testId}>
      <caption className={captionClassName}>{caption}</caption>
      <thead>
        <tr className={headClassName}>{head}</tr>
      </thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
  if (!scroll) return table;
  // A frame that scrolls must be reachable by keyboard (arrow keys scroll it once focused) and name what it holds.
  return (
    <section aria-label={caption} tabIndex={0} className={`overflow-x-auto ${frameClassName}`.trim()}>
      {table}
    </section>
  );
}

/** A column header; `numeric` right-aligns it over right-aligned figures (the `.n` cells). */
export function Th({
  numeric = false,
  className,
  ...props
}: Omit<ThHTMLAttributes<HTMLTableCellElement>, "scope"> & { numeric?: boolean }) {
  const cls = [numeric ? "n" : "", className ?? ""].join(" ").trim();
  return <th scope="col" className={cls || undefined} {...props} />;
}

/**
 * The first cell of a list's row: the name of what the row is about, a link to its page when `href` is given, and
 * what `children` add under the name (a short name, an e-mail).
 */
export function RowHead({ name, href, children }: { name: ReactNode; href?: string | null; children?: ReactNode }) {
  return (
    <th scope="row" className="py-2 pr-3 text-left font-medium">
      {href ? (
        <Link href={href} className="text-blue-800 underline-offset-2 hover:underline">
          {name}
        </Link>
      ) : (
        name
      )}
      {children}
    </th>
  );
}
