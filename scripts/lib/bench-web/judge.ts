// bench:web's verdicts (issue 13's dashboard budget), pure so that tests/integration/bench-judge.test.ts checks them.
import { formatDecimal } from "@/lib/format";

export type WebRow = {
  page: string;
  preset: "mobile" | "desktop";
  performance: number;
  accessibility: number;
  tbtMs: number;
  lcpMs: number;
  scriptKB: number;
  scripts: number;
  /** requests for an RSC payload (`_rsc=`) the page sent on its own while loading: link prefetches */
  rscRequests: number;
  /** Lighthouse's measure of the host's speed during the run (higher is faster) */
  benchmarkIndex: number;
};

/** The row of bench:web's floor: the sign-in page, signed out, the smallest page the app renders. */
export const FLOOR_PAGE = "Trang đăng nhập (mức sàn, chưa đăng nhập)";

export const WEB_BUDGET = { performance: 0.95, tbtMs: 150, scriptKB: 200, accessibility: 1 };

/**
 * The mobile rows over budget. The budgeted page (the dashboard) in "full" mode: performance, total blocking time,
 * JavaScript and accessibility; "ci": only what does not depend on the machine's speed — the JavaScript it loads
 * and accessibility (a CI runner's score and blocking time measure the runner). Every measured page, in both modes:
 * the same JavaScript ceiling and accessibility, so that no page quietly grows past what the dashboard may load
 * (the task page once shipped the whole of zod to the browser for three constants). And on every page, in both
 * modes: no RSC request while loading — a view costs the server its document only (each prefetched link was a
 * request; a board sent 22 of them, components/ui/Link.tsx).
 */
export function webOverBudget(rows: readonly WebRow[], budgeted: ReadonlySet<string>, mode: "full" | "ci"): string[] {
  const speed = mode === "full";
  return rows
    .filter((r) => r.preset === "mobile")
    .flatMap((r) => [
      ...(speed && budgeted.has(r.page) && r.performance < WEB_BUDGET.performance
        ? [`${r.page}: hiệu năng ${r.performance} < ${WEB_BUDGET.performance}`]
        : []),
      ...(speed && budgeted.has(r.page) && r.tbtMs > WEB_BUDGET.tbtMs
        ? [`${r.page}: TBT ${r.tbtMs} ms > ${WEB_BUDGET.tbtMs} ms`]
        : []),
      ...(r.scriptKB > WEB_BUDGET.scriptKB
        ? [`${r.page}: JavaScript ${r.scriptKB} KB > ${WEB_BUDGET.scriptKB} KB`]
        : []),
      ...(r.accessibility < WEB_BUDGET.accessibility ? [`${r.page}: trợ năng ${r.accessibility} < 1`] : []),
      ...(r.rscRequests > 0 ? [`${r.page}: ${r.rscRequests} yêu cầu RSC khi tải trang (tải trước liên kết)`] : []),
    ]);
}

const score = (n: number) => formatDecimal(n.toFixed(2));

/**
 * One line per preset that has both rows: the budgeted page beside the floor of the same run, and the blocking time
 * it adds to it. The floor is what the framework and the browser cost on this host (Lighthouse slows the host's own
 * speed down by a fixed factor); it judges nothing.
 */
export function floorNote(rows: readonly WebRow[], budgetedPage: string): string[] {
  return (["mobile", "desktop"] as const).flatMap((preset) => {
    const page = rows.find((r) => r.page === budgetedPage && r.preset === preset);
    const floor = rows.find((r) => r.page === FLOOR_PAGE && r.preset === preset);
    if (!page || !floor) return [];
    const added = page.tbtMs - floor.tbtMs;
    return [
      `Mức sàn (${preset}): trang đăng nhập ${score(floor.performance)}, TBT ${floor.tbtMs} ms; ` +
        `${page.page} ${score(page.performance)}, TBT ${page.tbtMs} ms (${added >= 0 ? "+" : "−"}${Math.abs(added)} ms so với sàn).`,
    ];
  });
}
