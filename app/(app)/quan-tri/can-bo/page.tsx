import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ActiveToggle } from "@/components/admin/ActiveToggle";
import { HeadApprovalSetting } from "@/components/admin/HeadApprovalSetting";
import { ResetPasswordButton } from "@/components/admin/ResetPasswordButton";
import { StaffForm } from "@/components/admin/StaffForm";
import { UserTable } from "@/components/admin/UserTable";
import { Card } from "@/components/ui/Card";
import { HeaderLink, PageHeader } from "@/components/ui/PageHeader";
import { setHeadApprovalAction } from "@/lib/agency-admin/actions";
import { loadOwnHeadApproval } from "@/lib/agency-admin/data";
import { can } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import { createStaffAction, resetStaffPasswordAction, setStaffActiveAction } from "@/lib/users/actions";
import { loadAgencyStaff } from "@/lib/users/data";
import { userText as t } from "@/lib/users/messages";

export const metadata: Metadata = { title: "Cán bộ của đơn vị" };

// An agency head manages the staff of their own agency; heads and other roles are listed without actions.
export default async function StaffPage() {
  const user = await requireAction("staff.manage");
  if (!user.agencyId || !can(user, "staff.manage", { provinceId: user.provinceId, agencyId: user.agencyId }))
    forbidden();
  const [rows, headApproval] = await Promise.all([
    loadAgencyStaff({ provinceId: user.provinceId, agencyId: user.agencyId }),
    loadOwnHeadApproval(user),
  ]);
  const staffActions = (u: (typeof rows)[number]) =>
    u.role === "AGENCY_STAFF" ? (
      <div className="flex flex-col gap-2">
        <ResetPasswordButton action={resetStaffPasswordAction} userId={u.id} email={u.email} testId={`reset-${u.id}`} />
        <ActiveToggle
          action={setStaffActiveAction}
          idName="userId"
          id={u.id}
          active={u.active}
          labels={{ deactivate: t.deactivate, activate: t.activate }}
          confirm={t.deactivateConfirm}
          testId={`active-${u.id}`}
        />
      </div>
    ) : (
      <span className="text-xs text-slate-500">{t.staffOnly}</span>
    );
  return (
    <div className="space-y-5">
      <PageHeader title={t.staffTitle(user.agencyName ?? "")} intro={t.staffIntro}>
        <HeaderLink href="#new-staff">+ {t.newStaff}</HeaderLink>
      </PageHeader>
      <Card>
        <UserTable rows={rows} actions={staffActions} hideAgency testId="staff-table" />
      </Card>
      <Card title={t.newStaff} id="new-staff">
        <StaffForm action={createStaffAction} />
      </Card>
      {headApproval && (
        <Card title={APPROVAL_TEXT.settingTitle} id="head-approval-setting">
          <HeadApprovalSetting action={setHeadApprovalAction} agencyId={headApproval.agencyId} on={headApproval.on} />
        </Card>
      )}
    </div>
  );
}
