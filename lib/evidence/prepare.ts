import "server-only";
// Turns uploaded files into checked, in-memory evidence ready for a mutation: count, size, extension and
// sniffed content are all verified before anything touches the disk or the database.
import { createHash } from "node:crypto";
import type { PreparedFile } from "@/lib/evidence/rules";
import {
  cleanFileName,
  contentMatches,
  EVIDENCE_ERRORS,
  EVIDENCE_LIMITS,
  EVIDENCE_TYPES,
  extensionOf,
} from "@/lib/evidence/rules";
import { newStorageKey } from "@/lib/evidence/storage";

export type PrepareResult = { ok: true; files: PreparedFile[] } | { ok: false; errors: string[] };

/**
 * An untouched file input still sends a part: empty, with no name — which reaches the server action as an
 * empty File named "" or, through React's FormData encoding, "undefined". That is "no file", not an error;
 * an empty file that has a real name is kept (and refused as empty).
 */
export function realUploads(values: FormDataEntryValue[]): File[] {
  return values.filter(
    (v): v is File => typeof v !== "string" && (v.size > 0 || (v.name !== "" && v.name !== "undefined")),
  );
}

export async function prepareEvidence(uploads: File[]): Promise<PrepareResult> {
  if (uploads.length > EVIDENCE_LIMITS.maxFiles) return { ok: false, errors: [EVIDENCE_ERRORS.tooMany] };
  const errors: string[] = [];
  const files: PreparedFile[] = [];
  for (const upload of uploads) {
    const result = await prepareOne(upload);
    if (typeof result === "string") errors.push(result);
    else files.push(result);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
}

async function prepareOne(upload: File): Promise<PreparedFile | string> {
  const fileName = cleanFileName(upload.name);
  const ext = extensionOf(fileName);
  if (!ext) return EVIDENCE_ERRORS.extension(fileName);
  if (upload.size === 0) return EVIDENCE_ERRORS.empty(fileName);
  if (upload.size > EVIDENCE_LIMITS.maxFileBytes) return EVIDENCE_ERRORS.tooLarge(fileName);
  const bytes = new Uint8Array(await upload.arrayBuffer());
  if (!contentMatches(ext, bytes)) return EVIDENCE_ERRORS.content(fileName);
  return {
    storageKey: newStorageKey(),
    fileName,
    mimeType: EVIDENCE_TYPES[ext],
    sizeBytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes,
  };
}
