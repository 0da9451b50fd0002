// bench:http's app: the production build in its own NEXT_DIST_DIR (built when missing), N instances of
// scripts/server.ts on consecutive ports, and — for N > 1 — nginx from the system's packages in front of them,
// configured from deploy/nginx.conf. Everything started here is stopped by the returned stop().
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { root, run, step } from "../proc";

/** The build the benchmarks start: .next-bench, or BENCH_DIST_DIR (npm test's bench stage reuses .next-test). */
export const BENCH_DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";

export type RunningApp = {
  baseUrl: string;
  instanceUrls: string[];
  /** the app processes' ids (not nginx's), for reading the CPU they spend */
  pids: number[];
  /** False as soon as an app process (or nginx) has exited: the run stops instead of waiting on a dead port. */
  alive: () => boolean;
  stop: () => Promise<void>;
};

export async function ensureBuild(
  rebuild: boolean,
  databaseUrl: string,
  output: "inherit" | "stderr" = "inherit",
): Promise<void> {
  if (!rebuild && fs.existsSync(path.join(root, BENCH_DIST, "BUILD_ID"))) return;
  step(`Build bản production vào ${BENCH_DIST} (next build)`);
  await run(
    "next",
    ["build"],
    {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: BENCH_DIST,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl, // the build loads route modules, which open the (lazy) database client
    },
    output,
  );
}

/** Finds nginx, installing Debian's package when running as root (as scripts/lib/chromium.ts does for Chromium). */
export function ensureNginx(): string {
  const found = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    step("Cài nginx từ apt (bộ cân bằng tải cho --instances)");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "nginx"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const installed = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
    // The package starts its default site where an init system is present; only our own config is wanted.
    if (installed && fs.existsSync("/run/nginx.pid")) execFileSync(installed, ["-s", "quit"], { stdio: "ignore" });
    if (installed) return installed;
  }
  throw new Error("Không tìm thấy nginx. Cài bằng `apt-get install nginx` (cần cho --instances lớn hơn 1).");
}

async function waitHealthy(url: string, child: ChildProcess, seconds = 120): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Tiến trình ứng dụng đã dừng (mã ${child.exitCode}).`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Ứng dụng tại ${url} không sẵn sàng sau ${seconds} s.`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

function renderNginx(listen: number, ports: number[], runtime: string): string {
  const template = fs.readFileSync(path.join(root, "deploy", "nginx.conf"), "utf8");
  return template
    .replaceAll("{{LISTEN}}", String(listen))
    .replaceAll("{{RUNTIME}}", runtime)
    .replaceAll("{{UPSTREAMS}}", ports.map((p) => `server 127.0.0.1:${p};`).join("\n    "));
}

export async function startApp(options: {
  databaseUrl: string;
  instances: number;
  port: number;
  evidenceDir: string;
}): Promise<RunningApp> {
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  const alive = () => children.every((c) => c.exitCode === null && c.signalCode === null);
  const ports = Array.from({ length: options.instances }, (_, i) => options.port + 1 + i);
  // Shared by every instance, as in a real multi-instance deployment: the session secret and the key that
  // encrypts server-action ids (otherwise a form rendered by one instance fails on another).
  const shared = {
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(24).toString("hex"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  try {
    for (const port of ports) {
      const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/server.ts"], {
        cwd: root,
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          ...process.env,
          ...shared,
          NODE_ENV: "production",
          NEXT_DIST_DIR: BENCH_DIST,
          DATABASE_URL: options.databaseUrl,
          ALLOW_DEMO_ACCOUNTS: "1",
          EVIDENCE_DIR: options.evidenceDir,
          PORT: String(port),
          TRUSTED_PROXY_HOPS: options.instances > 1 ? "1" : "0",
        },
      });
      children.push(child);
      await waitHealthy(`http://127.0.0.1:${port}`, child);
    }
    const instanceUrls = ports.map((p) => `http://127.0.0.1:${p}`);
    const pids = children.flatMap((c) => (c.pid ? [c.pid] : []));
    if (options.instances === 1) return { baseUrl: instanceUrls[0] ?? "", instanceUrls, pids, alive, stop };
    const nginx = ensureNginx();
    const runtime = fs.mkdtempSync(path.join(os.tmpdir(), "par-nginx-"));
    const conf = path.join(runtime, "nginx.conf");
    fs.writeFileSync(conf, renderNginx(options.port, ports, runtime));
    const proxy = spawn(nginx, ["-c", conf, "-p", runtime, "-g", "daemon off;"], { stdio: "inherit" });
    children.push(proxy);
    const baseUrl = `http://127.0.0.1:${options.port}`;
    await waitHealthy(baseUrl, proxy, 20);
    return { baseUrl, instanceUrls, pids, alive, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
