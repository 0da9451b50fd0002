// What an evidence store does, whatever holds the bytes (a local folder or an S3-compatible bucket). Both drivers
// use the same names — <key[0..2]>/<key> for a stored file, .tmp/<key>.part while staged — so a folder can be
// copied into a bucket as it is (e.g. `aws s3 sync .data/evidence s3://bucket/`) when moving to many instances.
const KEY = /^[a-f0-9]{32}$/;

export class EvidenceStoreError extends Error {}

export interface EvidenceStore {
  /** Where the files are, for messages ("thư mục lưu trữ …", "bucket S3 …"). */
  label: string;
  /** Stages a new file under its temporary name; never overwrites. */
  writeTemp(key: string, bytes: Uint8Array): Promise<void>;
  /** Moves staged files to their final names; any failure is an EvidenceStoreError. */
  promote(keys: string[]): Promise<void>;
  /** Removes whatever was staged or placed under these keys (missing files are fine). */
  discard(keys: string[]): Promise<void>;
  /** The stored bytes, or null when the file is missing. */
  read(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
}

export function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Khoá lưu trữ không hợp lệ: ${key}`);
  return key;
}

export function tempName(key: string): string {
  return `.tmp/${checkedKey(key)}.part`;
}

export function finalName(key: string): string {
  return `${key.slice(0, 2)}/${checkedKey(key)}`;
}
