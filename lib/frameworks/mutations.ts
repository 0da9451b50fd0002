import "server-only";
// National framework writes, through the one write path: only the national administrator passes the
// permission check (target: a national record), and the audit row goes to the national log (no province).
import { NO_PROVINCE } from "@/lib/auth/permissions";
import { defineMutation, MutationError } from "@/lib/server/mutation";
import { parseEditedRows } from "./edit-rows";
import { parseFramework } from "./import/parse";
import { FrameworkImportError, saveNationalFramework } from "./import/save";
import type { FrameworkError, ParsedFramework } from "./import/types";
import { frameworkEditSchema, frameworkUploadSchema } from "./schema";

const TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;
const NATIONAL_TARGET = { provinceId: NO_PROVINCE, national: true } as const;

/** A refusal that carries the per-line errors for the page to list. */
const refuse = (errors: FrameworkError[]) =>
  new MutationError(
    "INVALID",
    "Bộ chỉ số có lỗi, chưa ghi gì vào cơ sở dữ liệu. Hãy sửa các dòng dưới đây rồi nhập lại.",
    { errors },
  );

async function save(
  tx: Parameters<typeof saveNationalFramework>[0],
  year: number,
  decisionNumber: string | null,
  parsed: ParsedFramework,
) {
  if (parsed.errors.length > 0) throw refuse(parsed.errors);
  try {
    const result = await saveNationalFramework(tx, { year, decisionNumber, parsed });
    const data = {
      frameworkId: result.frameworkId,
      year,
      created: result.created,
      counts: result.counts,
      criteria: parsed.criteria.length,
    };
    return { data, audit: result.audit };
  } catch (error) {
    if (error instanceof FrameworkImportError) throw refuse(error.errors);
    throw error;
  }
}

export const importFrameworkMutation = defineMutation({
  action: "framework.manage",
  schema: frameworkUploadSchema,
  transaction: TRANSACTION,
  load: async () => ({ record: null, target: NATIONAL_TARGET }),
  run: async (tx, input) =>
    save(tx, input.year, input.decisionNumber, await parseFramework(input.fileName, input.bytes)),
});

export const editFrameworkMutation = defineMutation({
  action: "framework.manage",
  schema: frameworkEditSchema,
  transaction: TRANSACTION,
  load: async (tx, input) => {
    const found = await tx.framework.findFirst({ where: { year: input.year, provinceId: null }, select: { id: true } });
    return found ? { record: found, target: NATIONAL_TARGET } : null;
  },
  run: async (tx, input) => save(tx, input.year, input.decisionNumber, parseEditedRows(input.rows)),
});
