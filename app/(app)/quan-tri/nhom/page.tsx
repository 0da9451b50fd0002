import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/AdminNav";
import { GroupForm } from "@/components/admin/GroupForm";
import { Card } from "@/components/ui/Card";
import { Table, Th } from "@/components/ui/Table";
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
      <header>
        <h1 className="text-xl font-bold sm:text-2xl">{t.groupsTitle}</h1>
        <p className="mt-1 text-sm text-slate-600">{t.groupsIntro}</p>
        <a href="#new-group" className="mt-2 inline-block text-sm font-medium text-blue-800 underline">
          + {t.newGroup}
        </a>
      </header>
      <Card>
        <Table
          caption={t.groupsTitle}
          testId="group-table"
          className="min-w-[36rem]"
          head={
            <>
              <Th>{t.groupName}</Th>
              <Th>{t.aliases}</Th>
              <Th numeric className="py-2">
                {t.memberCount}
              </Th>
            </>
          }
        >
          {groups.map((g) => (
            <tr key={g.id} className="align-top">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                <Link href={`/quan-tri/nhom/${g.id}`} className="text-blue-800 underline-offset-2 hover:underline">
                  {g.name}
                </Link>
              </th>
              <td className="py-2 pr-3 text-slate-700">{g.aliases.join("; ") || "—"}</td>
              <td className="num py-2 text-right">{g.memberCount}</td>
            </tr>
          ))}
        </Table>
      </Card>
      <Card title={t.newGroup} id="new-group">
        <GroupForm action={createGroupAction} />
      </Card>
    </div>
  );
}
