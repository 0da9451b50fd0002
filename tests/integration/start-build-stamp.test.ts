// Item 13: `npm start` rebuilds only when the sources changed. `prisma generate` rewrites generated/ with the
// same bytes at every start; that must not count as a change (a rebuild also changes server-action ids).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFingerprint } from "../../scripts/lib/build-stamp";

describe("build fingerprint", () => {
  it("ignores rewritten files with the same content and sees a real change", () => {
    const file = path.join(process.cwd(), "generated", "prisma", "client.ts");
    const original = fs.readFileSync(file);
    const before = sourceFingerprint();
    fs.writeFileSync(file, original); // what prisma generate does: same bytes, new mtime
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(sourceFingerprint()).toBe(before);
    expect(sourceFingerprint("another actions key")).not.toBe(before);
  });
});
