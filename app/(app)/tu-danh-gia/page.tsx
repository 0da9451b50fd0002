import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { SelfActionForm } from "@/components/self-assessment/SelfActionForm";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { hasAction } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { openSelfAssessmentAction } from "@/lib/self-assessment/actions";
import { loadSelfAssessmentYears } from "@/lib/self-assessment/data";

export const metadata: Metadata = { title: "Tự đánh giá Chỉ số CCHC" };

export default async function SelfAssessmentsPage() {
  const user = await requireUser();
  if (!hasAction(user.role, "selfassessment.read") && !hasAction(user.role, "selfassessment.score")) forbidden();
  const years = await loadSelfAssessmentYears(user);
  const canManage = hasAction(user.role, "selfassessment.manage");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-xl font-bold">Tự đánh giá, chấm điểm Chỉ số CCHC — tỉnh {user.provinceName}</h1>
      <Card title="Các kỳ tự đánh giá">
        {years.length === 0 ? (
          <EmptyState>Chưa mở kỳ tự đánh giá nào.</EmptyState>
        ) : (
          <ul className="list-disc pl-5">
            {years.map((y) => (
              <li key={y}>
                <Link className="text-brand-700 underline" href={`/tu-danh-gia/${y}`}>
                  Năm {y}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {canManage && (
        <Card title="Mở kỳ tự đánh giá">
          <p className="mb-2 text-sm text-slate-700">
            Mỗi tiêu chí tự chấm (không gồm các tiêu chí chấm qua điều tra xã hội học) được giao cho cơ quan chủ trì
            giải pháp của tiêu chí đó trong kế hoạch gần nhất; Sở Nội vụ có thể giao lại sau khi mở.
          </p>
          <SelfActionForm action={openSelfAssessmentAction} label="Mở kỳ tự đánh giá">
            <label className="block text-sm">
              Năm đánh giá
              <input
                name="year"
                inputMode="numeric"
                placeholder="2021"
                className="block w-40 rounded-md border border-slate-300 px-2 py-1"
              />
            </label>
            <Button size="sm">Mở kỳ tự đánh giá</Button>
          </SelfActionForm>
        </Card>
      )}
    </div>
  );
}
