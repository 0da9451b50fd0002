// Decides whether the production build is stale, so `npm start` rebuilds only after the sources changed. The
// fingerprint hashes file contents, not times: `prisma generate` rewrites generated/ with the same bytes at every
// start, which must not trigger a rebuild (a rebuild also changes the server-action ids of open forms).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { root } from "./proc";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "generated",
  "next.config.mjs",
  "postcss.config.mjs",
  "package-lock.json",
];
/** Where `next build` writes (NEXT_DIST_DIR, as next.config.mjs reads it), so a test's own build has its stamp. */
const distDir = () => path.join(root, process.env.NEXT_DIST_DIR || ".next");
const stampFile = () => path.join(distDir(), "par-source-stamp");

function walk(entry: string, out: string[]): void {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isDirectory()) {
    for (const child of fs.readdirSync(full).sort()) walk(path.join(entry, child), out);
  } else {
    out.push(`${entry}:${crypto.createHash("sha256").update(fs.readFileSync(full)).digest("hex")}`);
  }
}

export function sourceFingerprint(extra = ""): string {
  const lines: string[] = [extra];
  for (const source of SOURCES) walk(source, lines);
  return crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function buildIsCurrent(fingerprint: string): boolean {
  const hasBuild = fs.existsSync(path.join(distDir(), "BUILD_ID"));
  return hasBuild && fs.existsSync(stampFile()) && fs.readFileSync(stampFile(), "utf8") === fingerprint;
}

export function recordBuild(fingerprint: string): void {
  fs.writeFileSync(stampFile(), fingerprint);
}
