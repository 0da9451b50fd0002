import { AppShell } from "@/components/layout/AppShell";
import { requireUser } from "@/lib/auth/session";
import { loadUnreadCount } from "@/lib/notifications/data";
import { countAwaitingReview } from "@/lib/tasks/data";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [unread, reviewCount] = await Promise.all([loadUnreadCount(user), countAwaitingReview(user)]);
  return (
    <AppShell user={user} unread={unread} reviewCount={reviewCount}>
      {children}
    </AppShell>
  );
}
