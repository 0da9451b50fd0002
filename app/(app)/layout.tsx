import { AppShell } from "@/components/layout/AppShell";
import { requirePageSession } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The user and the shell's badges in one statement, which the page's own requireUser/requireAction reuses.
  const { user, shell } = await requirePageSession();
  return (
    <AppShell user={user} unread={shell.unread} reviewCount={shell.reviewCount}>
      {children}
    </AppShell>
  );
}
