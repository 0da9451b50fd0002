// Input schemas of the agency and group admin, shared by the forms and the mutations. No Prisma import (§6).
import { z } from "zod";
import { foldKey, normalizeText } from "@/lib/text/vietnamese";
import { AGENCY_KINDS } from "./labels";
import { adminAgencyMessages as m } from "./messages";

const id = z.string().trim().min(1);
const optionalId = z
  .string()
  .optional()
  .nullable()
  .transform((v) => (v && v.trim() ? v.trim() : null));

/** Accepts a list or a textarea (one name per line); blank lines dropped, spelling normalised to NFC. */
export const namesField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v : (v ?? "").split(/\r?\n/)).map(normalizeText).filter((s) => s.length > 0))
  .pipe(
    z
      .array(
        z
          .string()
          .max(200, m.aliasTooLong)
          .refine((s) => foldKey(s).length > 0, { error: (issue) => m.aliasNoLetters(String(issue.input)) }),
      )
      .max(50, m.tooManyAliases),
  );

const agencyName = z
  .string({ error: m.nameRequired })
  .transform(normalizeText)
  .pipe(z.string().min(2, m.nameRequired).max(200, m.nameTooLong));

const agencyFields = z.object({
  name: agencyName,
  shortName: z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v ? normalizeText(v) : "") || null)
    .pipe(z.string().max(60, m.shortNameTooLong).nullable()),
  kind: z.enum(AGENCY_KINDS, { error: m.kindRequired }),
  parentId: optionalId,
  aliases: namesField,
});

const communeNeedsParent = (value: { kind: string; parentId: string | null }, ctx: z.RefinementCtx) => {
  if (value.kind === "COMMUNE" && !value.parentId)
    ctx.addIssue({ code: "custom", path: ["parentId"], message: m.communeNeedsDistrict });
};

export const agencyCreateSchema = agencyFields.superRefine(communeNeedsParent);
export const agencyUpdateSchema = agencyFields.extend({ agencyId: id }).superRefine(communeNeedsParent);

const booleanField = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);
export const agencyActiveSchema = z.object({ agencyId: id, active: booleanField });
/** Whether the agency head approves a staff member's "hoàn thành" before it goes to Sở Nội vụ. */
export const headApprovalSettingSchema = z.object({ agencyId: id, on: booleanField });

const groupName = z
  .string({ error: m.groupNameRequired })
  .transform(normalizeText)
  .pipe(z.string().min(2, m.groupNameRequired).max(200, m.nameTooLong));
export const groupCreateSchema = z.object({ name: groupName, aliases: namesField });
export const groupUpdateSchema = groupCreateSchema.extend({ groupId: id });

const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set((Array.isArray(v) ? v : v ? [v] : []).map((s) => s.trim()).filter(Boolean))]);
export const groupMembersSchema = z.object({ groupId: id, agencyIds: idList });
export const agencyGroupsSchema = z.object({ agencyId: id, groupIds: idList });

export type AgencyCreateInput = z.input<typeof agencyCreateSchema>;
export type AgencyUpdateInput = z.input<typeof agencyUpdateSchema>;
