import "server-only";
import { clearAccountLimits } from "@/lib/auth/limits";
// Writes shared by user management (Sở Nội vụ, user.manage) and staff management (agency heads, staff.manage):
// the permission differs, the work is the same. Passwords: only the bcrypt hash is stored; the temporary
// password is returned once to the caller and never logged or audited.
import { hashPassword } from "@/lib/auth/password-hash";
import type { Tx } from "@/lib/db";
import { invalidFields } from "@/lib/server/form-result";
import { MutationError } from "@/lib/server/mutation";
import { userMessages as m } from "./messages";
import { generateTemporaryPassword } from "./password";

export type AgencyRef = { id: string; name: string; provinceId: string; active: boolean };

export async function findAgency(tx: Tx, agencyId: string | null): Promise<AgencyRef | null> {
  if (!agencyId) return null;
  return tx.agency.findUnique({
    where: { id: agencyId },
    select: { id: true, name: true, provinceId: true, active: true },
  });
}

/** After the permission check: the agency picked must exist in the province and be active. */
export function requireUsableAgency(
  agency: AgencyRef | null,
  agencyId: string | null,
  provinceId: string,
): AgencyRef | null {
  if (!agencyId) return null;
  if (!agency || agency.provinceId !== provinceId) throw invalidFields({ agencyId: [m.agencyNotFound] });
  if (!agency.active) throw invalidFields({ agencyId: [m.agencyInactive] });
  return agency;
}

type NewUser = { email: string; name: string; role: "HOME_AFFAIRS" | "LEADERSHIP" | "AGENCY_HEAD" | "AGENCY_STAFF" };

export async function insertUser(tx: Tx, provinceId: string, input: NewUser, agency: AgencyRef | null) {
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
    throw invalidFields({ email: [m.emailTaken] });
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const user = await tx.user.create({
      data: {
        provinceId,
        email: input.email,
        name: input.name,
        role: input.role,
        agencyId: agency?.id ?? null,
        passwordHash,
      },
    });
    const after = { email: user.email, name: user.name, role: user.role, agency: agency?.name ?? null, active: true };
    return {
      data: { userId: user.id, email: user.email, temporaryPassword },
      audit: { action: "user.create", entity: "User", entityId: user.id, agencyId: user.agencyId, after },
    };
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides, the loser gets the field message.
    if ((error as { code?: string }).code === "P2002") throw invalidFields({ email: [m.emailTaken] });
    throw error;
  }
}

type ExistingUser = { id: string; email: string; agencyId: string | null; active: boolean };

/** New temporary password; ends the user's sessions and lifts sign-in delays so the new password works at once. */
export async function resetPassword(tx: Tx, target: ExistingUser) {
  const temporaryPassword = generateTemporaryPassword();
  await tx.user.update({
    where: { id: target.id },
    data: { passwordHash: await hashPassword(temporaryPassword), sessionVersion: { increment: 1 } },
  });
  await clearAccountLimits(tx, target.email);
  return {
    data: { userId: target.id, email: target.email, temporaryPassword },
    audit: { action: "user.password_reset", entity: "User", entityId: target.id, agencyId: target.agencyId },
  };
}

export async function setActive(tx: Tx, actorId: string, target: ExistingUser, active: boolean) {
  if (!active && target.id === actorId) throw new MutationError("CONFLICT", m.selfDeactivate);
  // Deactivation also ends the sessions, so a later reactivation does not revive an old cookie.
  const sessionVersion = active ? undefined : { increment: 1 };
  if (target.active !== active) await tx.user.update({ where: { id: target.id }, data: { active, sessionVersion } });
  return {
    data: { userId: target.id, email: target.email, active },
    audit: {
      action: active ? "user.activate" : "user.deactivate",
      entity: "User",
      entityId: target.id,
      agencyId: target.agencyId,
      before: { active: target.active },
      after: { active },
    },
  };
}
