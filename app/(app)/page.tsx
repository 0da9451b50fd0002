import { redirect } from "next/navigation";
import { hasAction } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

// The landing page depends on the role: Sở Nội vụ its review queue, leadership the dashboard, agencies their board.
export default async function Home() {
  const user = await requireUser();
  if (hasAction(user.role, "task.review")) redirect("/duyet");
  if (hasAction(user.role, "dashboard.read")) redirect("/bang-dieu-khien");
  if (user.agencyId) redirect("/nhiem-vu");
  if (!hasAction(user.role, "plan.read")) redirect("/bo-chi-so"); // the national administrator
  redirect("/ke-hoach");
}
