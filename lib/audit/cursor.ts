// Keyset pagination over the audit log, newest first: the cursor is the last row shown, (createdAt, id), so a
// page costs the same on row 30 as on row 30 000 and rows written meanwhile never shift the pages.

export type AuditCursor = { createdAt: Date; id: string };

export function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString("base64url");
}

/** A malformed cursor (edited URL) is treated as "first page", never as an error. */
export function decodeCursor(value: unknown): AuditCursor | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 200) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [iso, id] = parsed as unknown[];
    if (typeof iso !== "string" || typeof id !== "string" || id.length === 0) return null;
    const createdAt = new Date(iso);
    return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
  } catch {
    return null;
  }
}
