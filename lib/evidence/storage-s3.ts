import "server-only";
// The S3-compatible driver (many app instances, one bucket): AWS S3, MinIO, Ceph, R2… A file is uploaded under
// .tmp/<key>.part, then copied server-side to <key[0..2]>/<key> and the staged object deleted — the same two steps
// as the local rename, so the write path's guarantees (stored and recorded, or neither) hold unchanged.
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { S3Settings } from "@/lib/env";
import { type EvidenceStore, EvidenceStoreError, finalName, tempName } from "./storage-driver";

function isMissing(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404;
}

export function s3Store(settings: S3Settings): EvidenceStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    credentials: settings.credentials,
    forcePathStyle: settings.forcePathStyle,
    // Checksums only where S3 requires them: many S3-compatible stores reject the newer default trailers.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = settings.bucket;
  return {
    label: `bucket S3 ${Bucket}`,
    async writeTemp(key, bytes) {
      await client.send(new PutObjectCommand({ Bucket, Key: tempName(key), Body: bytes }));
    },
    async promote(keys) {
      for (const key of keys) {
        try {
          const source = `${Bucket}/${tempName(key)}`.split("/").map(encodeURIComponent).join("/");
          await client.send(new CopyObjectCommand({ Bucket, Key: finalName(key), CopySource: source }));
          await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: tempName(key) }] } }));
        } catch (error) {
          console.error(`evidence object ${key} could not be moved into place`, error);
          throw new EvidenceStoreError(String(error));
        }
      }
    },
    async discard(keys) {
      if (keys.length === 0) return;
      const Objects = keys.flatMap((key) => [{ Key: tempName(key) }, { Key: finalName(key) }]);
      const answer = await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
      if (answer.Errors?.length) throw new Error(`S3 không xoá được: ${answer.Errors.map((e) => e.Key).join(", ")}`);
    },
    async read(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: finalName(key) }));
        return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: finalName(key) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
  };
}
