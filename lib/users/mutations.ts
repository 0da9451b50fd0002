import "server-only";
import { PASSWORD_TRANSACTION } from "@/lib/auth/password-hash";
// User management by Sở Nội vụ (user.manage, any user of the province): create, edit name/role/agency,
// reset password, deactivate. Every write goes through defineMutation (permission + audit in one transaction).
import { NO_PROVINCE } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { changedFields } from "@/lib/server/audit";
import { defineMutation, MutationError } from "@/lib/server/mutation";
import { userMessages as m } from "./messages";
import { userActiveSchema, userCreateSchema, userIdSchema, userUpdateSchema } from "./schema";
import { findAgency, insertUser, requireUsableAgency, resetPassword, setActive } from "./store";

async function loadUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      provinceId: true,
      agencyId: true,
      active: true,
      agency: { select: { name: true } },
    },
  });
  return user
    ? { record: user, target: { provinceId: user.provinceId ?? NO_PROVINCE, agencyId: user.agencyId } }
    : null;
}

export const createUser = defineMutation({
  // bcrypt at cost 12 runs inside the transaction: allow it more than Prisma's default 5 s on a loaded server.
  transaction: PASSWORD_TRANSACTION,
  action: "user.manage",
  schema: userCreateSchema,
  // The agency is loaded before the check so that an agency of another province is refused as FORBIDDEN.
  load: async (tx, input, user) => {
    const agency = await findAgency(tx, input.agencyId);
    return {
      record: agency,
      target: { provinceId: agency?.provinceId ?? user.provinceId, agencyId: agency?.id ?? null },
    };
  },
  run: async (tx, input, { user, record }) => {
    const agency = requireUsableAgency(record, input.agencyId, user.provinceId);
    return insertUser(tx, user.provinceId, input, agency);
  },
});

export const updateUser = defineMutation({
  action: "user.manage",
  schema: userUpdateSchema,
  load: (tx, input) => loadUser(tx, input.userId),
  run: async (tx, input, { user, record }) => {
    const moves = input.role !== record.role || input.agencyId !== record.agencyId;
    if (record.id === user.id && moves) throw new MutationError("CONFLICT", m.selfRole);
    const agency =
      input.agencyId === record.agencyId
        ? record.agencyId
          ? { id: record.agencyId, name: record.agency?.name ?? "" }
          : null
        : requireUsableAgency(await findAgency(tx, input.agencyId), input.agencyId, record.provinceId ?? NO_PROVINCE);
    // A new role or agency ends the user's sessions: the next request signs in again with the new rights.
    const sessionVersion = moves ? { increment: 1 } : undefined;
    await tx.user.update({
      where: { id: record.id },
      data: { name: input.name, role: input.role, agencyId: agency?.id ?? null, sessionVersion },
    });
    const diff = changedFields(
      { name: record.name, role: record.role, agency: record.agency?.name ?? null },
      { name: input.name, role: input.role, agency: agency?.name ?? null },
    );
    return {
      data: { userId: record.id, email: record.email },
      audit: {
        action: "user.update",
        entity: "User",
        entityId: record.id,
        agencyId: agency?.id ?? record.agencyId,
        ...diff,
      },
    };
  },
});

export const resetUserPassword = defineMutation({
  // bcrypt at cost 12 runs inside the transaction: allow it more than Prisma's default 5 s on a loaded server.
  transaction: PASSWORD_TRANSACTION,
  action: "user.manage",
  schema: userIdSchema,
  load: (tx, input) => loadUser(tx, input.userId),
  run: (tx, _input, { record }) => resetPassword(tx, record),
});

export const setUserActive = defineMutation({
  action: "user.manage",
  schema: userActiveSchema,
  load: (tx, input) => loadUser(tx, input.userId),
  run: (tx, input, { user, record }) => setActive(tx, user.id, record, input.active),
});
