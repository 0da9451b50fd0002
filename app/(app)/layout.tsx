import { AppShell } from "@/components/layout/AppShell";
import { requireUser } from "@/lib/auth/session";
import { countAwaitingReview } from "@/lib/tasks/data";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return <AppShell user={user} reviewCount={await countAwaitingReview(user)}>{children}</AppShell>;
}
