import { Table, Th } from "@/components/ui/Table";
import { formatPoints } from "@/lib/format";
import type { FrameworkCriterionRow } from "@/lib/frameworks/data";

const INDENT = { FIELD: "", CRITERION: "pl-4", SUBCRITERION: "pl-8" } as const;

export function FrameworkTable({ criteria }: { criteria: FrameworkCriterionRow[] }) {
  return (
    <Table
      caption="Các lĩnh vực, tiêu chí và tiêu chí thành phần với điểm tối đa"
      head={
        <>
          <Th>Mã</Th>
          <Th>Lĩnh vực / tiêu chí</Th>
          <Th numeric>Điểm tối đa</Th>
          <Th>Nguồn điểm</Th>
        </>
      }
    >
      {criteria.map((c) => (
        <tr key={c.id} className={`${c.level === "FIELD" ? "font-semibold" : ""}`}>
          <td className="num">{c.code}</td>
          <td className={`${INDENT[c.level]}`}>{c.title}</td>
          <td className="n">{formatPoints(c.maxPoints)}</td>
          <td>{c.survey ? "Điều tra XHH" : "Tự đánh giá"}</td>
        </tr>
      ))}
    </Table>
  );
}
