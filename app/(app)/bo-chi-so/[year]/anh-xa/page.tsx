import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MappingTable } from "@/components/frameworks/MappingTable";
import { BackLink } from "@/components/ui/BackLink";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { requireAction } from "@/lib/auth/session";
import { loadMapping } from "@/lib/frameworks/mapping";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Ánh xạ mã tiêu chí giữa hai năm" };

export default async function MappingPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireAction("framework.manage");
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const view = dataOrRefuse(await loadMapping(user, Number(year)));
  return (
    <div className="space-y-4">
      <BackLink href={`/bo-chi-so/${year}`}>Bộ chỉ số năm {year}</BackLink>
      <h1 className="text-xl font-bold">
        Ánh xạ mã tiêu chí từ năm {view.fromYear} sang năm {view.year}
      </h1>
      <p className="text-sm text-slate-700">
        Mặc định mỗi mã năm {view.fromYear} ứng với cùng mã năm {view.year}. Ghi các mã năm {view.year} tương ứng, cách
        nhau bằng dấu phẩy: một mã khác là đổi mã, nhiều mã là tách, nhiều mã cũ cùng về một mã là gộp; để trống là bỏ.
        So sánh giữa hai năm đi theo ánh xạ này.
      </p>
      <Card title={`Các mã năm ${view.fromYear}`}>
        <MappingTable fromYear={view.fromYear} year={view.year} rows={view.rows} />
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
