"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/form";
import type { FormState } from "@/lib/server/form-state";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  // the kit's field wiring (label, aria-invalid, the message next to the field) reads a form state
  const fields: FormState = {
    status: "idle",
    message: "",
    fieldErrors: Object.fromEntries(Object.entries(missing).map(([name, text]) => [name, [text]])),
  };
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // An empty field is said next to it, before anything is sent (it is not a failed sign-in).
    const empty = {
      ...(String(form.get("email") ?? "").trim() ? {} : { email: "Vui lòng nhập email." }),
      ...(String(form.get("password") ?? "") ? {} : { password: "Vui lòng nhập mật khẩu." }),
    };
    setMissing(empty);
    setError(null);
    if (empty.email || empty.password) {
      event.currentTarget.querySelector<HTMLInputElement>(empty.email ? "#email" : "#password")?.focus();
      return;
    }
    setPending(true);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(
        result?.error && result.error !== "CredentialsSignin" ? result.error : "Email hoặc mật khẩu không đúng.",
      );
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field state={fields} name="email" label="Email">
        {(control) => <input {...control} type="email" autoComplete="username" required />}
      </Field>
      <Field state={fields} name="password" label="Mật khẩu">
        {(control) => <input {...control} type="password" autoComplete="current-password" required />}
      </Field>
      <div role="alert" aria-live="assertive" className="min-h-5 text-sm text-brand-700" data-testid="sign-in-error">
        {error}
      </div>
      <Button className="w-full" disabled={pending}>
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </Button>
    </form>
  );
}
