import "server-only";
// The local-folder driver (one machine): files under EVIDENCE_DIR (default .data/evidence, git-ignored), never
// under public/. A file is written to <dir>/.tmp/<key>.part and renamed to <dir>/<key[0..2]>/<key>; same folder
// tree ⇒ the rename is atomic.
import fs from "node:fs/promises";
import path from "node:path";
import { type EvidenceStore, EvidenceStoreError, finalName, tempName } from "./storage-driver";

export function localStore(dir: string): EvidenceStore & { root: string } {
  const root = path.resolve(dir);
  const tempPath = (key: string) => path.join(root, tempName(key));
  const finalPath = (key: string) => path.join(root, finalName(key));
  const remove = (file: string) =>
    fs.rm(file, { force: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOTDIR") throw error; // the folder itself could not be made: nothing was placed
    });
  return {
    root,
    label: `thư mục lưu trữ ${root}`,
    async writeTemp(key, bytes) {
      const file = tempPath(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, bytes, { flag: "wx", mode: 0o600 }); // "wx": never overwrite; owner-only
    },
    async promote(keys) {
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
    },
    async discard(keys) {
      await Promise.all(keys.flatMap((key) => [remove(tempPath(key)), remove(finalPath(key))]));
    },
    async read(key) {
      try {
        return await fs.readFile(finalPath(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async exists(key) {
      return fs.access(finalPath(key)).then(
        () => true,
        () => false,
      );
    },
  };
}
