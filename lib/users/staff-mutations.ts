import "server-only";
import { PASSWORD_TRANSACTION } from "@/lib/auth/password-hash";
// Staff management by an agency head (staff.manage, scope own_agency): create AGENCY_STAFF users of the head's
// own agency, reset their passwords, deactivate them. Any other agency, or any other role — a head, Sở Nội vụ,
// leadership — is FORBIDDEN, decided before anything is written.
import { NO_PROVINCE } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { defineMutation, MESSAGES, MutationError } from "@/lib/server/mutation";
import { staffCreateSchema, userActiveSchema, userIdSchema } from "./schema";
import { findAgency, insertUser, requireUsableAgency, resetPassword, setActive } from "./store";

async function loadStaff(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, provinceId: true, agencyId: true, active: true },
  });
  if (!user) return null;
  if (user.role !== "AGENCY_STAFF") throw new MutationError("FORBIDDEN", MESSAGES.FORBIDDEN);
  return { record: user, target: { provinceId: user.provinceId ?? NO_PROVINCE, agencyId: user.agencyId } };
}

export const createStaff = defineMutation({
  // bcrypt at cost 12 runs inside the transaction: allow it more than Prisma's default 5 s on a loaded server.
  transaction: PASSWORD_TRANSACTION,
  action: "staff.manage",
  schema: staffCreateSchema,
  load: async (tx, input) => {
    if (input.role !== "AGENCY_STAFF") throw new MutationError("FORBIDDEN", MESSAGES.FORBIDDEN);
    const agency = await findAgency(tx, input.agencyId);
    return agency ? { record: agency, target: { provinceId: agency.provinceId, agencyId: agency.id } } : null;
  },
  run: async (tx, input, { user, record }) => {
    const agency = requireUsableAgency(record, record.id, user.provinceId);
    return insertUser(tx, user.provinceId, { ...input, role: "AGENCY_STAFF" }, agency);
  },
});

export const resetStaffPassword = defineMutation({
  // bcrypt at cost 12 runs inside the transaction: allow it more than Prisma's default 5 s on a loaded server.
  transaction: PASSWORD_TRANSACTION,
  action: "staff.manage",
  schema: userIdSchema,
  load: (tx, input) => loadStaff(tx, input.userId),
  run: (tx, _input, { record }) => resetPassword(tx, record),
});

export const setStaffActive = defineMutation({
  action: "staff.manage",
  schema: userActiveSchema,
  load: (tx, input) => loadStaff(tx, input.userId),
  run: (tx, input, { user, record }) => setActive(tx, user.id, record, input.active),
});
