import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/AdminNav";
import { ListFilter, statusSelect } from "@/components/admin/ListFilter";
import { SignInPressure } from "@/components/admin/SignInPressure";
import { UserForm } from "@/components/admin/UserForm";
import { UserTable } from "@/components/admin/UserTable";
import { Card } from "@/components/ui/Card";
import { HeaderLink, PageHeader } from "@/components/ui/PageHeader";
import { loadAgencyOptions } from "@/lib/agency-admin/data";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { firstParam, parseStatus, type SearchParams } from "@/lib/search-params";
import { createUserAction } from "@/lib/users/actions";
import { loadSignInPressure, loadUsers } from "@/lib/users/data";
import { userText as t } from "@/lib/users/messages";

export const metadata: Metadata = { title: "Tài khoản người dùng" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("user.manage");
  const params = await searchParams;
  const role = firstParam(params["vai-tro"]);
  const filter = {
    q: firstParam(params.q),
    role: (ROLES as readonly string[]).includes(role ?? "") ? (role as Role) : null,
    agencyId: firstParam(params["co-quan"]) ?? null,
    status: parseStatus(params.tt, "all"),
  };
  const scope = { provinceId: user.provinceId };
  const [{ rows, more }, agencies, pressure] = await Promise.all([
    loadUsers(scope, filter),
    loadAgencyOptions(scope),
    loadSignInPressure(scope),
  ]);
  return (
    <div className="space-y-5">
      <AdminNav current="users" />
      <PageHeader title={t.usersTitle} intro={t.usersIntro}>
        <HeaderLink href="#new-user">+ {t.newUser}</HeaderLink>
      </PageHeader>
      <Card>
        <ListFilter
          action="/quan-tri/tai-khoan"
          q={filter.q}
          qLabel={t.search}
          selects={[
            {
              name: "vai-tro",
              label: t.role,
              value: filter.role ?? "",
              options: [{ value: "", label: t.allRoles }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))],
            },
            {
              name: "co-quan",
              label: t.agency,
              value: filter.agencyId ?? "",
              options: [{ value: "", label: t.allAgencies }, ...agencies.map((a) => ({ value: a.id, label: a.name }))],
            },
            statusSelect(filter.status, "all", t.status, { all: t.statusAll, active: t.active, inactive: t.inactive }),
          ]}
        />
        <p className="mt-3 text-sm text-slate-600">{t.count(rows.length, more)}</p>
        <div className="mt-2">
          <UserTable rows={rows} link={(u) => `/quan-tri/tai-khoan/${u.id}`} />
        </div>
      </Card>
      <Card title={t.pressureTitle}>
        <p className="mb-3 text-sm text-slate-600">{t.pressureIntro}</p>
        <SignInPressure rows={pressure} />
      </Card>
      <Card title={t.newUser} id="new-user">
        <UserForm action={createUserAction} agencies={agencies.filter((a) => a.active)} />
      </Card>
    </div>
  );
}
