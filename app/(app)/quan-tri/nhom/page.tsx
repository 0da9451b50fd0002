import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/AdminNav";
import { GroupForm } from "@/components/admin/GroupForm";
import { GroupTable } from "@/components/admin/GroupTable";
import { Card } from "@/components/ui/Card";
import { HeaderLink, PageHeader } from "@/components/ui/PageHeader";
import { createGroupAction } from "@/lib/agency-admin/actions";
import { loadGroups } from "@/lib/agency-admin/data";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";
import { requireAction } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Nhóm cơ quan" };

export default async function GroupsPage() {
  const user = await requireAction("agency.manage");
  const groups = await loadGroups({ provinceId: user.provinceId });
  return (
    <div className="space-y-5">
      <AdminNav current="groups" />
      <PageHeader title={t.groupsTitle} intro={t.groupsIntro}>
        <HeaderLink href="#new-group">+ {t.newGroup}</HeaderLink>
      </PageHeader>
      <Card>
        <GroupTable groups={groups} />
      </Card>
      <Card title={t.newGroup} id="new-group">
        <GroupForm action={createGroupAction} />
      </Card>
    </div>
  );
}
