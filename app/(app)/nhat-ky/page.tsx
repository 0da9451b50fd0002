import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/AdminNav";
import { AgencyOptions } from "@/components/admin/AgencyOptions";
import { AuditCard } from "@/components/audit/AuditList";
import { TableDownloads } from "@/components/export/ConsolidatedDownloads";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { inputClass, labelClass } from "@/components/ui/styles";
import { loadAgencyOptions } from "@/lib/agency-admin/data";
import { loadAuditFor } from "@/lib/audit/data";
import { auditPageText as p, auditText as t } from "@/lib/audit/labels";
import { hasAction } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Nhật ký thay đổi" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("audit.read");
  const params = await searchParams;
  const agencyId = firstParam(params["co-quan"]);
  if (agencyId) redirect(`/nhat-ky/co-quan/${encodeURIComponent(agencyId)}`);
  const cursor = firstParam(params.sau);
  const [loaded, agencies] = await Promise.all([
    loadAuditFor(user, { kind: "province" }, cursor),
    loadAgencyOptions({ provinceId: user.provinceId }),
  ]);
  const result = dataOrRefuse(loaded);
  return (
    <div className="space-y-5">
      {hasAction(user.role, "agency.manage") && <AdminNav current="audit" />}
      <PageHeader title={t.title} intro={p.intro}>
        <TableDownloads href="/api/xuat/nhat-ky" label="Tải toàn bộ nhật ký" />
      </PageHeader>
      <Card>
        <form method="get" action="/nhat-ky" className="flex flex-wrap items-end gap-3">
          <div className="min-w-64">
            <label htmlFor="audit-agency" className={labelClass}>
              {p.chooseAgency}
            </label>
            <select id="audit-agency" name="co-quan" defaultValue="" className={inputClass}>
              <option value="" disabled>
                {p.allAgencies}
              </option>
              <AgencyOptions agencies={agencies} />
            </select>
          </div>
          <Button variant="secondary">{p.show}</Button>
        </form>
      </Card>
      <AuditCard page={result.page} basePath="/nhat-ky" params={params} />
    </div>
  );
}
