import type { Metadata } from "next";
import { AuditCard } from "@/components/audit/AuditList";
import { Link } from "@/components/ui/Link";
import { PageHeader } from "@/components/ui/PageHeader";
import { loadAuditFor } from "@/lib/audit/data";
import { auditPageText as p, auditText as t } from "@/lib/audit/labels";
import { hasAction } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Nhật ký thay đổi của cơ quan" };

export default async function AgencyAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ agencyId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireAction("audit.read");
  const [{ agencyId }, query] = await Promise.all([params, searchParams]);
  const cursor = firstParam(query.sau);
  const result = dataOrRefuse(await loadAuditFor(user, { kind: "agency", agencyId }, cursor));
  return (
    <div className="space-y-5">
      <Link href="/nhat-ky" className="text-sm text-blue-800 underline">
        {p.provinceLog}
      </Link>
      <PageHeader title={t.agencyTitle(result.subject)}>
        {hasAction(user.role, "agency.manage") && (
          <Link href={`/quan-tri/co-quan/${agencyId}`} className="text-sm text-blue-800 underline">
            {p.openAgency}
          </Link>
        )}
      </PageHeader>
      <AuditCard page={result.page} basePath={`/nhat-ky/co-quan/${agencyId}`} params={query} />
    </div>
  );
}
