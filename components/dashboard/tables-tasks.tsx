// The task-related charts' numbers as tables. Server components.
import Link from "next/link";
import { SCENARIO_LABELS } from "@/lib/dashboard/messages";
import { SCENARIOS } from "@/lib/dashboard/scenarios";
import { BUCKET_LABELS, PROGRESS_BUCKETS } from "@/lib/dashboard/status";
import type { AgencyBar, ProgressBar, ProjectionLine } from "@/lib/dashboard/types";
import { formatPoints } from "@/lib/format";

export function AgencyTable({ bars, total }: { bars: AgencyBar[]; total: string }) {
  return (
    <table className="dt w-full" data-testid="agency-table">
      <caption className="sr-only">
        Điểm bị mất được chia cho từng cơ quan chủ trì và tình hình nhiệm vụ của cơ quan
      </caption>
      <thead>
        <tr className="border-b border-slate-300 align-bottom">
          <th scope="col">Cơ quan chủ trì</th>
          <th scope="col" className="n">
            Điểm phụ trách
          </th>
          <th scope="col" className="n">
            Số mục
          </th>
          <th scope="col" className="n">
            Nhiệm vụ
          </th>
          {PROGRESS_BUCKETS.map((b) => (
            <th key={b} scope="col" className="n">
              {BUCKET_LABELS[b]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">
              {b.href ? <Link href={b.href}>{b.name}</Link> : <span className="italic">{b.name}</span>}
            </th>
            <td className="n font-semibold">{formatPoints(b.points)}</td>
            <td className="n">{b.items}</td>
            <td className="n">{b.tasks.total}</td>
            {PROGRESS_BUCKETS.map((k) => (
              <td key={k} className="n">
                {b.tasks[k]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-300 font-semibold">
          <th scope="row">Tổng (chính xác)</th>
          <td className="n">{formatPoints(total)}</td>
          <td colSpan={2 + PROGRESS_BUCKETS.length} />
        </tr>
      </tfoot>
    </table>
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
    <tr key={b.key} className={strong ? "border-t-2 border-slate-300 font-semibold" : "border-b border-slate-100"}>
      <th scope="row" className={`text-left ${strong ? "" : "font-normal"}`}>
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
    <table className="dt w-full" data-testid="progress-table">
      <caption className="sr-only">Điểm bị mất chia theo trạng thái nhiệm vụ khắc phục</caption>
      <thead>
        <tr className="border-b border-slate-300 align-bottom">
          <th scope="col">{groupedBy === "field" ? "Lĩnh vực" : "Tiêu chí / tiêu chí thành phần"}</th>
          <th scope="col" className="n">
            Điểm bị mất
          </th>
          {PROGRESS_BUCKETS.map((b) => (
            <th key={b} scope="col" className="n">
              {BUCKET_LABELS[b]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bars.map((b) =>
          row(
            b,
            <Link href={b.href}>
              {b.key}. {b.label}
            </Link>,
          ),
        )}
      </tbody>
      <tfoot>{row(total, "Tổng", true)}</tfoot>
    </table>
  );
}

export function ProjectionTable({ counted, notCounted }: { counted: ProjectionLine[]; notCounted: ProjectionLine[] }) {
  const lines = [...counted, ...notCounted];
  return (
    <table className="dt w-full" data-testid="projection-table">
      <caption className="sr-only">Điểm giành lại của từng mục theo ba cách tính dự báo</caption>
      <thead>
        <tr>
          <th scope="col">Tiêu chí / tiêu chí thành phần</th>
          <th scope="col" className="n">
            Điểm bị mất
          </th>
          <th scope="col" className="n">
            Nhiệm vụ chủ trì
          </th>
          {SCENARIOS.map((s) => (
            <th key={s} scope="col" className="n">
              {SCENARIO_LABELS[s].name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
  );
}
