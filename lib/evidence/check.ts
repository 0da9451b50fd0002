import "server-only";
// The periodic check (npm run evidence:check, and hourly in the production server): evidence records whose file
// is missing from the evidence store — EVIDENCE_DIR or the S3 bucket (a restore without the files, a disk error, a
// lifecycle rule) — listed so that someone acts.
import { db } from "@/lib/db";
import { evidenceExists, evidenceStore } from "./storage";

export type MissingEvidence = {
  evidenceId: string;
  fileName: string | null;
  taskId: string;
  provinceId: string;
  createdAt: Date;
};

export async function findMissingEvidenceFiles(batch = 500): Promise<MissingEvidence[]> {
  const missing: MissingEvidence[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.evidence.findMany({
      where: { kind: "file" },
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        fileName: true,
        storageKey: true,
        createdAt: true,
        update: { select: { taskId: true, task: { select: { plan: { select: { provinceId: true } } } } } },
      },
    });
    // One batch's look-ups at once: a bucket answers each over the network.
    const present = await Promise.all(rows.map((row) => (row.storageKey ? evidenceExists(row.storageKey) : false)));
    for (const [i, row] of rows.entries()) {
      if (!present[i])
        missing.push({
          evidenceId: row.id,
          fileName: row.fileName,
          taskId: row.update.taskId,
          provinceId: row.update.task.plan.provinceId,
          createdAt: row.createdAt,
        });
    }
    if (rows.length < batch) return missing;
    cursor = rows[rows.length - 1]?.id;
  }
}

export function describeMissing(missing: MissingEvidence[]): string {
  if (missing.length === 0) return "Kiểm tra tài liệu kiểm chứng: mọi bản ghi đều có tệp.";
  const lines = missing.map(
    (m) => `  - ${m.fileName ?? "(không tên)"} (bản ghi ${m.evidenceId}, nhiệm vụ ${m.taskId})`,
  );
  return [
    `Kiểm tra tài liệu kiểm chứng: ${missing.length} bản ghi không còn tệp trong ${evidenceStore().label}:`,
    ...lines,
  ].join("\n");
}
