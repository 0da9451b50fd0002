import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/AdminNav";
import { AgencyForm } from "@/components/admin/AgencyForm";
import { AgencyTable } from "@/components/admin/AgencyTable";
import { BulkAgenciesForm } from "@/components/admin/BulkAgenciesForm";
import { ListFilter, statusSelect } from "@/components/admin/ListFilter";
import { Card } from "@/components/ui/Card";
import { HeaderLink, PageHeader } from "@/components/ui/PageHeader";
import { bulkCreateAgenciesAction, createAgencyAction } from "@/lib/agency-admin/actions";
import { loadAgencyList, loadAgencyOptions, loadGroups } from "@/lib/agency-admin/data";
import { AGENCY_KIND_LABELS, AGENCY_KINDS } from "@/lib/agency-admin/labels";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";
import { requireAction } from "@/lib/auth/session";
import { firstParam, parseKind, parseStatus, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Quản trị cơ quan" };

export default async function AgenciesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("agency.manage");
  const params = await searchParams;
  const filter = {
    q: firstParam(params.q),
    kind: parseKind(firstParam(params.loai)),
    status: parseStatus(params.tt, "active"),
  };
  const scope = { provinceId: user.provinceId };
  const [rows, options, groups] = await Promise.all([
    loadAgencyList(scope, filter),
    loadAgencyOptions(scope),
    loadGroups(scope),
  ]);
  return (
    <div className="space-y-5">
      <AdminNav current="agencies" />
      <PageHeader title={t.agenciesTitle} intro={t.agenciesIntro}>
        <HeaderLink href="#new-agency">+ {t.newAgency}</HeaderLink>
        <HeaderLink href="#bulk-agencies">+ Thêm nhiều đơn vị (UBND cấp xã…)</HeaderLink>
      </PageHeader>
      <Card>
        <ListFilter
          action="/quan-tri/co-quan"
          q={filter.q}
          qLabel={t.search}
          selects={[
            {
              name: "loai",
              label: t.kind,
              value: filter.kind ?? "",
              options: [
                { value: "", label: t.allKinds },
                ...AGENCY_KINDS.map((k) => ({ value: k, label: AGENCY_KIND_LABELS[k] })),
              ],
            },
            statusSelect(filter.status, "active", t.status, {
              active: t.statusActive,
              inactive: t.statusInactive,
              all: t.statusAll,
            }),
          ]}
        />
        <p className="mt-3 text-sm text-slate-600" aria-live="polite">
          {t.count(rows.length)}
        </p>
        <div className="mt-2">
          <AgencyTable rows={rows} />
        </div>
      </Card>
      <Card title={t.newAgency} id="new-agency">
        <AgencyForm action={createAgencyAction} agencies={options.filter((a) => a.active)} />
      </Card>
      <Card title="Thêm nhiều đơn vị cùng lúc" id="bulk-agencies">
        <BulkAgenciesForm action={bulkCreateAgenciesAction} groups={groups.map((g) => ({ id: g.id, name: g.name }))} />
      </Card>
    </div>
  );
}
