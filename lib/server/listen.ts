// Where the production server listens. Demo accounts (a shared, published password) mean a local try-out, so
// the server then binds to 127.0.0.1 unless HOST says otherwise.
import { demoAccountsAllowed } from "@/lib/auth/demo-accounts";
import { env } from "@/lib/env";

export function listenHost(e: Pick<typeof env, "HOST" | "ALLOW_DEMO_ACCOUNTS"> = env): string | undefined {
  if (e.HOST) return e.HOST;
  return demoAccountsAllowed(e) ? "127.0.0.1" : undefined;
}
