#!/usr/bin/env node
import { randomUUID } from "node:crypto";
// Stand-in for Prisma 7's native `schema-engine` binary, which cannot be downloaded on these machines.
// The unchanged CLI runs whatever PRISMA_SCHEMA_ENGINE_BINARY names (prisma.config.ts points it here) and
// talks to it as to the native engine; we forward to Prisma's own WebAssembly build of that engine
// (@prisma/schema-engine-wasm, pinned to the CLI's engine hash) over @prisma/adapter-pg.
//   --version                                    print the engine version
//   --datasource '<json>' cli <command>         can-connect-to-database | create-database | drop-database
//   --datamodels <path>… --datasource '<json>'  JSON-RPC 2.0 server, one JSON object per line on stdin/stdout
// stdout carries only JSON-RPC; logs go to stderr as JSON lines ({ level, fields: { message } }), which the
// CLI parses. "Trap n": the numbered traps of the toolchain notes, "Prisma 7 without its native engine".
import fs from "node:fs";
import { createRequire } from "node:module";
import readline from "node:readline";
import { pathToFileURL } from "node:url";
import util from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

// The wasm package exports only its JS entries; the .wasm file and package.json sit beside them.
const WASM_GLUE = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const wasmPackageFile = (name) => new URL(name, pathToFileURL(WASM_GLUE));

// ---------------------------------------------------------------- logging (stderr, JSON lines)
function log(level, message, fields = {}) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target: "schema_engine::logger",
  };
  process.stderr.write(JSON.stringify(line) + "\n");
}

// A stray console.log from a dependency would corrupt the JSON-RPC channel, so console output becomes
// JSON log lines on stderr.
function routeConsoleToStderr() {
  for (const [method, level] of [
    ["log", "INFO"],
    ["info", "INFO"],
    ["debug", "DEBUG"],
    ["warn", "WARN"],
    ["error", "ERROR"],
  ]) {
    console[method] = (...args) => log(level, util.format(...args));
  }
}

// ---------------------------------------------------------------- plain Postgres helpers (pg.Client)
function describeUrl(url) {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.slice(1)) || "postgres";
  return {
    database,
    user: decodeURIComponent(u.username) || "postgres",
    address: `${u.hostname || "localhost"}:${u.port || 5432}`,
  };
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

const schemaOf = (url) => new URL(url).searchParams.get("schema");
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// CREATE/DROP DATABASE of the url's own database must run elsewhere: "postgres", else "template1".
async function runInMaintenanceDb(url, sqlForDatabase) {
  const sql = sqlForDatabase(quoteIdent(describeUrl(url).database));
  try {
    await withClient(withDatabase(url, "postgres"), (c) => c.query(sql));
  } catch (err) {
    if (err.code !== "3D000") throw err;
    await withClient(withDatabase(url, "template1"), (c) => c.query(sql));
  }
  return describeUrl(url).database;
}

const createDatabase = (url) => runInMaintenanceDb(url, (db) => `CREATE DATABASE ${db}`);
const dropDatabase = (url) => runInMaintenanceDb(url, (db) => `DROP DATABASE ${db}`);

// Trap 6: the CLI picks its message from `fields.error_code` (P1003 makes `migrate deploy/dev` and
// `db push` create the database), so Postgres and socket errors get the native engine's codes.
function toPrismaError(err, url) {
  const { database, user, address } = describeUrl(url);
  const unreachable = [
    "P1001",
    `Can't reach database server at \`${address}\`\n\nPlease make sure your database server is running at \`${address}\`.`,
  ];
  const known = {
    "3D000": ["P1003", `Database \`${database}\` does not exist on the database server at \`${address}\`.`],
    "28P01": [
      "P1000",
      `Authentication failed against database server at \`${address}\`, the provided database credentials for \`${user}\` are not valid.`,
    ],
    "42P04": ["P1009", `Database \`${database}\` already exists on the database server at \`${address}\``],
    28000: ["P1010", `User \`${user}\` was denied access on the database \`${database}\``],
    ECONNREFUSED: unreachable,
    ENOTFOUND: unreachable,
  }[err.code];
  return known ? { code: known[0], message: known[1] } : { code: undefined, message: err.message };
}

