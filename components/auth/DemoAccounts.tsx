import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccountsAllowed } from "@/lib/auth/demo-accounts";
import { ROLE_LABELS } from "@/lib/auth/permissions";

/** Shown on the sign-in page only where demo accounts may sign in (local try-out). */
export function DemoAccounts() {
  if (!demoAccountsAllowed()) return null;
  return (
    <section aria-labelledby="demo-title" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="demo-title" className="font-semibold text-amber-900">
        Tài khoản dùng thử (mật khẩu: <code>{DEMO_PASSWORD}</code>)
      </h2>
      <ul className="mt-2 space-y-1">
        {DEMO_ACCOUNTS.map((a) => (
          <li key={a.email}>
            <code className="font-medium">{a.email}</code> — {ROLE_LABELS[a.role]}
            {a.agencyName ? `, ${a.agencyName}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
