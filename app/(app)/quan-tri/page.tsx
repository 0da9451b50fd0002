import { forbidden, redirect } from "next/navigation";
import { hasAction } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

// Sở Nội vụ lands on the agency list; an agency head on their own staff; anyone else sees the 403 page.
export default async function AdminHome() {
  const user = await requireUser();
  if (hasAction(user.role, "agency.manage")) redirect("/quan-tri/co-quan");
  if (hasAction(user.role, "staff.manage")) redirect("/quan-tri/can-bo");
  forbidden();
}
