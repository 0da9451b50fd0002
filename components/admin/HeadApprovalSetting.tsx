"use client";
// The per-agency switch "lãnh đạo cơ quan duyệt kết quả nhiệm vụ" (lib/tasks/head-approval.ts): Sở Nội vụ sets it
// on the agency's admin page, the head on their own staff page. One button; the outcome is announced.
import { Button } from "@/components/ui/Button";
import { type FormAction, FormMessage, useFormAction } from "@/components/ui/form";

import type { FormState } from "@/lib/server/form-state";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";

type Props = { action: FormAction<undefined>; agencyId: string; on: boolean };

export function HeadApprovalSetting({ action, agencyId, on }: Props) {
  const { state, formAction, onSubmit, pending } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" data-testid="head-approval-setting">
      <p className="text-sm text-slate-800" data-testid="head-approval-state">
        {on ? APPROVAL_TEXT.settingOn : APPROVAL_TEXT.settingOff}
      </p>
      <p className="text-xs text-slate-600">{APPROVAL_TEXT.settingHint}</p>
      <input type="hidden" name="agencyId" value={agencyId} />
      <input type="hidden" name="on" value={on ? "false" : "true"} />
      <Button variant="secondary" disabled={pending}>
        {on ? APPROVAL_TEXT.turnOff : APPROVAL_TEXT.turnOn}
      </Button>
      <FormMessage state={state as FormState<unknown>} testId="head-approval-message" />
    </form>
  );
}
