import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CriterionChildren } from "@/components/dashboard/criterion/CriterionChildren";
import { CriterionHeader } from "@/components/dashboard/criterion/CriterionHeader";
import { CriterionMeasures } from "@/components/dashboard/criterion/CriterionMeasures";
import { hasAction } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { loadCriterionDetail } from "@/lib/dashboard/criterion";
import { provinceTodayIso } from "@/lib/format";
import { firstParam, type SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

const CODE = /^\d{1,2}(\.\d{1,2}){0,3}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: `Tiêu chí ${decodeURIComponent(code)}` };
}

export default async function CriterionPage({ params, searchParams }: Props) {
  const user = await requireAction("plan.read");
  const code = decodeURIComponent((await params).code);
  const planId = firstParam((await searchParams)["ke-hoach"]) ?? null;
  if (!CODE.test(code)) notFound();
  const detail = await loadCriterionDetail(user, planId, code, provinceTodayIso());
  if (!detail) notFound();
  return (
    <div className="space-y-5">
      <CriterionHeader detail={detail} dashboardLink={hasAction(user.role, "dashboard.read")} />
      <CriterionChildren rows={detail.children} planId={detail.plan.id} />
      <CriterionMeasures measures={detail.measures} agencyView={detail.agencyView} />
    </div>
  );
}
