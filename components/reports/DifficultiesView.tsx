// The difficulties and proposals the agencies raised in the reports they sent (latest version of each).

import { SuccessorLink } from "@/components/agencies/HistoricAgency";
import { ReportsCrumb } from "@/components/reports/ReportsCrumb";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { formatDateTime } from "@/lib/format";
import type { DifficultyRow, PlanRef } from "@/lib/reports/data";
import { REPORT_TEXT } from "@/lib/reports/strings";

type Data = {
  plan: PlanRef;
  rows: DifficultyRow[];
  periods: { key: string; label: string }[];
  selected: string | null;
};

export function DifficultiesView({ data }: { data: Data }) {
  return (
    <div className="space-y-5">
      <header>
        <ReportsCrumb context={<>Kế hoạch {data.plan.number}</>} />
        <h1 className="mt-1 text-xl font-bold sm:text-2xl">{REPORT_TEXT.difficultiesTitle}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Những khó khăn, vướng mắc và đề xuất, kiến nghị các cơ quan nêu trong báo cáo đã gửi, để UBND tỉnh xem xét,
          giải quyết.
        </p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Lọc theo kỳ">
        <label className="text-sm font-medium text-slate-800">
          Kỳ báo cáo
          <select
            name="ky"
            defaultValue={data.selected ?? ""}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">Tất cả các kỳ</option>
            {data.periods.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <Button variant="secondary" size="md">
          Xem
        </Button>
      </form>
      {data.rows.length === 0 ? (
        <Card>
          <EmptyState>Chưa có báo cáo nào nêu khó khăn, vướng mắc{data.selected ? " trong kỳ này" : ""}.</EmptyState>
        </Card>
      ) : (
        <ul className="space-y-3" data-testid="difficulties">
          {data.rows.map((r) => (
            <li key={`${r.periodKey}-${r.agencyId}`}>
              <Card>
                <p className="text-sm text-slate-600">
                  <span className="font-semibold text-slate-900">{r.agencyName}</span>
                  <SuccessorLink successor={r.agencySuccessor} /> · {r.periodLabel} · gửi lần {r.number} lúc{" "}
                  {formatDateTime(new Date(r.submittedAt))}
                  <Link href={`/bao-cao/${r.periodKey}/${r.agencyId}`} className="ml-2 text-blue-800 underline">
                    Xem báo cáo
                  </Link>
                </p>
                {r.difficulties && (
                  <div className="mt-2">
                    <h2 className="text-sm font-semibold">{REPORT_TEXT.fields.difficulties}</h2>
                    <p className="whitespace-pre-line text-sm">{r.difficulties}</p>
                  </div>
                )}
                {r.proposals && (
                  <div className="mt-2">
                    <h2 className="text-sm font-semibold">{REPORT_TEXT.fields.proposals}</h2>
                    <p className="whitespace-pre-line text-sm">{r.proposals}</p>
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
