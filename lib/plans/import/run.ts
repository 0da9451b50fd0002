// The one "import a plan" use case, shared by the CLI, the seed and the upload page: read the file against
// the province's stored agency directory, store the plan, then (re)generate its tasks — all inside the
// caller's transaction, so a failure anywhere writes nothing. No "server-only": the CLI runs it under tsx.
import { importDirectory, loadStoredDirectory, type StoredDirectory } from "@/lib/agencies/load-directory";
import { loadSuccessions, successionWarnings, withSuccessors } from "@/lib/agencies/successions";
import type { Tx } from "@/lib/db";
import { type Audit, writeAudit } from "@/lib/server/audit";
import { type SyncPlanTasksResult, syncPlanTasks } from "@/lib/tasks/generate";
import { parsePlan } from "./index";
import { type SavePlanImportInput, type SavePlanImportResult, savePlanImport } from "./persist";
import type { PlanMeta, PlanPreview } from "./types";

export type ImportPlanInput = {
  provinceId: string;
  provinceName: string;
  fileName: string;
  bytes: Uint8Array;
  /** what a bare CSV/XLSX table cannot say (number, date, index year), typed in on the upload page */
  meta?: Partial<PlanMeta>;
};

export type ImportPlanResult = {
  preview: PlanPreview;
  saved: SavePlanImportResult;
  tasks: SyncPlanTasksResult;
  audit: Audit;
};

export async function importPlan(tx: Tx, input: ImportPlanInput): Promise<ImportPlanResult> {
  // One read of the directory for both the appendix's names and the tasks (nothing in between changes it).
  const stored = await loadStoredDirectory(tx, input.provinceId);
  const successions = await loadSuccessions(tx, input.provinceId);
  const directory = withSuccessors(importDirectory(stored), successions);
  const parsed = await parsePlan({
    fileName: input.fileName,
    bytes: input.bytes,
    directory,
    provinceName: input.provinceName,
    meta: input.meta,
  });
  const preview = { ...parsed, warnings: [...parsed.warnings, ...successionWarnings(parsed.measures, successions)] };
  const { saved, tasks, audit } = await persistPlanPreview(
    tx,
    { provinceId: input.provinceId, preview, fileName: input.fileName },
    stored,
  );
  return { preview, saved, tasks, audit };
}

/**
 * The persist step every way into a plan shares (an imported file, a plan drafted from a published result):
 * store the preview, then (re)generate its tasks and keep their warnings, inside the caller's transaction.
 */
export async function persistPlanPreview(tx: Tx, input: SavePlanImportInput, directory?: StoredDirectory) {
  const saved = await savePlanImport(tx, input);
  const tasks = await syncPlanTasks(tx, saved.planId, directory ? { directory } : {});
  if (tasks.warnings.length > 0) {
    await tx.importWarning.createMany({
      data: tasks.warnings.map((w) => ({
        planId: saved.planId,
        code: w.code,
        criterionCode: null,
        message: w.message,
      })),
    });
  }
  const taskSummary = {
    created: tasks.created,
    updated: tasks.updated,
    deleted: tasks.deleted,
    unassigned: tasks.unassigned,
  };
  const audit = { ...saved.audit, after: { ...(saved.audit.after as object), tasks: taskSummary } };
  return { saved, tasks, audit };
}

/** For the CLI and the seed: the import plus its audit row, with no user behind it. */
export async function importPlanAsSystem(tx: Tx, input: ImportPlanInput): Promise<ImportPlanResult> {
  const result = await importPlan(tx, input);
  await writeAudit(tx, { provinceId: input.provinceId, userId: null }, [result.audit]);
  return result;
}

/** Imports are whole-document rewrites of many rows: give them more than Prisma's 5 s default. */
export const IMPORT_TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 10_000 } as const;
