"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { primaryButton } from "@/components/ui/styles";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
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
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-700">
          Email
        </label>
        <input
          id="email"
          name="email"
          aria-invalid={missing.email ? true : undefined}
          aria-describedby={missing.email ? "email-error" : undefined}
          type="email"
          autoComplete="username"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-blue-600"
        />
        {missing.email && (
          <p id="email-error" className="mt-1 text-sm text-brand-700">
            {missing.email}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          Mật khẩu
        </label>
        <input
          id="password"
          name="password"
          aria-invalid={missing.password ? true : undefined}
          aria-describedby={missing.password ? "password-error" : undefined}
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-blue-600"
        />
        {missing.password && (
          <p id="password-error" className="mt-1 text-sm text-brand-700">
            {missing.password}
          </p>
        )}
      </div>
      <div role="alert" aria-live="assertive" className="min-h-5 text-sm text-brand-700" data-testid="sign-in-error">
        {error}
      </div>
      <button type="submit" disabled={pending} className={`w-full ${primaryButton}`}>
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
