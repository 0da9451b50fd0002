import "server-only";
// Temporary passwords: random from the OS CSPRNG, without look-alike characters (0/O, 1/l/I) so they can be
// read out over the phone, in groups of four: "k7Qm-Xp3r-Wt9z" (≈ 69 bits).
import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function generateTemporaryPassword(groups = 3, size = 4): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    let part = "";
    for (let i = 0; i < size; i++) part += ALPHABET[randomInt(ALPHABET.length)];
    parts.push(part);
  }
  return parts.join("-");
}
