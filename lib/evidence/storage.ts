import "server-only";
// Evidence files, behind one interface with two drivers (storage-driver.ts): the local folder EVIDENCE_DIR
// (default) or an S3-compatible bucket (S3_BUCKET …), chosen by lib/env.ts. The write path stages a file under a
// temporary name and moves it into place inside the transaction that writes its rows: a failed move rolls the rows
// back (the user is told), and after any failure both names are deleted, so an update is either stored with its
// files or not at all.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { env, evidenceStorage } from "@/lib/env";
import { type EvidenceStore, finalName, tempName } from "./storage-driver";
import { localStore } from "./storage-local";
import { s3Store } from "./storage-s3";

export { EvidenceStoreError } from "./storage-driver";

let current: EvidenceStore | null = null;

/** The configured store, made on first use (a half-set S3 configuration fails here, with what is missing). */
export function evidenceStore(): EvidenceStore {
  if (!current) {
    const chosen = evidenceStorage();
    current = chosen.driver === "local" ? localStore(chosen.dir) : s3Store(chosen.s3);
  }
  return current;
}

/** The local driver's folder (EVIDENCE_DIR), where its files are (tests look there). */
export function evidenceRoot(): string {
  return path.resolve(env.EVIDENCE_DIR);
}

export function tempPath(key: string): string {
  return path.join(evidenceRoot(), tempName(key));
}

export function finalPath(key: string): string {
  return path.join(evidenceRoot(), finalName(key));
}

/** A random, unguessable name: the user's file name is kept in the database only. */
export function newStorageKey(): string {
  return randomBytes(16).toString("hex");
}

export function writeTemp(key: string, bytes: Uint8Array): Promise<void> {
  return evidenceStore().writeTemp(key, bytes);
}

/** Inside the transaction: moves each staged file into place; any failure is an EvidenceStoreError. */
export function promote(keys: string[]): Promise<void> {
  return evidenceStore().promote(keys);
}

/** After a failure: removes whatever was staged or placed (missing files are fine). */
export function discard(keys: string[]): Promise<void> {
  return evidenceStore().discard(keys);
}

/** The stored bytes, or null when the file is missing (e.g. the folder was restored without it). */
export function readEvidence(key: string): Promise<Buffer | null> {
  return evidenceStore().read(key);
}

export function evidenceExists(key: string): Promise<boolean> {
  return evidenceStore().exists(key);
}