// ---------------------------------------------------------------- `cli` sub-commands
const CLI_COMMANDS = {
  "can-connect-to-database": (url) => withClient(url, (c) => c.query("SELECT 1")),
  "create-database": createDatabase,
  "drop-database": dropDatabase,
};

async function runCliCommand(command, url) {
  // The CLI discards the first stderr line (the native engine's start-up line) before parsing the rest.
  log("INFO", "Starting schema engine CLI (wasm shim)", { git_hash: engineHash() });
  try {
    if (!CLI_COMMANDS[command]) throw new Error(`Unknown cli command: ${command}`);
    if (!url) throw new Error("The datasource has no url: set DATABASE_URL.");
    await CLI_COMMANDS[command](url);
    return 0;
  } catch (err) {
    const { code, message } = url ? toPrismaError(err, url) : { message: err.message };
    log("ERROR", message, code ? { error_code: code } : {});
    return 1;
  }
}

// ---------------------------------------------------------------- driver adapter for the wasm engine
// Trap 1: the engine's introspection selects catalog columns ("char" pg_constraint.contype, regproc, …)
// that adapter-pg rejects by type id before any type parser could help. This client relabels them as
// text (their values already arrive as strings) and notes which were "char" on the rows array, which
// adapter-pg's queryRaw hands back as it is.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CATALOG_OIDS = new Set([
  18, 22, 24, 27, 28, 29, 30, 194, 1033, 2202, 2203, 2204, 2205, 2206, 3220, 3734, 3769, 4089, 4096, 4191, 5069,
]);
const CHAR_COLUMNS = Symbol("charColumns");

function relabelCatalogColumns(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    if (!r?.fields || !Array.isArray(r.rows)) continue;
    const charColumns = [];
    r.fields.forEach((field, i) => {
      if (!CATALOG_OIDS.has(field.dataTypeID)) return;
      if (field.dataTypeID === CHAR_OID) charColumns.push(i);
      field.dataTypeID = TEXT_OID;
    });
    if (charColumns.length > 0) Object.defineProperty(r.rows, CHAR_COLUMNS, { value: charColumns });
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  query(config, values, callback) {
    if (typeof values === "function") [callback, values] = [values, undefined];
    if (typeof callback === "function") {
      return super.query(config, values, (err, res) => callback(err, err ? res : relabelCatalogColumns(res)));
    }
    const out = super.query(config, values);
    return typeof out?.then === "function" ? out.then(relabelCatalogColumns) : out;
  }
}

// The engine decodes contype & co. as a char, so those columns must be reported as Character, not Text.
function reportCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of result.rows[CHAR_COLUMNS] ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function patchAdapter(adapter) {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => reportCharColumns(await startTransaction(...args));
  // adapter-pg splits scripts on ";", which breaks migrations with ";" in strings or function bodies.
  // The native engine sends a migration as one simple-protocol query (one implicit transaction): so do we.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (err) {
      adapter.onError(err);
    }
  };
  return reportCharColumns(adapter);
}

const liveShadowDbs = new Set(); // shadow databases not yet dropped, cleaned up on exit as a fallback

class ShimPgFactory extends PrismaPg {
  constructor(url, shadowUrl) {
    // `?schema=` picks the namespace: the engine introspects it, and migrations' unqualified names land in
    // it through search_path, as with the native engine.
    const schema = url ? schemaOf(url) : null;
    const searchPath = schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {};
    super({ connectionString: url, Client: CatalogTextClient, ...searchPath }, schema ? { schema } : undefined);
    this.url = url;
    this.shadowUrl = shadowUrl;
  }

  async connect() {
    return patchAdapter(await super.connect());
  }

