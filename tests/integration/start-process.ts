// Helpers for the tests that run `npm start` (scripts/start.ts) as a real process tree: free ports, the process
// tree under a pid, which process listens on a port, waiting for /api/health, signing in over HTTP.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { DEMO_PASSWORD } from "@/lib/auth/demo-accounts";

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type Started = { child: ChildProcess; output: () => string; exit: Promise<number | null> };

/** `npm start` as a user runs it: tsx scripts/start.ts from the project folder. */
export function startScript(env: Record<string, string | undefined>): Started {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const child = spawn(tsx, ["scripts/start.ts"], {
    cwd: process.cwd(),
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (c) => (text += c));
  child.stderr?.on("data", (c) => (text += c));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => text, exit };
}

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** Every live process below `pid`. */
export function descendants(pid: number): number[] {
  const all = fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  const below = new Set<number>([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      const parent = parentOf(p);
      if (parent !== null && below.has(parent) && !below.has(p)) {
        below.add(p);
        grew = true;
      }
    }
  }
  below.delete(pid);
  return [...below];
}

export const isAlive = (pid: number): boolean => {
  try {
    const state = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) Z/.test(state); // a zombie has exited
  } catch {
    return false;
  }
};

/** The process (among `candidates`) with a listening TCP socket on `port`. */
export function listenerOf(port: number, candidates: number[]): number | null {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1] ?? "";
      if (cols[3] === "0A" && Number.parseInt(local.split(":")[1] ?? "", 16) === port) inodes.add(cols[9] ?? "");
    }
  }
  for (const pid of candidates) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode && inodes.has(inode)) return pid;
      }
    } catch {
      // gone, or not ours
    }
  }
  return null;
}

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

export async function waitForHealth(base: string, started: Started, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void started.exit.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`npm start exited early:\n${started.output().slice(-3000)}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`no /api/health within ${timeoutMs} ms:\n${started.output().slice(-3000)}`);
}

/** Signs in with next-auth's credentials endpoint; answers the Set-Cookie header of the session cookie. */
export async function signInCookie(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => /next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`no session cookie (HTTP ${response.status}): ${await response.text()}`);
  return session;
}
