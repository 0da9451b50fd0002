// Password hashing at the current bcrypt cost. Its own module so the seed and scripts hash without loading the
// sign-in limits (which are server-only).
import bcrypt from "bcryptjs";

export const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function needsRehash(hash: string): boolean {
  return bcrypt.getRounds(hash) < BCRYPT_COST;
}

/** Transaction options of writes that hash or compare a password (≈ 0,3 s each at cost 12, more under load). */
export const PASSWORD_TRANSACTION = { timeout: 30_000, maxWait: 10_000 };
