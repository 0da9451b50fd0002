import { requireAction } from "@/lib/auth/session";

// The permission is checked here, above the page's loading boundary: a page that streams has already sent
// HTTP 200 by the time it could refuse, so a user who may not open the dashboard would not get a 403.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  await requireAction("dashboard.read");
  return children;
}
