// Decodes next-auth's session cookie the way next-auth's own `decode` does (jose's jwtDecrypt, "dir" + A256GCM,
// 15 s clock tolerance), with the key derived once per secret. Used by the pages (lib/auth/session-claims.ts)
// and by the production server's body gate (scripts/server.ts), so no import here may need Next's request scope.
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";

const keys = new Map<string, Uint8Array>();

/**
 * next-auth derives the encryption key from the secret on every decode (HKDF-SHA256, empty salt, its info string,
 * 32 bytes), through libuv's thread pool: once per secret is enough. Same key, same check, same answer
 * (tests/integration/sessions.test.ts decodes cookies made by next-auth's own `encode`).
 */
function encryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(secret, key);
  }
  return key;
}

/** For getToken's `decode`: the claims, or a thrown error (getToken answers null) when the seal or expiry fails. */
export async function decodeSessionToken(token: string | undefined, secret: string): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
  return payload as JWT;
}
