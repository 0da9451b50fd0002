import type { Metadata } from "next";
import { AuditCard } from "@/components/audit/AuditList";
import { Link } from "@/components/ui/Link";
import { loadAuditFor } from "@/lib/audit/data";
import { auditPageText as p, auditText as t } from "@/lib/audit/labels";
import { requireAction } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Nhật ký thay đổi của nhiệm vụ" };

export default async function TaskAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ taskId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireAction("audit.read");
  const [{ taskId }, query] = await Promise.all([params, searchParams]);
  const cursor = firstParam(query.sau);
  const result = dataOrRefuse(await loadAuditFor(user, { kind: "entity", entity: "Task", entityId: taskId }, cursor));
  return (
    <div className="space-y-5">
      <Link href="/nhat-ky" className="text-sm text-blue-800 underline">
        {p.provinceLog}
      </Link>
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{t.taskTitle}</p>
        <h1 className="mt-1 text-xl font-bold sm:text-2xl">{result.subject}</h1>
        <Link href={`/nhiem-vu/${taskId}`} className="text-sm text-blue-800 underline">
          {p.openTask}
        </Link>
      </header>
      <AuditCard page={result.page} basePath={`/nhat-ky/nhiem-vu/${taskId}`} params={query} linkSubjects={false} />
    </div>
  );
}
