// Each criterion code of the earlier year, how it maps to the later year, and a field to change the mapping.
import { SelfActionForm } from "@/components/self-assessment/SelfActionForm";
import { Button } from "@/components/ui/Button";
import { inputClass } from "@/components/ui/styles";
import { Table, Th } from "@/components/ui/Table";
import type { MappingKind, MappingRow } from "@/lib/frameworks/mapping";
import { saveCriterionMappingAction } from "@/lib/frameworks/mapping-actions";

const KIND: Record<MappingKind, string> = {
  same: "Giữ nguyên mã",
  "one-to-one": "Đổi mã (một – một)",
  split: "Tách thành nhiều mã",
  merged: "Gộp với mã khác",
  dropped: "Bỏ (không còn)",
  missing: "Chưa có mã tương ứng",
};

export function MappingTable({ fromYear, year, rows }: { fromYear: number; year: number; rows: MappingRow[] }) {
  return (
    <Table
      caption={`Ánh xạ mã năm ${fromYear} sang năm ${year}`}
      head={
        <>
          <Th>Mã {fromYear}</Th>
          <Th>Tiêu chí</Th>
          <Th>Ánh xạ</Th>
          <Th>Mã {year} tương ứng</Th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.code} className="align-top">
          <td className="num py-1.5 pr-3">{r.code}</td>
          <td className="pr-3">{r.title}</td>
          <td className="pr-3">{KIND[r.kind]}</td>
          <td className="py-1">
            <SelfActionForm
              action={saveCriterionMappingAction}
              label={`Ánh xạ mã ${r.code}`}
              className="flex-1"
              hidden={{ year, fromCode: r.code }}
            >
              <div className="flex items-end gap-2">
                <input
                  name="toCodes"
                  aria-label={`Mã năm ${year} tương ứng với ${r.code}`}
                  defaultValue={r.targets.join(", ")}
                  className={`${inputClass} mt-0 w-40`}
                />
                <Button variant="secondary">Lưu</Button>
              </div>
            </SelfActionForm>
          </td>
        </tr>
      ))}
    </Table>
  );
}
