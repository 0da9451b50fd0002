// The comparison page's tables: self-assessment against the published result criterion by criterion, and whether
// the criteria remedied under last year's plan won their points back.

import { EmptyState } from "@/components/ui/EmptyState";
import { Table, Th } from "@/components/ui/Table";
import { formatPoints } from "@/lib/format";
import type { ComparisonRow, RemediationRow } from "@/lib/results/comparison";

const p = (v: string | null) => (v === null ? "—" : formatPoints(v));
function verdict(gap: string | null): string {
  if (gap === null) return "Chưa đủ số liệu";
  if (gap === "0") return "Khớp";
  return gap.startsWith("-") ? "Tự đánh giá thấp hơn" : "Tự đánh giá cao hơn";
}

export function ComparisonTable({ rows }: { rows: ComparisonRow[] }) {
  return (
    <Table
      caption="Điểm tối đa, tự chấm, thẩm định và công bố của từng tiêu chí tự đánh giá"
      head={
        <>
          <Th>Mã</Th>
          <Th>Tiêu chí</Th>
          <Th numeric>Tối đa</Th>
          <Th numeric>Tự chấm</Th>
          <Th numeric>Thẩm định</Th>
          <Th numeric>Công bố</Th>
          <Th numeric>Chênh lệch</Th>
          <Th className="pl-3">Đánh giá</Th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.code}>
          <td className="num">{r.code}</td>
          <td>{r.title}</td>
          <td className="n">{p(r.maxPoints)}</td>
          <td className="n">{p(r.proposed)}</td>
          <td className="n">{p(r.accepted)}</td>
          <td className="n">{p(r.published)}</td>
          <td className="n">{p(r.gap)}</td>
          <td className="pl-3">{verdict(r.gap)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function RemediationTable({ rows, year }: { rows: RemediationRow[]; year: number }) {
  return rows.length === 0 ? (
    <EmptyState>Chưa có kết quả năm {year - 1} kèm kế hoạch khắc phục để so sánh.</EmptyState>
  ) : (
    <Table
      caption="Điểm bị mất năm trước và năm nay của các tiêu chí đã khắc phục theo kế hoạch"
      head={
        <>
          <Th>Mã năm {year - 1}</Th>
          <Th>Tiêu chí</Th>
          <Th numeric>Mất năm {year - 1}</Th>
          <Th numeric>Mất năm {year}</Th>
          <Th numeric>Lấy lại</Th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.code}>
          <td className="num">
            {r.code}
            {r.mappedTo.join(",") !== r.code ? ` → ${r.mappedTo.join(", ") || "(bỏ)"}` : ""}
          </td>
          <td>{r.title}</td>
          <td className="n">{p(r.lostBefore)}</td>
          <td className="n">{r.lostNow === null ? "Không so sánh được" : p(r.lostNow)}</td>
          <td className="n">{p(r.won)}</td>
        </tr>
      ))}
    </Table>
  );
}
