import "server-only";
// Evidence reads: a stored file is handed out only to a caller allowed "evidence.read" on its task
// (province in the where clause, then the task's lead and supporting agencies through `can()`).
import { inheritedTarget } from "@/lib/agencies/successions";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { readEvidence } from "@/lib/evidence/storage";
import { FORBIDDEN, type Loaded, NOT_FOUND, storable } from "@/lib/server/loaded";

export type EvidenceDownload = { fileName: string; mimeType: string; bytes: Buffer };

export async function loadEvidenceFile(
  user: SessionUser,
  evidenceId: string,
): Promise<Loaded<EvidenceDownload> | { status: "missing" }> {
  if (!storable(evidenceId)) return NOT_FOUND;
  const evidence = await db.evidence.findFirst({
    where: { id: evidenceId, kind: "file", update: { task: { plan: { provinceId: user.provinceId } } } },
    select: {
      fileName: true,
      mimeType: true,
      storageKey: true,
      update: { select: { task: { select: { agencyId: true, supporters: { select: { agencyId: true } } } } } },
    },
  });
  if (!evidence?.storageKey) return NOT_FOUND;
  const task = evidence.update.task;
  const target = await inheritedTarget(db, {
    provinceId: user.provinceId,
    agencyId: task.agencyId,
    supportAgencyIds: task.supporters.map((s) => s.agencyId),
  });
  if (!can(user, "evidence.read", target)) return FORBIDDEN;
  const bytes = await readEvidence(evidence.storageKey);
  if (!bytes) return { status: "missing" };
  return {
    status: "ok",
    data: {
      fileName: evidence.fileName ?? "tai-lieu",
      mimeType: evidence.mimeType ?? "application/octet-stream",
      bytes,
    },
  };
}
