// The head of a page: its one <h1>, an optional line of introduction, and whatever the page adds under them
// (jump links, downloads).
import type { ReactNode } from "react";

export function PageHeader({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <header>
      <h1 className="text-xl font-bold sm:text-2xl">{title}</h1>
      {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
      {children}
    </header>
  );
}
