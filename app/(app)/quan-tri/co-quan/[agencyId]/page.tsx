import type { Metadata } from "next";
import { ActiveToggle } from "@/components/admin/ActiveToggle";
import { AdminNav } from "@/components/admin/AdminNav";
import { AgencyForm } from "@/components/admin/AgencyForm";
import { HeadApprovalSetting } from "@/components/admin/HeadApprovalSetting";
import { MembershipForm } from "@/components/admin/MembershipForm";
import { Card } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import {
  setAgencyActiveAction,
  setAgencyGroupsAction,
  setHeadApprovalAction,
  updateAgencyAction,
} from "@/lib/agency-admin/actions";
import { loadAgencyForEdit, loadAgencyOptions, loadGroups } from "@/lib/agency-admin/data";
import { AGENCY_KIND_LABELS } from "@/lib/agency-admin/labels";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";
import { requireAction } from "@/lib/auth/session";
import { dataOrRefuse } from "@/lib/server/refuse";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";

export const metadata: Metadata = { title: "Thông tin cơ quan" };

export default async function AgencyAdminPage({ params }: { params: Promise<{ agencyId: string }> }) {
  const user = await requireAction("agency.manage");
  const { agencyId } = await params;
  const scope = { provinceId: user.provinceId };
  const [loaded, options, groups] = await Promise.all([
    loadAgencyForEdit(scope, agencyId),
    loadAgencyOptions(scope),
    loadGroups(scope),
  ]);
  const agency = dataOrRefuse(loaded);
  return (
    <div className="space-y-5">
      <AdminNav current="agencies" back={t.back} />
      <header className="space-y-1">
        <h1 className="text-xl font-bold sm:text-2xl">{agency.name}</h1>
        <p className="text-sm text-slate-600">
          {AGENCY_KIND_LABELS[agency.kind]} ·{" "}
          {agency.active ? t.active : <strong className="text-brand-700">{t.inactive}</strong>} · {t.users}:{" "}
          {agency._count.users} · {t.tasks}: {agency._count.tasks}
        </p>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href={`/co-quan/${agency.id}`} className="text-blue-800 underline">
            {t.viewBoard}
          </Link>
          <Link href={`/nhat-ky/co-quan/${agency.id}`} className="text-blue-800 underline">
            {t.viewAudit}
          </Link>
          <Link href={`/quan-tri/tai-khoan?co-quan=${agency.id}`} className="text-blue-800 underline">
            {t.users}
          </Link>
        </p>
      </header>
      <Card title={t.editAgency} id="agency-details">
        <AgencyForm
          action={updateAgencyAction}
          agencies={options.filter((a) => a.active || a.id === agency.parentId)}
          agency={agency}
        />
      </Card>
      <Card title={t.groupsOfAgency} id="agency-groups">
        <MembershipForm
          action={setAgencyGroupsAction}
          owner={{ name: "agencyId", value: agency.id }}
          listName="groupIds"
          options={groups.map((g) => ({ id: g.id, label: g.name, section: t.groupsTitle }))}
          checked={agency.memberships.map((m) => m.groupId)}
          text={{ legend: t.groupsOfAgency, hint: t.groupsHint, save: t.saveMembers, saving: t.saving }}
          testId="agency-groups-form"
        />
      </Card>
      <Card title={APPROVAL_TEXT.settingTitle} id="agency-head-approval">
        <HeadApprovalSetting action={setHeadApprovalAction} agencyId={agency.id} on={agency.headApprovesTasks} />
      </Card>
      {agency.children.length > 0 && (
        <Card title={t.children} id="agency-children">
          <ul className="list-inside list-disc text-sm">
            {agency.children.map((c) => (
              <li key={c.id}>
                <Link href={`/quan-tri/co-quan/${c.id}`} className="text-blue-800 underline">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={t.status} id="agency-status">
        <p className="mb-3 text-sm text-slate-600">{t.deactivateHint}</p>
        <ActiveToggle
          action={setAgencyActiveAction}
          idName="agencyId"
          id={agency.id}
          active={agency.active}
          labels={{ deactivate: t.deactivate, activate: t.activate }}
          testId="agency-active"
        />
      </Card>
    </div>
  );
}
