// Never a half-written file: the export is written to a temporary file beside the target and renamed over it
// only when complete (rename is atomic on one file system). On any failure the temporary file is removed and
// an existing file at the target is left as it was.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";

export async function writeFileAtomically(target: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const out = fs.createWriteStream(temp, { flags: "wx", mode: 0o644 });
  try {
    await once(out, "open");
    await write(out);
    if (!out.writableFinished) {
      out.end();
      await once(out, "finish");
    }
    await fs.promises.rename(temp, target);
  } catch (error) {
    out.on("error", () => {}); // a write still queued fails once destroyed: the export has failed already
    if (!out.destroyed) {
      const closed = new Promise<void>((resolve) => out.once("close", () => resolve()));
      out.destroy();
      await closed;
    }
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}
