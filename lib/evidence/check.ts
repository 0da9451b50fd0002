import "server-only";
// The periodic check (npm run evidence:check, and hourly in the production server): evidence records whose file
// is missing from EVIDENCE_DIR (a restore without the folder, a disk error), listed so that someone acts.
import fs from "node:fs/promises";
import { db } from "@/lib/db";
import { finalPath } from "./storage";

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
    for (const row of rows) {
      const present = row.storageKey
        ? await fs.access(finalPath(row.storageKey)).then(
            () => true,
            () => false,
          )
        : false;
      if (!present)
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
    `Kiểm tra tài liệu kiểm chứng: ${missing.length} bản ghi không còn tệp trong thư mục lưu trữ:`,
    ...lines,
  ].join("\n");
}
