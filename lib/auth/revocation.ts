import "server-only";
// Ending sessions. "Đăng xuất" ends this cookie (its sid is refused until it would have expired); a reset, a role
// or agency change, a deactivation and "đăng xuất khỏi mọi nơi" bump the user's session version, which ends
// every cookie issued before.
import type { JWT } from "next-auth/jwt";
import { db, type Tx } from "@/lib/db";

export type SessionClaims = { sub?: string; sid?: unknown; sv?: unknown; exp?: unknown };

export async function revokeSession(token: JWT | SessionClaims): Promise<void> {
  const sid = typeof token.sid === "string" ? token.sid : null;
  if (!sid) return;
  const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + 8 * 3_600_000);
  await db.revokedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} });
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
}

export async function endAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
