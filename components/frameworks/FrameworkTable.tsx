import { formatPoints } from "@/lib/format";
import type { FrameworkCriterionRow } from "@/lib/frameworks/data";

const INDENT = { FIELD: "", CRITERION: "pl-4", SUBCRITERION: "pl-8" } as const;

export function FrameworkTable({ criteria }: { criteria: FrameworkCriterionRow[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Các lĩnh vực, tiêu chí và tiêu chí thành phần với điểm tối đa</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left text-slate-600">
          <th scope="col" className="py-2 pr-3">
            Mã
          </th>
          <th scope="col" className="py-2 pr-3">
            Lĩnh vực / tiêu chí
          </th>
          <th scope="col" className="py-2 pr-3 text-right">
            Điểm tối đa
          </th>
          <th scope="col" className="py-2">
            Nguồn điểm
          </th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => (
          <tr key={c.id} className={`border-b border-slate-100 ${c.level === "FIELD" ? "font-semibold" : ""}`}>
            <td className="num py-1.5 pr-3">{c.code}</td>
            <td className={`py-1.5 pr-3 ${INDENT[c.level]}`}>{c.title}</td>
            <td className="num py-1.5 pr-3 text-right">{formatPoints(c.maxPoints)}</td>
            <td className="py-1.5">{c.survey ? "Điều tra XHH" : "Tự đánh giá"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