  // Trap 3: adapter-pg's version stays on the main database (its connection string beats `database`) and
  // drops the database before closing the pool using it. Create a fresh one; drop it after the pool ends.
  async connectToShadowDb() {
    if (this.shadowUrl) return connectToGivenShadowDb(this.shadowUrl);
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withClient(this.url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    liveShadowDbs.add(name);
    const adapter = await new ShimPgFactory(withDatabase(this.url, name)).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await dropShadowDb(this.url, name);
    };
    return adapter;
  }
}

// With `shadowDatabaseUrl` the native engine empties that database before use; the wasm engine does not.
async function connectToGivenShadowDb(url) {
  const adapter = await new ShimPgFactory(url).connect();
  const schema = quoteIdent(schemaOf(url) ?? "public");
  await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
  return adapter;
}

async function dropShadowDb(url, name) {
  // WITH (FORCE), Postgres 13+: backends of the pool just closed may not have exited yet.
  await withClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  liveShadowDbs.delete(name);
}

// ---------------------------------------------------------------- the wasm engine
function engineHash() {
  return JSON.parse(fs.readFileSync(wasmPackageFile("package.json"), "utf8"))
    .version.split(".")
    .pop();
}

async function loadWasmModule() {
  // Trap 5: the panic hook writes through this global; without it a panic is a bare "unreachable".
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    set_message(message) {
      this.message = `RuntimeError: ${message}`;
    },
    get() {
      return this.message;
    },
  };
  // Node 20 cannot `import` a .wasm file, so instantiate it the way the package's entry module would.
  const bg = await import(pathToFileURL(WASM_GLUE).href);
  const bytes = fs.readFileSync(wasmPackageFile("schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

async function startEngine({ datamodels, datasource }) {
  // The wasm engine connects when created, even for a schema-to-schema diff, so a url is required.
  if (!datasource.url) throw new Error("No datasource url: set DATABASE_URL (prisma.config.ts `datasource.url`).");
  const bg = await loadWasmModule();
  const files = datamodels.map((path) => [path, fs.readFileSync(path, "utf8")]);
  const factory = bindMigrationAwareSqlAdapterFactory(new ShimPgFactory(datasource.url, datasource.shadowDatabaseUrl));
  const onLog = (line) => process.stderr.write(String(line).endsWith("\n") ? String(line) : `${line}\n`);
  return bg.SchemaEngine.new({ datamodels: files.length > 0 ? files : undefined }, onLog, factory);
}

const isPanic = (err) => err instanceof WebAssembly.RuntimeError;
const panicMessage = (err) => globalThis.PRISMA_WASM_PANIC_REGISTRY?.get() || String(err?.message ?? err);

// ---------------------------------------------------------------- JSON-RPC server
const ENGINE_METHODS = new Set([
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

let silenced = false; // after a crash has answered everything, nothing more may be written
const send = (message) => silenced || process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");

// Trap 2: the 7.x CLI prints only what the engine sends it as a `print` request, never `stdout`. It handles
// our lines in order, so the text is out before it reads the diff's result; its `{}` answer is ignored.
let printRequestId = 0;
async function diffAndPrint(engine, params) {
  const result = await engine.diff(params);
  if (result.stdout) send({ id: `print-${++printRequestId}`, method: "print", params: { content: result.stdout } });
  return { ...result, stdout: null };
}

// Trap 4: on a fresh database these fail with "shadow DB must be provided through an external factory"
// until devDiagnostic has built the engine's cached schema from the migrations: run it once and retry.
async function withShadowRetry(engine, method, params) {
  try {
    return await engine[method](params);
  } catch (err) {
    if (!/shadow DB must be provided through an external factory/.test(err?.message)) throw err;
    log("INFO", `${method}: running devDiagnostic first, then retrying`);
    await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
    return engine[method](params);
  }
}

async function dispatch(getEngine, datasource, { method, params }) {
  if (method === "createDatabase") return { databaseName: await createDatabase(datasource.url) };
  const engine = await getEngine();
  if (method === "diff") return diffAndPrint(engine, params);
  if (method === "getDatabaseVersion") return engine.version(params);
  if (method === "createMigration" || method === "evaluateDataLoss") return withShadowRetry(engine, method, params);
  if (!ENGINE_METHODS.has(method)) throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
  return engine[method](params);
}

// The native engine's shapes: user-facing errors carry data.error_code (P…), panics data.is_panic.
function toRpcError(err) {
  if (err?.rpcCode) return { code: err.rpcCode, message: err.message };
  if (isPanic(err)) {
    const message = panicMessage(err);
    return { code: -32603, message, data: { is_panic: true, message, backtrace: err.stack } };
  }
  const error_code = /^P\d{4}$/.test(err?.code ?? "") ? err.code : undefined;
  const data = { is_panic: false, message: String(err?.message ?? err), meta: err?.meta ?? null, error_code };
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

const inFlight = new Map(); // request id → promise of its answer

async function exitAfterCleanup(url, code) {
  await Promise.allSettled([...liveShadowDbs].map((name) => dropShadowDb(url, name)));
  process.exit(code);
}

// Answers every open request, then exits; 101 is how the CLI recognises a panic.
function crash(err, url) {
  const panic = isPanic(err);
  log("ERROR", panic ? panicMessage(err) : String(err?.stack ?? err), { is_panic: panic, backtrace: err?.stack });
  for (const id of inFlight.keys()) send({ id, error: toRpcError(err) });
  inFlight.clear();
  silenced = true;
  exitAfterCleanup(url, panic ? 101 : 1);
}

async function handleRequest(getEngine, args, request) {
  try {
    const result = await dispatch(getEngine, args.datasource, request);
    send({ id: request.id, result: result === undefined ? {} : result });
  } catch (err) {
    send({ id: request.id, error: toRpcError(err) });
    inFlight.delete(request.id); // answered: crash() must not answer it again
    if (isPanic(err)) crash(err, args.datasource.url); // the wasm instance is unusable after a panic
  }
}

function serve(args) {
  routeConsoleToStderr();
  let enginePromise;
  const getEngine = () => (enginePromise ??= startEngine(args)); // lazy: creating it connects
  let queue = Promise.resolve();
  const shutdown = async () => {
    await Promise.allSettled(inFlight.values());
    await exitAfterCleanup(args.datasource.url, 0);
  };
  // Panics raised inside wasm callbacks arrive here rather than as a rejected promise.
  process.on("uncaughtException", (err) => crash(err, args.datasource.url));
  process.on("unhandledRejection", (err) => crash(err, args.datasource.url));
  process.on("SIGTERM", shutdown); // the CLI closes stdin, then sends SIGTERM right away
  process.on("SIGINT", shutdown);

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return send({ id: null, error: { code: -32700, message: "Parse error" } });
    }
    if (message.method === undefined) return; // the CLI's answer to a `print` request
    // One at a time: the engine's methods borrow it mutably, and overlapping calls fail with "recursive use
    // of an object detected". handleRequest never rejects, so the chain never breaks.
    queue = queue.then(() => handleRequest(getEngine, args, message));
    inFlight.set(
      message.id,
      queue.finally(() => inFlight.delete(message.id)),
    );
  });
  lines.on("close", shutdown);
}

// ---------------------------------------------------------------- entry point
function parseArgs(argv) {
  const args = { version: false, cli: null, datamodels: [], datasource: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version") args.version = true;
    else if (arg === "cli") args.cli = argv[++i];
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--datamodels") {
      while (i + 1 < argv.length && !argv[i + 1].startsWith("--")) args.datamodels.push(argv[++i]);
    } else if (arg.startsWith("--")) i++; // --enabled-preview-features, --extension-types: unused by wasm
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (args.version) process.stdout.write(`schema-engine-cli ${engineHash()}\n`);
else if (args.cli) process.exitCode = await runCliCommand(args.cli, args.datasource.url);
else serve(args);
