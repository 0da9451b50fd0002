import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FrameworkEditForm } from "@/components/frameworks/FrameworkEditForm";
import { FrameworkTable } from "@/components/frameworks/FrameworkTable";
import { BackLink } from "@/components/ui/BackLink";
import { Card } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { hasAction } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { formatPoints } from "@/lib/format";
import { loadFrameworkOfYear } from "@/lib/frameworks/data";
import { hasMappingPair } from "@/lib/frameworks/mapping";
import { editFrameworkAction } from "../actions";

export const metadata: Metadata = { title: "Bộ Chỉ số CCHC theo năm" };

export default async function FrameworkYearPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireAction("framework.read");
  const { year: raw } = await params;
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw)) notFound();
  const framework = await loadFrameworkOfYear(user, year);
  if (!framework) notFound();
  const editable = hasAction(user.role, "framework.manage") && !framework.partial;
  const survey = framework.criteria.filter((c) => c.survey && c.level === "FIELD").map((c) => c.code);
  return (
    <div className="space-y-4">
      <BackLink href="/bo-chi-so">Các năm</BackLink>
      <h1 className="text-xl font-bold">{framework.title}</h1>
      <p className="text-slate-700">
        {framework.partial
          ? "Danh sách này chỉ gồm các tiêu chí có trong phụ lục kế hoạch của tỉnh (không gồm tiêu chí không bị mất điểm); chỉ tỉnh của bạn thấy danh sách này. Khi Bộ Nội vụ nhập bộ chỉ số chung của năm, danh sách được ghép vào đó."
          : `Quyết định: ${framework.decisionNumber ?? "chưa ghi"} · Tổng điểm tối đa ${formatPoints(framework.maxPoints)} · ${framework.criteria.length} tiêu chí${survey.length ? ` · lĩnh vực chấm qua điều tra xã hội học: ${survey.join(", ")}` : ""}.`}
      </p>
      {editable && (await hasMappingPair(framework.year)) && (
        <p>
          <Link className="text-brand-700 underline" href={`/bo-chi-so/${framework.year}/anh-xa`}>
            Ánh xạ mã tiêu chí từ năm {framework.year - 1} sang năm {framework.year}
          </Link>
        </p>
      )}
      {editable ? (
        <Card title="Sửa bộ chỉ số">
          <FrameworkEditForm
            action={editFrameworkAction}
            year={framework.year}
            decisionNumber={framework.decisionNumber}
            initial={framework.criteria.map((c) => ({
              code: c.code,
              title: c.title,
              maxPoints: c.maxPoints,
              survey: c.survey,
            }))}
          />
        </Card>
      ) : (
        <Card>
          <FrameworkTable criteria={framework.criteria} />
        </Card>
      )}
    </div>
  );
}
