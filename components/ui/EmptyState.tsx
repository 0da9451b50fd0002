// What a list says when it has nothing to show ("Chưa có …", "Không có …"): one sentence, plain inside a card, or
// boxed (a dashed frame) where it stands in for a whole board or queue.
import type { ReactNode } from "react";

export function EmptyState({
  children,
  boxed = false,
  testId,
}: {
  children: ReactNode;
  boxed?: boolean;
  testId?: string;
}) {
  const look = boxed
    ? "rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600"
    : "text-sm text-slate-600";
  return (
    <p className={look} data-testid={testId}>
      {children}
    </p>
  );
}
