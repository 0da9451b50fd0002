// The browser tests use the system Chromium (Playwright must not download its own here). On a fresh Debian
// machine run as root, install it from apt; elsewhere say what to do.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { step } from "./proc";

export function ensureChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    step("Cài Chromium từ apt cho kiểm thử trình duyệt");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "Không tìm thấy Chromium. Cài bằng `apt-get install chromium` hoặc đặt CHROMIUM_PATH tới trình duyệt Chromium/Chrome.",
  );
}
