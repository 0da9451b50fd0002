// The national administrator's lists: every province (with the one it was merged into) and the mergers applied.
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, Th } from "@/components/ui/Table";
import { formatDate, formatDateTime } from "@/lib/format";
import type { MergerRow, ProvinceRow } from "@/lib/province-merger/data";

export function ProvinceTable({ provinces }: { provinces: ProvinceRow[] }) {
  return (
    <Table
      caption="Các tỉnh"
      testId="province-table"
      head={
        <>
          <Th>Tỉnh</Th>
          <Th numeric>Người dùng</Th>
          <Th numeric>Kế hoạch</Th>
          <Th className="py-2">Tình trạng</Th>
        </>
      }
    >
      {provinces.map((p) => (
        <tr key={p.id}>
          <td className="py-2 pr-3">{p.name}</td>
          <td className="num py-2 pr-3 text-right">{p.users}</td>
          <td className="num py-2 pr-3 text-right">{p.plans}</td>
          <td className="py-2">
            {p.mergedInto ? `Đã sáp nhập vào ${p.mergedInto} từ ${formatDate(p.mergedOn)}` : "Đang hoạt động"}
          </td>
        </tr>
      ))}
    </Table>
  );
}

export function MergerTable({ mergers, highlight }: { mergers: MergerRow[]; highlight: string | null }) {
  if (mergers.length === 0) return <EmptyState>Chưa có đợt sáp nhập nào.</EmptyState>;
  return (
    <Table
      caption="Các đợt sáp nhập đã áp dụng"
      testId="merger-table"
      head={
        <>
          <Th>Tỉnh kế thừa</Th>
          <Th>Tỉnh được sáp nhập</Th>
          <Th>Hiệu lực, văn bản</Th>
          <Th className="py-2">Áp dụng</Th>
        </>
      }
    >
      {mergers.map((m) => (
        <tr key={m.id} className={`align-top ${m.id === highlight ? "bg-emerald-50" : ""}`}>
          <td className="py-2 pr-3 font-medium">{m.successor}</td>
          <td className="py-2 pr-3">
            <ul>
              {m.predecessors.map((p) => (
                <li key={p.name}>
                  {p.label}: chuyển {p.tasksCarried} nhiệm vụ, đóng {p.tasksClosed}, {p.usersMoved} người dùng
                </li>
              ))}
            </ul>
          </td>
          <td className="py-2 pr-3">
            {formatDate(m.effectiveOn)}
            <span className="block text-xs text-slate-600">{m.decision}</span>
          </td>
          <td className="py-2">
            {formatDateTime(m.appliedAt)}
            <span className="block text-xs text-slate-600">{m.appliedBy ?? "—"}</span>
          </td>
        </tr>
      ))}
    </Table>
  );
}
