import "server-only";
// Evidence files on disk, under env.EVIDENCE_DIR (default .data/evidence, git-ignored) — never under public/.
// A file is written to <dir>/.tmp/<key>.part while its database rows are written, and renamed to
// <dir>/<key[0..2]>/<key> only after the transaction commits; on any failure the temp file is deleted, so a
// failed upload leaves neither rows nor files. Same folder tree ⇒ same filesystem ⇒ rename is atomic.
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

/** After the commit: moves each staged file into place. */
export async function promote(keys: string[]): Promise<void> {
  for (const key of keys) {
    const target = finalPath(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(tempPath(key), target);
  }
}

/** After a failure: removes whatever was staged (missing files are fine: the failure may precede the write). */
export async function discard(keys: string[]): Promise<void> {
  await Promise.all(keys.map((key) => fs.rm(tempPath(key), { force: true })));
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
