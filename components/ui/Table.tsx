// The data table every list uses, on the `.dt` rules in app/globals.css (padding, header, row lines, numeric
// cells, links are set once in CSS instead of on every cell, which keeps large tables light). A caption for
// screen readers, one header row; cells stay plain <th>/<td> so each table keeps its own columns, and a utility
// class on a cell still wins over the shared rules.
import type { ReactNode, ThHTMLAttributes } from "react";

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
  return scroll ? <div className={`overflow-x-auto ${frameClassName}`.trim()}>{table}</div> : table;
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
