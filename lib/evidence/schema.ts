// The schema of a prepared evidence file (lib/evidence/rules.ts's PreparedFile), for the write schemas that carry
// files. Apart from the rules so that the client form, which imports the rules, does not bundle zod.
import { z } from "zod";
import { EVIDENCE_LIMITS, EVIDENCE_MIME_TYPES, type PreparedFile } from "@/lib/evidence/rules";

export const preparedFileSchema: z.ZodType<PreparedFile> = z.object({
  storageKey: z.string().regex(/^[a-f0-9]{32}$/),
  fileName: z.string().min(1).max(255),
  mimeType: z.enum(EVIDENCE_MIME_TYPES),
  sizeBytes: z.number().int().positive().max(EVIDENCE_LIMITS.maxFileBytes),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
  bytes: z.instanceof(Uint8Array),
});
