"use client";
import { useState } from "react";
// The one time a temporary password is shown: readable, copyable, with the rule that it is not kept.
import { Button } from "@/components/ui/Button";
import { userText as t, userMessages } from "@/lib/users/messages";

export function TemporaryPassword({ email, password }: { email: string; password: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="temporary-password">
      <p>
        {t.temporaryPassword} của <strong>{email}</strong>:
      </p>
      <p className="my-2">
        <output
          className="select-all rounded bg-white px-2 py-1 font-mono text-lg tracking-wider"
          data-testid="temporary-password-value"
        >
          {password}
        </output>
      </p>
      <p className="text-slate-700">{userMessages.temporaryPasswordNote}</p>
      <div className="mt-2 flex items-center gap-3">
        <Button
          variant="secondary"
          type="button"
          onClick={() =>
            navigator.clipboard?.writeText(password).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t.copy}
        </Button>
        <span aria-live="polite">{copied ? t.copied : ""}</span>
      </div>
    </div>
  );
}
