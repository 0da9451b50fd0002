// The frameworks page's list: one row a year, each opening that year's framework.

import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { Table, Th } from "@/components/ui/Table";
import { formatPoints } from "@/lib/format";
import type { FrameworkSummary } from "@/lib/frameworks/data";

export function FrameworkList({ frameworks }: { frameworks: FrameworkSummary[] }) {
  return frameworks.length === 0 ? (
    <EmptyState>Chưa có bộ chỉ số nào.</EmptyState>
  ) : (
    <Table
      caption="Bộ chỉ số từng năm: quyết định ban hành, số tiêu chí và điểm tối đa"
      head={
        <>
          <Th>Năm</Th>
          <Th>Bộ chỉ số</Th>
          <Th>Quyết định</Th>
          <Th numeric>Số tiêu chí</Th>
          <Th numeric>Điểm tối đa</Th>
        </>
      }
    >
      {frameworks.map((f) => (
        <tr key={f.id}>
          <td className="num">
            <Link className="text-brand-700 underline" href={`/bo-chi-so/${f.year}`}>
              {f.year}
            </Link>
          </td>
          <td>
            {f.title}
            {f.partial && (
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">
                Danh sách riêng của tỉnh, chưa đầy đủ
              </span>
            )}
          </td>
          <td>{f.decisionNumber ?? "—"}</td>
          <td className="n">{f.criteria}</td>
          <td className="n">{f.partial ? "—" : formatPoints(f.maxPoints)}</td>
        </tr>
      ))}
    </Table>
  );
}
