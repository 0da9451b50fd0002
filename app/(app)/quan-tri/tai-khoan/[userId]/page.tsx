import type { Metadata } from "next";
import { ActiveToggle } from "@/components/admin/ActiveToggle";
import { AdminNav } from "@/components/admin/AdminNav";
import { ResetPasswordButton } from "@/components/admin/ResetPasswordButton";
import { UserForm } from "@/components/admin/UserForm";
import { Card } from "@/components/ui/Card";
import { loadAgencyOptions } from "@/lib/agency-admin/data";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { dataOrRefuse } from "@/lib/server/refuse";
import { resetUserPasswordAction, setUserActiveAction, updateUserAction } from "@/lib/users/actions";
import { loadUserForEdit } from "@/lib/users/data";
import { userText as t } from "@/lib/users/messages";

export const metadata: Metadata = { title: "Tài khoản người dùng" };

export default async function UserAdminPage({ params }: { params: Promise<{ userId: string }> }) {
  const user = await requireAction("user.manage");
  const { userId } = await params;
  const scope = { provinceId: user.provinceId };
  const [loaded, agencies] = await Promise.all([loadUserForEdit(scope, userId), loadAgencyOptions(scope)]);
  const target = dataOrRefuse(loaded);
  const self = target.id === user.id;
  return (
    <div className="space-y-5">
      <AdminNav current="users" back={t.back} />
      <header>
        <h1 className="text-xl font-bold sm:text-2xl">
          {target.name} {self && <span className="text-base font-normal text-slate-600">{t.you}</span>}
        </h1>
        <p className="text-sm text-slate-600">
          {target.email} · {ROLE_LABELS[target.role]}
          {target.agencyName ? ` · ${target.agencyName}` : ""} · {target.active ? t.active : t.inactive}
        </p>
      </header>
      <Card title={t.editUser} id="edit-user">
        <UserForm
          action={updateUserAction}
          agencies={agencies.filter((a) => a.active || a.id === target.agencyId)}
          user={target}
        />
      </Card>
      <Card title={t.security} id="user-security">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
          <ResetPasswordButton
            action={resetUserPasswordAction}
            userId={target.id}
            email={target.email}
            testId="reset-password"
          />
          {!self && (
            <ActiveToggle
              action={setUserActiveAction}
              idName="userId"
              id={target.id}
              active={target.active}
              labels={{ deactivate: t.deactivate, activate: t.activate }}
              confirm={t.deactivateConfirm}
              testId="user-active"
            />
          )}
        </div>
      </Card>
    </div>
  );
}
