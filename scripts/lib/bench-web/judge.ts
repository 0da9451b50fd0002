// bench:web's verdicts (issue 13's dashboard budget), pure so that tests/integration/bench-judge.test.ts checks them.
export type WebRow = {
  page: string;
  preset: "mobile" | "desktop";
  performance: number;
  accessibility: number;
  tbtMs: number;
  lcpMs: number;
  scriptKB: number;
  scripts: number;
};

export const WEB_BUDGET = { performance: 0.95, tbtMs: 150, scriptKB: 200, accessibility: 1 };

/**
 * The budgeted pages' mobile rows over budget. "full": performance, total blocking time, JavaScript and
 * accessibility. "ci": only what does not depend on the machine's speed — the JavaScript the page loads and
 * accessibility (a CI runner's score and blocking time measure the runner).
 */
export function webOverBudget(rows: readonly WebRow[], budgeted: ReadonlySet<string>, mode: "full" | "ci"): string[] {
  const speed = mode === "full";
  return rows
    .filter((r) => budgeted.has(r.page) && r.preset === "mobile")
    .flatMap((r) => [
      ...(speed && r.performance < WEB_BUDGET.performance
        ? [`${r.page}: hiệu năng ${r.performance} < ${WEB_BUDGET.performance}`]
        : []),
      ...(speed && r.tbtMs > WEB_BUDGET.tbtMs ? [`${r.page}: TBT ${r.tbtMs} ms > ${WEB_BUDGET.tbtMs} ms`] : []),
      ...(r.scriptKB > WEB_BUDGET.scriptKB
        ? [`${r.page}: JavaScript ${r.scriptKB} KB > ${WEB_BUDGET.scriptKB} KB`]
        : []),
      ...(r.accessibility < WEB_BUDGET.accessibility ? [`${r.page}: trợ năng ${r.accessibility} < 1`] : []),
    ]);
}
