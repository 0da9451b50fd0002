import "server-only";
// A user's own account: change the password (the current one required, a minimum strength, every other session
// ends) and "đăng xuất khỏi mọi nơi". The record is always the signed-in user, never an id from the input.
import bcrypt from "bcryptjs";
import { clearAccountLimits } from "@/lib/auth/limits";
import { hashPassword, PASSWORD_TRANSACTION } from "@/lib/auth/password-hash";
import { NO_PROVINCE } from "@/lib/auth/permissions";
import { invalidFields } from "@/lib/server/form-result";
import { defineMutation } from "@/lib/server/mutation";
import { userMessages as m } from "./messages";
import { emptySchema, ownPasswordSchema, passwordWeakness } from "./schema";

const loadSelf = async (tx: Parameters<Parameters<typeof defineMutation>[0]["load"]>[0], user: { id: string }) => {
  const record = await tx.user.findUnique({
    where: { id: user.id },
    select: { id: true, email: true, provinceId: true, agencyId: true, passwordHash: true },
  });
  if (!record) return null;
  // The national administrator belongs to no province: its own account is a national record.
  const target = record.provinceId
    ? { provinceId: record.provinceId, agencyId: record.agencyId }
    : { provinceId: NO_PROVINCE, national: true };
  return { record, target };
};

export const changeOwnPassword = defineMutation({
  // bcrypt at cost 12 runs inside the transaction: allow it more than Prisma's default 5 s on a loaded server.
  transaction: PASSWORD_TRANSACTION,
  action: "account.own",
  schema: ownPasswordSchema,
  load: (tx, _input, user) => loadSelf(tx, user),
  run: async (tx, input, { record }) => {
    if (!(await bcrypt.compare(input.currentPassword, record.passwordHash)))
      throw invalidFields({ currentPassword: [m.currentPasswordWrong] });
    const weakness = passwordWeakness(input.newPassword, record.email);
    if (weakness) throw invalidFields({ newPassword: [weakness] });
    const updated = await tx.user.update({
      where: { id: record.id },
      data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await clearAccountLimits(tx, record.email);
    return {
      data: { userId: record.id, sessionVersion: updated.sessionVersion },
      audit: { action: "user.password_change", entity: "User", entityId: record.id, agencyId: record.agencyId },
    };
  },
});

export const signOutEverywhere = defineMutation({
  action: "account.own",
  schema: emptySchema,
  load: (tx, _input, user) => loadSelf(tx, user),
  run: async (tx, _input, { record }) => {
    await tx.user.update({ where: { id: record.id }, data: { sessionVersion: { increment: 1 } } });
    return {
      data: { userId: record.id },
      audit: { action: "user.sign_out_everywhere", entity: "User", entityId: record.id, agencyId: record.agencyId },
    };
  },
});
