// The other provinces' published scores entered for one year, best first.

import { EmptyState } from "@/components/ui/EmptyState";
import { Table, Th } from "@/components/ui/Table";
import type { loadPeerScoreList } from "@/lib/assessments/data";
import { formatPoints } from "@/lib/format";

type PeerScore = Awaited<ReturnType<typeof loadPeerScoreList>>[number];

export function PeerScoreTable({ peers }: { peers: PeerScore[] }) {
  return peers.length === 0 ? (
    <EmptyState>Chưa có tỉnh nào.</EmptyState>
  ) : (
    <Table
      caption="Điểm công bố và xếp hạng của các tỉnh, thành phố"
      testId="peer-scores-table"
      head={
        <>
          <Th>Tỉnh, thành phố</Th>
          <Th numeric>Điểm</Th>
          <Th numeric>Hạng</Th>
          <Th>Nguồn</Th>
        </>
      }
    >
      {peers.map((p) => (
        <tr key={p.provinceName}>
          <th scope="row">{p.provinceName}</th>
          <td className="n">{formatPoints(p.totalScore.toString())}</td>
          <td className="n">{p.rank ?? "—"}</td>
          <td className="text-slate-600">{p.source ?? "—"}</td>
        </tr>
      ))}
    </Table>
  );
}
