import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { userText as t } from "@/lib/users/messages";
import { changeOwnPasswordAction, signOutEverywhereAction } from "@/lib/users/own-actions";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

export default async function MyAccountPage() {
  const user = await requireAction("account.own");
  return (
    <div className="space-y-5">
      <PageHeader
        title={t.accountTitle}
        intro={
          <>
            {user.name} · {user.email} · {ROLE_LABELS[user.role]} {user.agencyName ? ` · ${user.agencyName}` : ""}
          </>
        }
      />
      <Card title={t.changePassword}>
        <ChangePasswordForm action={changeOwnPasswordAction} />
      </Card>
      <Card title={t.signOutEverywhere}>
        <p className="mb-3 text-sm text-slate-600">{t.signOutEverywhereHint}</p>
        <form action={signOutEverywhereAction}>
          <Button variant="secondary" data-testid="sign-out-everywhere">
            {t.signOutEverywhere}
          </Button>
        </form>
      </Card>
    </div>
  );
}
