// The head of a page: its one <h1>, an optional line of introduction, and whatever the page adds under them
// (jump links, downloads).
import type { ReactNode } from "react";
import { Link, type LinkProps } from "@/components/ui/Link";

export function PageHeader({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <header>
      <h1 className="text-xl font-bold sm:text-2xl">{title}</h1>
      {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
      {children}
    </header>
  );
}

/**
 * A text link under a page's heading or after a form: "+ Thêm …" to the page's own add form (an in-page anchor), or
 * the next item of a queue.
 */
export function HeaderLink({ className, ...props }: LinkProps) {
  return (
    <Link
      className={`mt-2 mr-4 inline-block text-sm font-medium text-blue-800 underline ${className ?? ""}`.trim()}
      {...props}
    />
  );
}

/** The count of a list, under its page's heading ("12 nhiệm vụ"). */
export function PageCount({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <p className="mt-1 text-sm font-medium text-slate-800" data-testid={testId}>
      {children}
    </p>
  );
}
