"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { NamedOptions } from "@/components/ui/Options";
import type { AgencyRef } from "@/lib/tasks/data";
import { TASK_TEXT } from "@/lib/tasks/strings";

/** Drill into another agency's board (Sở Nội vụ, leadership). The board page re-checks the permission. */
export function AgencyPicker({ agencies, current }: { agencies: AgencyRef[]; current: string }) {
  const router = useRouter();
  const [agencyId, setAgencyId] = useState(current);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (agencyId && agencyId !== current) router.push(`/co-quan/${encodeURIComponent(agencyId)}`);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="agency-picker" className="block text-xs font-medium text-slate-700">
          {TASK_TEXT.agencyPicker}
        </label>
        <select
          id="agency-picker"
          value={agencyId}
          onChange={(e) => setAgencyId(e.target.value)}
          className="mt-1 block w-72 max-w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
        >
          <NamedOptions items={agencies} />
        </select>
      </div>
      <Button variant="secondary" className="py-2">
        {TASK_TEXT.agencyPickerGo}
      </Button>
    </form>
  );
}
