import { CriteriaTable } from "@/components/plans/CriteriaTable";
import { FieldTable } from "@/components/plans/FieldTable";
import { ImportWarnings } from "@/components/plans/ImportWarnings";
import { PlanHeadline } from "@/components/plans/PlanHeadline";
import type { PlanOverview } from "@/lib/plans/data";

export function PlanOverviewView({ overview }: { overview: PlanOverview }) {
  return (
    <div className="space-y-6">
      <PlanHeadline overview={overview} />
      <FieldTable rows={overview.criteria} totals={overview.totals} />
      <CriteriaTable rows={overview.criteria} measures={overview.measures} />
      <ImportWarnings warnings={overview.warnings} />
    </div>
  );
}
