import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublishedResultForm } from "@/components/results/PublishedResultForm";
import { BackLink } from "@/components/ui/BackLink";
import { Card } from "@/components/ui/Card";
import { requireAction } from "@/lib/auth/session";
import { enterPublishedResultAction } from "@/lib/results/actions";
import { loadPublishedResultForm } from "@/lib/results/data";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Kết quả công bố" };

export default async function PublishedResultPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireAction("selfassessment.manage");
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const form = dataOrRefuse(await loadPublishedResultForm(user, Number(year)));
  return (
    <div className="space-y-4">
      <BackLink href={`/tu-danh-gia/${year}`}>Tự đánh giá năm {year}</BackLink>
      <h1 className="text-xl font-bold">
        Kết quả Chỉ số CCHC năm {year} đã công bố — tỉnh {user.provinceName}
      </h1>
      <Card>
        <PublishedResultForm action={enterPublishedResultAction} {...form} />
      </Card>
    </div>
  );
}
