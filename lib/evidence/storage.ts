import "server-only";
// Evidence files on disk, under env.EVIDENCE_DIR (default .data/evidence, git-ignored) — never under public/.
// A file is written to <dir>/.tmp/<key>.part and renamed to <dir>/<key[0..2]>/<key> inside the transaction that
// writes its rows: a failed move rolls the rows back (the user is told), and after any failure both names are
// deleted, so an update is either stored with its files or not at all. Same folder tree ⇒ rename is atomic.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

const KEY = /^[a-f0-9]{32}$/;

export function evidenceRoot(): string {
  return path.resolve(env.EVIDENCE_DIR);
}

/** A random, unguessable name: the user's file name is kept in the database only. */
export function newStorageKey(): string {
  return randomBytes(16).toString("hex");
}

function checked(key: string): string {
  if (!KEY.test(key)) throw new Error(`Khoá lưu trữ không hợp lệ: ${key}`);
  return key;
}

export function tempPath(key: string): string {
  return path.join(evidenceRoot(), ".tmp", `${checked(key)}.part`);
}

export function finalPath(key: string): string {
  return path.join(evidenceRoot(), key.slice(0, 2), checked(key));
}

/** Writes a staged file; "wx" refuses to overwrite, owner-only permissions. */
export async function writeTemp(key: string, bytes: Uint8Array): Promise<void> {
  const file = tempPath(key);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes, { flag: "wx", mode: 0o600 });
}

export class EvidenceStoreError extends Error {}

/** Inside the transaction: moves each staged file into place; any failure is an EvidenceStoreError. */
export async function promote(keys: string[]): Promise<void> {
  for (const key of keys) {
    const target = finalPath(key);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.rename(tempPath(key), target);
    } catch (error) {
      console.error(`evidence file ${key} could not be moved into place`, error);
      throw new EvidenceStoreError(String(error));
    }
  }
}

/** After a failure: removes whatever was staged or placed (missing files are fine). */
export async function discard(keys: string[]): Promise<void> {
  const remove = (file: string) =>
    fs.rm(file, { force: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOTDIR") throw error; // the folder itself could not be made: nothing was placed
    });
  await Promise.all(keys.flatMap((key) => [remove(tempPath(key)), remove(finalPath(key))]));
}

/** The stored bytes, or null when the file is missing (e.g. the folder was restored without it). */
export async function readEvidence(key: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(finalPath(key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
