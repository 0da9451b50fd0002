import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SelfActionForm } from "@/components/self-assessment/SelfActionForm";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { inputClass } from "@/components/ui/styles";
import { Table, Th } from "@/components/ui/Table";
import { requireAction } from "@/lib/auth/session";
import { loadMapping, type MappingKind } from "@/lib/frameworks/mapping";
import { saveCriterionMappingAction } from "@/lib/frameworks/mapping-actions";

export const metadata: Metadata = { title: "Ánh xạ mã tiêu chí giữa hai năm" };

const KIND: Record<MappingKind, string> = {
  same: "Giữ nguyên mã",
  "one-to-one": "Đổi mã (một – một)",
  split: "Tách thành nhiều mã",
  merged: "Gộp với mã khác",
  dropped: "Bỏ (không còn)",
  missing: "Chưa có mã tương ứng",
};

export default async function MappingPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireAction("framework.manage");
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const view = await loadMapping(user, Number(year));
  if (!view) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link className="text-brand-700 underline" href={`/bo-chi-so/${year}`}>
          ← Bộ chỉ số năm {year}
        </Link>
      </p>
      <h1 className="text-xl font-bold">
        Ánh xạ mã tiêu chí từ năm {view.fromYear} sang năm {view.year}
      </h1>
      <p className="text-sm text-slate-700">
        Mặc định mỗi mã năm {view.fromYear} ứng với cùng mã năm {view.year}. Ghi các mã năm {view.year} tương ứng, cách
        nhau bằng dấu phẩy: một mã khác là đổi mã, nhiều mã là tách, nhiều mã cũ cùng về một mã là gộp; để trống là bỏ.
        So sánh giữa hai năm đi theo ánh xạ này.
      </p>
      <Card title={`Các mã năm ${view.fromYear}`}>
        <Table
          caption={`Ánh xạ mã năm ${view.fromYear} sang năm ${view.year}`}
          head={
            <>
              <Th>Mã {view.fromYear}</Th>
              <Th>Tiêu chí</Th>
              <Th>Ánh xạ</Th>
              <Th>Mã {view.year} tương ứng</Th>
            </>
          }
        >
          {view.rows.map((r) => (
            <tr key={r.code} className="align-top">
              <td className="num py-1.5 pr-3">{r.code}</td>
              <td className="pr-3">{r.title}</td>
              <td className="pr-3">{KIND[r.kind]}</td>
              <td className="py-1">
                <SelfActionForm action={saveCriterionMappingAction} label={`Ánh xạ mã ${r.code}`} className="flex-1">
                  <input type="hidden" name="year" value={view.year} />
                  <input type="hidden" name="fromCode" value={r.code} />
                  <div className="flex items-end gap-2">
                    <input
                      name="toCodes"
                      aria-label={`Mã năm ${view.year} tương ứng với ${r.code}`}
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
      </Card>
      <Card title={`Mã mới của năm ${view.year} (không mã nào năm ${view.fromYear} ứng với)`}>
        {view.newCodes.length === 0 ? (
          <EmptyState>Không có.</EmptyState>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {view.newCodes.map((c) => (
              <li key={c.code}>
                <span className="num">{c.code}</span> — {c.title}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
