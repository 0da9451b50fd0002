// Inputs of the self-assessment (tự đánh giá) workflow, shared by forms and server; no Prisma imports.
import { z } from "zod";
import { EVIDENCE_LIMITS } from "@/lib/evidence/rules";
import { preparedFileSchema } from "@/lib/evidence/schema";
import { indexYearField } from "@/lib/frameworks/schema";
import { evidenceLinkSchema, noteSchema } from "@/lib/tasks/schema";
import { SELF_MESSAGES as m } from "./messages";

const id = z.string().trim().min(1).max(64);
const version = z.coerce.number({ error: m.version }).int().min(0);

/** Points as typed: "8,5" or "8.5", at most 3 decimals, not negative; "" means not entered. */
export const pointsField = z
  .string()
  .transform((v) => v.trim().replace(",", "."))
  .pipe(z.string().regex(/^(\d{1,3}(\.\d{1,3})?)?$/, m.points))
  .transform((v) => (v === "" ? null : v));

export const openSelfAssessmentSchema = z.object({ year: indexYearField });
export const assignSelfScoreSchema = z.object({ selfScoreId: id, agencyId: id.nullable() });

export const saveSelfScoreSchema = z.object({
  selfScoreId: id,
  version,
  proposedPoints: pointsField,
  explanation: noteSchema,
  links: z.array(evidenceLinkSchema).max(EVIDENCE_LIMITS.maxLinks).default([]),
  files: z.array(preparedFileSchema).max(EVIDENCE_LIMITS.maxFiles).default([]),
});

export const submitSelfScoreSchema = z.object({ selfScoreId: id, version });

export const appraiseSelfScoreSchema = z.object({
  selfScoreId: id,
  version,
  decision: z.enum(["accept", "return"], { error: m.decision }),
  acceptedPoints: pointsField.optional().transform((v) => v ?? null),
  comment: noteSchema,
});
