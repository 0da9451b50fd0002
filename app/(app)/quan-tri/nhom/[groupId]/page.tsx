import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/AdminNav";
import { GroupForm } from "@/components/admin/GroupForm";
import { MembershipForm } from "@/components/admin/MembershipForm";
import { Card } from "@/components/ui/Card";
import { setGroupMembersAction, updateGroupAction } from "@/lib/agency-admin/actions";
import { loadAgencyOptions, loadGroupForEdit } from "@/lib/agency-admin/data";
import { AGENCY_KIND_LABELS } from "@/lib/agency-admin/labels";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";
import { requireAction } from "@/lib/auth/session";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Nhóm cơ quan" };

export default async function GroupAdminPage({ params }: { params: Promise<{ groupId: string }> }) {
  const user = await requireAction("agency.manage");
  const { groupId } = await params;
  const scope = { provinceId: user.provinceId };
  const [loaded, agencies] = await Promise.all([loadGroupForEdit(scope, groupId), loadAgencyOptions(scope)]);
  const group = dataOrRefuse(loaded);
  // Inactive agencies are offered only if they are still members, so they can be removed.
  const options = agencies
    .filter((a) => a.active || group.memberIds.includes(a.id))
    .map((a) => ({
      id: a.id,
      label: a.name,
      section: AGENCY_KIND_LABELS[a.kind],
      note: a.active ? undefined : t.inactive.toLowerCase(),
    }));
  return (
    <div className="space-y-5">
      <AdminNav current="groups" back={t.backGroups} />
      <h1 className="text-xl font-bold sm:text-2xl">{group.name}</h1>
      <Card title={t.groupDetails} id="group-details">
        <GroupForm action={updateGroupAction} group={group} />
      </Card>
      <Card title={`${t.members} (${group.memberIds.length})`} id="group-members">
        <MembershipForm
          action={setGroupMembersAction}
          owner={{ name: "groupId", value: group.id }}
          listName="agencyIds"
          options={options}
          checked={group.memberIds}
          text={{
            legend: t.members,
            hint: t.membersHint,
            save: t.saveMembers,
            saving: t.saving,
            filter: t.filterMembers,
          }}
          testId="group-members-form"
        />
      </Card>
    </div>
  );
}
