import { AppShell } from "@/components/layout/AppShell";
import { requireUser } from "@/lib/auth/session";
import { loadShellCounts } from "@/lib/shell/counts";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const { unread, reviewCount } = await loadShellCounts(user);
  return (
    <AppShell user={user} unread={unread} reviewCount={reviewCount}>
      {children}
    </AppShell>
  );
}
