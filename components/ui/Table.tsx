// The data table every list uses: scrolls sideways on a phone, a caption for screen readers, one header row
// and the house row style. Cells stay plain <th>/<td> so each table keeps its own columns.
import type { ReactNode } from "react";

type TableProps = {
  /** read by screen readers only */
  caption: string;
  /** the header cells (use <Th>) */
  head: ReactNode;
  children: ReactNode;
  foot?: ReactNode;
  testId?: string;
  /** extra classes of the <table>, e.g. a minimum width ("min-w-[48rem]") */
  className?: string;
  /** classes of the scrolling frame, e.g. a card look around a bare table */
  frameClassName?: string;
  /** extra classes of the header row, e.g. "align-bottom" */
  headClassName?: string;
};

export function Table({
  caption,
  head,
  children,
  foot,
  testId,
  className = "",
  frameClassName = "",
  headClassName = "",
}: TableProps) {
  return (
    <div className={`overflow-x-auto ${frameClassName}`.trim()}>
      <table className={`w-full text-sm ${className}`.trim()} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className={`border-b border-slate-300 text-left text-slate-600 ${headClassName}`.trim()}>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}

/** A column header; `numeric` aligns it with right-aligned figures. */
export function Th({
  children,
  numeric = false,
  className = "py-2 pr-3",
}: {
  children: ReactNode;
  numeric?: boolean;
  className?: string;
}) {
  return (
    <th scope="col" className={`${className}${numeric ? " text-right" : ""}`}>
      {children}
    </th>
  );
}

/** The body row style of every table. */
export const rowClass = "border-b border-slate-100";
