// The agency chart's bars from the agency view: the top agencies, then the rest folded into one bar. Computed where
// it is drawn, so the page sends each agency once. Pure (client components import it).
import type { AgencyBar, AgencyView } from "./types";

export function agencyChartBars(view: AgencyView): AgencyBar[] {
  const top = view.bars.slice(0, view.chartTop);
  return view.others ? [...top, view.others] : top;
}
