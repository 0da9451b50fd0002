// The task-related charts' numbers as tables. Server components.
import Link from "next/link";
import { SCENARIO_LABELS } from "@/lib/dashboard/messages";
import { SCENARIOS } from "@/lib/dashboard/projection";
import { BUCKET_LABELS, PROGRESS_BUCKETS } from "@/lib/dashboard/status";
import type { AgencyBar, ProgressBar, ProjectionLine } from "@/lib/dashboard/types";
import { formatPoints } from "@/lib/format";
import { td, tdNum, th, thNum } from "./DashboardCard";

const linkClass = "text-blue-800 underline-offset-2 hover:underline";

export function AgencyTable({ bars, total }: { bars: AgencyBar[]; total: string }) {
  return (
    <table className="w-full" data-testid="agency-table">
      <caption className="sr-only">
        Điểm bị mất được chia cho từng cơ quan chủ trì và tình hình nhiệm vụ của cơ quan
      </caption>
      <thead>
        <tr className="border-b border-slate-300 align-bottom">
          <th scope="col" className={th}>
            Cơ quan chủ trì
          </th>
          <th scope="col" className={thNum}>
            Điểm phụ trách
          </th>
          <th scope="col" className={thNum}>
            Số mục
          </th>
          <th scope="col" className={thNum}>
            Nhiệm vụ
          </th>
          {PROGRESS_BUCKETS.map((b) => (
            <th key={b} scope="col" className={thNum}>
              {BUCKET_LABELS[b]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key} className="border-b border-slate-100">
            <th scope="row" className={`${td} text-left font-normal`}>
              {b.href ? (
                <Link href={b.href} className={linkClass}>
                  {b.name}
                </Link>
              ) : (
                <span className="italic">{b.name}</span>
              )}
            </th>
            <td className={`${tdNum} font-semibold`}>{formatPoints(b.points)}</td>
            <td className={tdNum}>{b.parts.length}</td>
            <td className={tdNum}>{b.tasks.total}</td>
            {PROGRESS_BUCKETS.map((k) => (
              <td key={k} className={tdNum}>
                {b.tasks[k]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-300 font-semibold">
          <th scope="row" className={`${td} text-left`}>
            Tổng (chính xác)
          </th>
          <td className={tdNum}>{formatPoints(total)}</td>
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
      <th scope="row" className={`${td} text-left ${strong ? "" : "font-normal"}`}>
        {head}
      </th>
      <td className={`${tdNum} font-semibold`}>{formatPoints(b.lost)}</td>
      {PROGRESS_BUCKETS.map((k) => (
        <td key={k} className={tdNum}>
          {formatPoints(b[k])}
        </td>
      ))}
    </tr>
  );
  return (
    <table className="w-full" data-testid="progress-table">
      <caption className="sr-only">Điểm bị mất chia theo trạng thái nhiệm vụ khắc phục</caption>
      <thead>
        <tr className="border-b border-slate-300 align-bottom">
          <th scope="col" className={th}>
            {groupedBy === "field" ? "Lĩnh vực" : "Tiêu chí / tiêu chí thành phần"}
          </th>
          <th scope="col" className={thNum}>
            Điểm bị mất
          </th>
          {PROGRESS_BUCKETS.map((b) => (
            <th key={b} scope="col" className={thNum}>
              {BUCKET_LABELS[b]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bars.map((b) =>
          row(
            b,
            <Link href={b.href} className={linkClass}>
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
    <table className="w-full" data-testid="projection-table">
      <caption className="sr-only">Điểm giành lại của từng mục theo ba cách tính dự báo</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className={th}>
            Tiêu chí / tiêu chí thành phần
          </th>
          <th scope="col" className={thNum}>
            Điểm bị mất
          </th>
          <th scope="col" className={thNum}>
            Nhiệm vụ chủ trì
          </th>
          {SCENARIOS.map((s) => (
            <th key={s} scope="col" className={thNum}>
              {SCENARIO_LABELS[s].name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.code} className="border-b border-slate-100">
            <th scope="row" className={`${td} text-left font-normal`}>
              <Link href={l.href} className={linkClass}>
                {l.code}. {l.title}
              </Link>
            </th>
            <td className={tdNum}>{formatPoints(l.lost)}</td>
            <td className={tdNum}>{l.tasks === 0 ? "Chưa có" : l.tasks}</td>
            {SCENARIOS.map((s) => (
              <td key={s} className={tdNum}>
                {formatPoints(l.gains[s])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
