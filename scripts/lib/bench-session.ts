// What the HTTP and browser benchmarks share: the production server of `npm start` started on a port of its own
// against DATABASE_URL (built first when the build is missing), and a signed-in session cookie for a demo account
// obtained through next-auth's own credentials flow, as a browser would.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root, run, step } from "./proc";

export const DEMO_PASSWORD = "ChiSoCCHC@2021";

export type BenchServer = { base: string; stop: () => Promise<void> };

/** Starts scripts/server.ts (NODE_ENV=production) on `port`; resolves once /api/health answers. */
export async function startBenchServer(port: number, distDir = ".next-bench"): Promise<BenchServer> {
  if (!process.env.DATABASE_URL) throw new Error("Cần DATABASE_URL: cơ sở dữ liệu để đo.");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789",
    ALLOW_DEMO_ACCOUNTS: "1",
  };
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    step(`next build (${distDir})`);
    await run("next", ["build"], env);
  }
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/server.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://localhost:${port}`;
  await waitForHealth(base, child);
  return { base, stop: () => stopChild(child) };
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Máy chủ dừng khi khởi động (mã ${child.exitCode}).`);
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Máy chủ không trả lời ${base}/api/health sau 120 giây.`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");

/** Signs `email` in through /api/auth/callback/credentials and returns the Cookie header of the session. */
export async function signInCookie(base: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: jar.join("; "),
      origin: base,
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/`, json: "true" }),
  });
  const session = cookiesOf(response).filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`Không đăng nhập được bằng ${email} (HTTP ${response.status}).`);
  return [...jar, ...session].join("; ");
}
