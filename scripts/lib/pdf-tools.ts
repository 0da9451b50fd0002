// The export tests read generated PDFs with pdftotext (Debian's poppler-utils). On a fresh Debian machine run
// as root, install it from apt the way Chromium is; elsewhere say what to do. Nothing is skipped without it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { step } from "./proc";

export function ensurePdfTools(): void {
  if (["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].some((p) => fs.existsSync(p))) return;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    step("Cài poppler-utils (pdftotext) từ apt cho kiểm thử xuất PDF");
    const lock = ["-o", "DPkg::Lock::Timeout=600"];
    execFileSync("apt-get", [...lock, "update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", [...lock, "install", "-y", "-qq", "poppler-utils"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (fs.existsSync("/usr/bin/pdftotext")) return;
  }
  throw new Error("Không tìm thấy pdftotext. Cài bằng `apt-get install poppler-utils`.");
}
