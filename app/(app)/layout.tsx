import { AppShell } from "@/components/layout/AppShell";
import { requireUser } from "@/lib/auth/session";
import { loadUnreadCount } from "@/lib/notifications/data";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <AppShell user={user} unread={await loadUnreadCount(user)}>
      {children}
    </AppShell>
  );
}
