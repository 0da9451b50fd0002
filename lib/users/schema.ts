// Input schemas of user and staff management, shared by the forms and the mutations. No Prisma import (§6).
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { normalizeText } from "@/lib/text/vietnamese";
import { userMessages as m } from "./messages";

const id = z.string().trim().min(1);

/** Same normalisation as sign-in (lib/auth/credentials normaliseEmail): NFC, trimmed, lower case. */
export const emailField = z
  .string({ error: m.emailInvalid })
  .transform((s) => s.normalize("NFC").trim().toLowerCase())
  .pipe(z.email({ error: m.emailInvalid }).max(254, m.emailInvalid));

const nameField = z
  .string({ error: m.nameRequired })
  .transform(normalizeText)
  .pipe(z.string().min(2, m.nameRequired).max(120, m.nameTooLong));
const roleField = z.enum(ROLES, { error: m.roleRequired });
const agencyField = z
  .string()
  .optional()
  .nullable()
  .transform((v) => (v && v.trim() ? v.trim() : null));
const booleanField = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

export const AGENCY_ROLES: readonly string[] = ["AGENCY_HEAD", "AGENCY_STAFF"];

const agencyRoleNeedsAgency = (value: { role: string; agencyId: string | null }, ctx: z.RefinementCtx) => {
  if (AGENCY_ROLES.includes(value.role) && !value.agencyId)
    ctx.addIssue({ code: "custom", path: ["agencyId"], message: m.agencyRequired });
};

export const userCreateSchema = z
  .object({ email: emailField, name: nameField, role: roleField, agencyId: agencyField })
  .superRefine(agencyRoleNeedsAgency);
export const userUpdateSchema = z
  .object({ userId: id, name: nameField, role: roleField, agencyId: agencyField })
  .superRefine(agencyRoleNeedsAgency);
export const userIdSchema = z.object({ userId: id });
export const userActiveSchema = z.object({ userId: id, active: booleanField });

/**
 * An agency head adds staff to an agency. The role is part of the input (default AGENCY_STAFF) so that a request
 * for any other role is refused as FORBIDDEN by the mutation rather than silently downgraded.
 */
export const staffCreateSchema = z.object({
  email: emailField,
  name: nameField,
  agencyId: id,
  role: roleField.default("AGENCY_STAFF"),
});

export type UserCreateInput = z.input<typeof userCreateSchema>;
export type StaffCreateInput = z.input<typeof staffCreateSchema>;

/** A password a user chooses: long enough, more than one kind of character, not the email or a known default. */
export const PASSWORD_MIN_LENGTH = 10;
const COMMON_PASSWORDS = [
  "chisocchc@2021",
  "matkhau123",
  "password123",
  "1234567890",
  "12345678910",
  "qwertyuiop",
  "abc@123456",
];

export function passwordWeakness(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return m.passwordTooShort;
  if (password.length > 128) return m.passwordTooLong;
  const kinds = [/[a-zà-ỹ]/u, /[A-ZÀ-Ỹ]/u, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(password)).length;
  if (kinds < 2) return m.passwordTooSimple;
  const lower = password.toLowerCase();
  const local = email.split("@")[0] ?? "";
  if (COMMON_PASSWORDS.includes(lower) || (local.length >= 4 && lower.includes(local.toLowerCase())))
    return m.passwordGuessable;
  return null;
}

export const ownPasswordSchema = z
  .object({
    currentPassword: z.string({ error: m.currentPasswordRequired }).min(1, m.currentPasswordRequired).max(256),
    newPassword: z.string({ error: m.passwordTooShort }).max(256),
    confirmPassword: z.string().max(256),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.newPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: m.passwordMismatch });
    if (v.newPassword === v.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: m.passwordUnchanged });
  });
export const emptySchema = z.object({});
