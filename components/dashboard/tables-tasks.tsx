// The task-related charts' numbers as tables. Server components.

import { MergedFrom, SuccessorLink } from "@/components/agencies/HistoricAgency";
import { Link } from "@/components/ui/Link";
import { Table, Th } from "@/components/ui/Table";
import type { ProjectionRest } from "@/lib/dashboard/fold";
import { dashboardText, SCENARIO_LABELS } from "@/lib/dashboard/messages";
import { SCENARIOS } from "@/lib/dashboard/scenarios";
import { BUCKET_LABELS, PROGRESS_BUCKETS } from "@/lib/dashboard/status";
import type { AgencyBar, ProgressBar, ProjectionLine } from "@/lib/dashboard/types";
import { formatPoints } from "@/lib/format";

/** `bars`: the first agencies; `others`: the rest folded into one exact row. */
export function AgencyTable({ bars, others, total }: { bars: AgencyBar[]; others: AgencyBar | null; total: string }) {
  const rows = others ? [...bars, others] : bars;
  return (
    <Table
      caption="Điểm bị mất được chia cho từng cơ quan chủ trì và tình hình nhiệm vụ của cơ quan"
      testId="agency-table"
      scroll={false}
      headClassName="align-bottom"
      head={
        <>
          <Th>Cơ quan chủ trì</Th>
          <Th numeric>Điểm phụ trách</Th>
          <Th numeric>Số mục</Th>
          <Th numeric>Nhiệm vụ</Th>
          {PROGRESS_BUCKETS.map((b) => (
            <Th key={b} numeric>
              {BUCKET_LABELS[b]}
            </Th>
          ))}
        </>
      }
      foot={
        <tr className="border-t-2 border-slate-300 font-semibold">
          <th scope="row">Tổng (chính xác)</th>
          <td className="n">{formatPoints(total)}</td>
          <td colSpan={2 + PROGRESS_BUCKETS.length} />
        </tr>
      }
    >
      {rows.map((b) => (
        <tr key={b.key} data-testid={b === others ? "agency-rest" : undefined}>
          <th scope="row">
            {b.href ? (
              <Link href={b.href}>{b.name}</Link>
            ) : (
              <span className="italic">{b === others ? `… ${b.name}` : b.name}</span>
            )}
            <SuccessorLink successor={b.successor} />
            <MergedFrom names={b.predecessors} />
          </th>
          <td className="n font-semibold">{formatPoints(b.points)}</td>
          <td className="n">{b === others ? "" : b.items}</td>
          <td className="n">{b.tasks.total}</td>
          {PROGRESS_BUCKETS.map((k) => (
            <td key={k} className="n">
              {b.tasks[k]}
            </td>
          ))}
        </tr>
      ))}
    </Table>
  );
}

export function ProgressTable({
  bars,
  total,
  groupedBy,
}: {
  bars: ProgressBar[];
  total: ProgressBar;
  groupedBy: "field" | "item";
}) {
  const row = (b: ProgressBar, head: React.ReactNode, strong = false) => (
    <tr key={b.key} className={strong ? "border-t-2 border-slate-300 font-semibold" : undefined}>
      <th scope="row" className={strong ? "text-left" : undefined}>
        {head}
      </th>
      <td className="n font-semibold">{formatPoints(b.lost)}</td>
      {PROGRESS_BUCKETS.map((k) => (
        <td key={k} className="n">
          {formatPoints(b[k])}
        </td>
      ))}
    </tr>
  );
  return (
    <Table
      caption="Điểm bị mất chia theo trạng thái nhiệm vụ khắc phục"
      testId="progress-table"
      scroll={false}
      headClassName="align-bottom"
      head={
        <>
          <Th>{groupedBy === "field" ? "Lĩnh vực" : "Tiêu chí / tiêu chí thành phần"}</Th>
          <Th numeric>Điểm bị mất</Th>
          {PROGRESS_BUCKETS.map((b) => (
            <Th key={b} numeric>
              {BUCKET_LABELS[b]}
            </Th>
          ))}
        </>
      }
      foot={row(total, "Tổng", true)}
    >
      {bars.map((b) =>
        row(
          b,
          <Link href={b.href}>
            {b.key}. {b.label}
          </Link>,
        ),
      )}
    </Table>
  );
}

/** `lines`: the first items (those winning points back first); `rest`: the others folded into one exact row. */
export function ProjectionTable({ lines, rest }: { lines: ProjectionLine[]; rest: ProjectionRest | null }) {
  return (
    <Table
      caption="Điểm giành lại của từng mục theo ba cách tính dự báo"
      testId="projection-table"
      scroll={false}
      head={
        <>
          <Th>Tiêu chí / tiêu chí thành phần</Th>
          <Th numeric>Điểm bị mất</Th>
          <Th numeric>Nhiệm vụ chủ trì</Th>
          {SCENARIOS.map((s) => (
            <Th key={s} numeric>
              {SCENARIO_LABELS[s].name}
            </Th>
          ))}
        </>
      }
    >
      {lines.map((l) => (
        <tr key={l.code}>
          <th scope="row">
            <Link href={l.href}>
              {l.code}. {l.title}
            </Link>
          </th>
          <td className="n">{formatPoints(l.lost)}</td>
          <td className="n">{l.tasks === 0 ? "Chưa có" : l.tasks}</td>
          {SCENARIOS.map((s) => (
            <td key={s} className="n">
              {formatPoints(l.gains[s])}
            </td>
          ))}
        </tr>
      ))}
      {rest && (
        <tr data-testid="projection-rest">
          <th scope="row" className="italic">
            {dashboardText.moreItems(rest.count)}
          </th>
          <td className="n">{formatPoints(rest.lost)}</td>
          <td className="n">{rest.tasks}</td>
          {SCENARIOS.map((s) => (
            <td key={s} className="n">
              {formatPoints(rest.gains[s])}
            </td>
          ))}
        </tr>
      )}
    </Table>
  );
}
