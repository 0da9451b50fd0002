import "server-only";
import type { z } from "zod";
import { loadAgencyDirectory } from "@/lib/agencies/load-directory";
import { loadSuccessions, successionWarnings, withSuccessors } from "@/lib/agencies/successions";
// Plan writes: the upload goes through the one write path (lib/server/mutation.ts), so it is authenticated,
// validated, permission-checked for the user's province and audited in the import's own transaction.
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { PlanImportError, type PlanPreview, parsePlan } from "@/lib/plans/import";
import { IMPORT_TRANSACTION_OPTIONS, importPlan } from "@/lib/plans/import/run";
import { planUploadSchema } from "@/lib/plans/schema";
import { defineMutation, fieldErrors, MESSAGES, MutationError, type MutationResult } from "@/lib/server/mutation";

type Upload = z.infer<typeof planUploadSchema>;

function metaOf(input: Upload) {
  return {
    ...(input.number ? { number: input.number } : {}),
    ...(input.issuedOn ? { issuedOn: input.issuedOn } : {}),
    ...(input.indexYear ? { indexYear: input.indexYear } : {}),
  };
}

export const importPlanMutation = defineMutation({
  action: "plan.import",
  schema: planUploadSchema,
  transaction: IMPORT_TRANSACTION_OPTIONS,
  load: async (tx, _input, user) => {
    const province = await tx.province.findUnique({ where: { id: user.provinceId }, select: { id: true, name: true } });
    return province ? { record: province, target: { provinceId: province.id } } : null;
  },
  run: async (tx, input, { record }) => {
    try {
      const result = await importPlan(tx, {
        provinceId: record.id,
        provinceName: record.name,
        fileName: input.fileName,
        bytes: input.bytes,
        meta: metaOf(input),
      });
      const data = {
        planId: result.saved.planId,
        created: result.saved.created,
        counts: result.saved.counts,
        tasks: { created: result.tasks.created, unassigned: result.tasks.unassigned },
      };
      return { data, audit: result.audit };
    } catch (error) {
      if (error instanceof PlanImportError) throw new MutationError("INVALID", error.message);
      throw error;
    }
  },
});

/** Reads and checks a file against the province's agencies without writing anything (the «Kiểm tra» step). */
export async function previewPlanUpload(user: SessionUser | null, raw: unknown): Promise<MutationResult<PlanPreview>> {
  if (!user) return { ok: false, code: "UNAUTHENTICATED", message: MESSAGES.UNAUTHENTICATED };
  if (!can(user, "plan.import", { provinceId: user.provinceId }))
    return { ok: false, code: "FORBIDDEN", message: MESSAGES.FORBIDDEN };
  const parsed = planUploadSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, code: "INVALID", message: MESSAGES.INVALID, fieldErrors: fieldErrors(parsed.error) };
  }
  const province = await db.province.findUniqueOrThrow({ where: { id: user.provinceId } });
  try {
    const successions = await loadSuccessions(db, province.id);
    const directory = withSuccessors(await loadAgencyDirectory(db, province.id), successions);
    const read = await parsePlan({
      fileName: parsed.data.fileName,
      bytes: parsed.data.bytes,
      directory,
      provinceName: province.name,
      meta: metaOf(parsed.data),
    });
    const warnings = [...read.warnings, ...successionWarnings(read.measures, successions)];
    return { ok: true, data: { ...read, warnings } };
  } catch (error) {
    if (error instanceof PlanImportError) return { ok: false, code: "INVALID", message: error.message };
    throw error;
  }
}
