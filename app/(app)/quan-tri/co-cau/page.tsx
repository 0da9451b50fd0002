import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/AdminNav";
import { BatchForm } from "@/components/restructuring/BatchForm";
import { EventTable } from "@/components/restructuring/EventTable";
import { RestructureForm } from "@/components/restructuring/RestructureForm";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireAction } from "@/lib/auth/session";
import {
  applyRestructuringAction,
  batchRestructuringAction,
  previewRestructuringAction,
  undoRestructuringAction,
} from "@/lib/restructuring/actions";
import { loadRestructuringOptions, loadRestructurings } from "@/lib/restructuring/data";
import { restructuringText as t } from "@/lib/restructuring/messages";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Sắp xếp cơ cấu tổ chức" };

export default async function RestructuringPage() {
  const user = await requireAction("agency.restructure");
  const [events, options] = await Promise.all([
    dataOrRefuse(await loadRestructurings(user)),
    dataOrRefuse(await loadRestructuringOptions(user)),
  ]);
  const agencies = options.agencies.filter((a) => a.active && !a.endedOn);
  const groups = options.groups.filter((g) => !g.retiredOn);
  return (
    <div className="space-y-5">
      <AdminNav current="restructure" />
      <PageHeader title={t.title} intro={t.intro} />
      <Card title={t.events} id="events">
        <EventTable events={events} undoAction={undoRestructuringAction} />
      </Card>
      <Card title={t.newEvent} id="new-event">
        <RestructureForm
          agencies={agencies}
          groups={groups}
          previewAction={previewRestructuringAction}
          applyAction={applyRestructuringAction}
        />
      </Card>
      <Card title={t.batchTitle} id="batch">
        <BatchForm action={batchRestructuringAction} />
      </Card>
    </div>
  );
}
