#!/usr/bin/env node
// Stand-in for Prisma 7's native `schema-engine` binary, which cannot be downloaded on these machines.
// The unchanged Prisma CLI runs whatever PRISMA_SCHEMA_ENGINE_BINARY names (prisma.config.ts points it here)
// and talks to it exactly as to the native engine; we forward everything to Prisma's own WebAssembly
// build of that engine (@prisma/schema-engine-wasm, pinned to the CLI's engine hash) over adapter-pg.
// See docs "Prisma 7 without its native engine" for the traps handled below (marked "Trap n").
//
//   --version                                        print the engine version
//   --datasource '<json>' cli <command>             can-connect-to-database | create-database | drop-database
//   --datamodels <path>… --datasource '<json>'      JSON-RPC 2.0 server, one JSON object per line on stdin/stdout
//
// stdout carries only JSON-RPC; every log line goes to stderr as JSON ({ level, fields: { message } }),
// which is what the CLI parses.
import fs from "node:fs";
import readline from "node:readline";
import util from "node:util";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const WASM_PKG = "@prisma/schema-engine-wasm";
// The package exports only its JS entries; the .wasm file and package.json sit beside them.
const WASM_GLUE = require.resolve(`${WASM_PKG}/schema_engine_bg`);
const wasmPkgFile = (name) => new URL(name, pathToFileURL(WASM_GLUE));

// ---------------------------------------------------------------- logging (stderr, JSON lines)

function log(level, message, fields = {}) {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target: "schema_engine::logger" };
  process.stderr.write(JSON.stringify(line) + "\n");
}

// A stray console.log from a dependency would corrupt the JSON-RPC channel (and `cli` mode rejects
// non-JSON stderr lines), so every console method becomes a JSON log line on stderr.
function routeConsoleToStderr() {
  for (const [method, level] of [["log", "INFO"], ["info", "INFO"], ["debug", "DEBUG"], ["warn", "WARN"], ["error", "ERROR"]]) {
    console[method] = (...args) => log(level, util.format(...args));
  }
}

// ---------------------------------------------------------------- Postgres helpers

function describeUrl(url) {
  const u = new URL(url);
  return {
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    user: decodeURIComponent(u.username) || "postgres",
    address: `${u.hostname || "localhost"}:${u.port || 5432}`,
  };
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

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

// CREATE/DROP DATABASE must run from another database: "postgres", or "template1" where that is missing.
async function runInMaintenanceDb(url, sql) {
  try {
    await withClient(withDatabase(url, "postgres"), (c) => c.query(sql));
  } catch (err) {
    if (err.code !== "3D000") throw err;
    await withClient(withDatabase(url, "template1"), (c) => c.query(sql));
  }
}

async function createDatabase(url) {
  const { database } = describeUrl(url);
  await runInMaintenanceDb(url, `CREATE DATABASE ${quoteIdent(database)}`);
  return database;
}

async function dropDatabase(url) {
  await runInMaintenanceDb(url, `DROP DATABASE ${quoteIdent(describeUrl(url).database)}`);
}

// Trap 6: the CLI reads `fields.error_code` to choose its message (P1003 makes `migrate deploy/dev`
// create the database), so Postgres/socket errors are translated to the native engine's codes.
function toPrismaError(err, url) {
  const { database, user, address } = describeUrl(url);
  switch (err.code) {
    case "3D000": return { code: "P1003", message: `Database \`${database}\` does not exist on the database server at \`${address}\`.` };
    case "28P01": return { code: "P1000", message: `Authentication failed against database server at \`${address}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${address}\`.` };
    case "42P04": return { code: "P1009", message: `Database \`${database}\` already exists on the database server at \`${address}\`` };
    case "28000": return { code: "P1010", message: `User \`${user}\` was denied access on the database \`${database}\`` };
    case "ECONNREFUSED":
    case "ENOTFOUND": return { code: "P1001", message: `Can't reach database server at \`${address}\`\n\nPlease make sure your database server is running at \`${address}\`.` };
    default: return { code: undefined, message: err.message };
  }
}

// ---------------------------------------------------------------- `cli` sub-commands

const CLI_COMMANDS = {
  "can-connect-to-database": (url) => withClient(url, (c) => c.query("SELECT 1")),
  "create-database": createDatabase,
  "drop-database": dropDatabase,
};

async function runCliCommand(command, url) {
  // The CLI drops the first stderr line before parsing the rest, as the native engine starts with one.
  log("INFO", "Starting schema engine CLI (wasm shim)", { git_hash: engineHash() });
  try {
    if (!CLI_COMMANDS[command]) throw new Error(`Unknown cli command: ${command}`);
    if (!url) throw new Error("The datasource has no url");
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
// that adapter-pg rejects by type id before any type parser runs. This client relabels them as text
// (their values already arrive as strings) and remembers which columns were "char" on the rows array,
// which adapter-pg hands back unchanged from queryRaw.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CATALOG_OIDS = new Set([18, 22, 24, 27, 28, 29, 30, 194, 1033, 2202, 2203, 2204, 2205, 2206, 3220, 3734, 3769, 4089, 4096, 4191, 5069]);
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

// The engine reads contype & co. as a char, so those columns must be reported as Character, not Text.
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
  // adapter-pg splits scripts on ";", which breaks migrations with ";" inside strings or function bodies.
  // The native engine sends a migration as one simple-protocol query; do the same.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (err) {
      adapter.onError(err);
    }
  };
  return reportCharColumns(adapter);
}

const liveShadowDbs = new Set(); // dropped on shutdown if the engine never disposed them

class ShimPgFactory extends PrismaPg {
  constructor(url, shadowUrl) {
    const schema = url ? new URL(url).searchParams.get("schema") : null; // `?schema=` selects the namespace
    super({ connectionString: url, Client: CatalogTextClient }, schema ? { schema } : undefined);
    this.url = url;
    this.shadowUrl = shadowUrl;
  }

  async connect() {
    return patchAdapter(await super.connect());
  }

  // Trap 3: adapter-pg's own version keeps the main database (the connection string wins over `database`)
  // and drops the database before closing the pool that uses it. Use a fresh database and drop it last.
  async connectToShadowDb() {
    if (this.shadowUrl) return new ShimPgFactory(this.shadowUrl).connect();
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

async function dropShadowDb(url, name) {
  // WITH (FORCE) (Postgres 13+): backends of the just-closed pool may not have exited yet.
  await withClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  liveShadowDbs.delete(name);
}

// ---------------------------------------------------------------- the wasm engine

function engineHash() {
  return JSON.parse(fs.readFileSync(wasmPkgFile("package.json"), "utf8")).version.split(".").pop();
}

async function loadWasmModule() {
  // Trap 5: the panic hook writes through this global; without it a panic is a bare "unreachable".
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    set_message(message) { this.message = `RuntimeError: ${message}`; },
    get() { return this.message; },
  };
  // Node 20 cannot `import` a .wasm file, so instantiate it by hand as the package's entry would.
  const bg = await import(pathToFileURL(WASM_GLUE).href);
  const bytes = fs.readFileSync(wasmPkgFile("schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

async function startEngine({ datamodels, datasource }) {
  const bg = await loadWasmModule();
  const files = datamodels.map((p) => [p, fs.readFileSync(p, "utf8")]);
  const factory = bindMigrationAwareSqlAdapterFactory(new ShimPgFactory(datasource.url, datasource.shadowDatabaseUrl));
  const onLog = (line) => process.stderr.write(String(line).endsWith("\n") ? String(line) : `${line}\n`);
  return bg.SchemaEngine.new({ datamodels: files.length > 0 ? files : undefined }, onLog, factory);
}

const isPanic = (err) => err instanceof WebAssembly.RuntimeError;
const panicMessage = (err) => globalThis.PRISMA_WASM_PANIC_REGISTRY?.get() || String(err?.message ?? err);

// ---------------------------------------------------------------- JSON-RPC server

const ENGINE_METHODS = new Set([
  "applyMigrations", "createMigration", "dbExecute", "debugPanic", "devDiagnostic", "diagnoseMigrationHistory",
  "ensureConnectionValidity", "evaluateDataLoss", "introspect", "introspectSql", "markMigrationApplied",
  "markMigrationRolledBack", "reset", "schemaPush",
]);

const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");

// Requests we send to the CLI (only `print`), keyed by id, resolved when it answers.
const awaitingClient = new Map();
let nextClientRequestId = 1;

function callClient(method, params) {
  const id = `shim-${nextClientRequestId++}`;
  return new Promise((resolve, reject) => {
    awaitingClient.set(id, { resolve, reject });
    send({ id, method, params });
  });
}

// Trap 2: the 7.x CLI prints only what the engine sends back as a `print` request, not `stdout`.
async function diffAndPrint(engine, params) {
  const result = await engine.diff(params);
  if (result.stdout) await callClient("print", { content: result.stdout });
  return { ...result, stdout: null };
}

// Trap 4: on a fresh database these fail with "shadow DB must be provided through an external factory"
// until devDiagnostic has built the engine's cached schema from the migrations; do that once and retry.
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

function rpcError(code, message) {
  return Object.assign(new Error(message), { rpcCode: code });
}

async function dispatch(getEngine, datasource, { method, params }) {
  if (method === "createDatabase") return { databaseName: await createDatabase(datasource.url) };
  const engine = await getEngine();
  if (method === "diff") return diffAndPrint(engine, params);
  if (method === "getDatabaseVersion") return engine.version(params);
  if (method === "createMigration" || method === "evaluateDataLoss") return withShadowRetry(engine, method, params);
  if (!ENGINE_METHODS.has(method)) throw rpcError(-32601, `Method not found: ${method}`);
  return engine[method](params);
}

// Same shapes as the native engine: user-facing errors carry data.error_code, panics data.is_panic.
function toRpcError(err) {
  if (err?.rpcCode) return { code: err.rpcCode, message: err.message };
  if (isPanic(err)) {
    const message = panicMessage(err);
    return { code: -32603, message, data: { is_panic: true, message, backtrace: err.stack } };
  }
  const errorCode = /^P\d{4}$/.test(err?.code ?? "") ? err.code : undefined;
  const data = { is_panic: false, message: String(err?.message ?? err), meta: err?.meta ?? null, error_code: errorCode };
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

function serve(args) {
  routeConsoleToStderr();
  let enginePromise;
  const getEngine = () => (enginePromise ??= startEngine(args)); // lazily: the engine connects on creation
  const inFlight = new Map();

  const handleRequest = async (request) => {
    try {
      const result = await dispatch(getEngine, args.datasource, request);
      send({ id: request.id, result: result === undefined ? {} : result });
    } catch (err) {
      send({ id: request.id, error: toRpcError(err) });
      inFlight.delete(request.id); // answered: crash() must not answer it twice
      if (isPanic(err)) crash(err); // the wasm instance is unusable after a panic
    }
  };

  const crash = (err) => {
    const panic = isPanic(err);
    log("ERROR", panic ? panicMessage(err) : String(err?.stack ?? err), { is_panic: panic, backtrace: err?.stack });
    for (const id of inFlight.keys()) send({ id, error: toRpcError(err) });
    process.exit(panic ? 101 : 1);
  };

  const shutdown = async () => {
    await Promise.allSettled(inFlight.values());
    await Promise.allSettled([...liveShadowDbs].map((name) => dropShadowDb(args.datasource.url, name)));
    process.exit(0);
  };

  // Panics raised inside wasm callbacks surface here rather than as a rejected promise.
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  process.on("SIGTERM", shutdown); // the CLI closes stdin, then kills us at once
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
    if (message.method === undefined) return settleClientCall(message);
    const done = handleRequest(message).finally(() => inFlight.delete(message.id));
    inFlight.set(message.id, done);
  });
  lines.on("close", shutdown);
}

function settleClientCall({ id, result, error }) {
  const pending = awaitingClient.get(id);
  if (!pending) return log("WARN", `Unexpected JSON-RPC response for id ${id}`);
  awaitingClient.delete(id);
  if (error) pending.reject(new Error(error.message ?? "print failed"));
  else pending.resolve(result);
}

// ---------------------------------------------------------------- entry point

function parseArgs(argv) {
  const args = { version: false, cli: null, datamodels: [], datasource: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "cli") args.cli = argv[++i];
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--datamodels") {
      while (i + 1 < argv.length && !argv[i + 1].startsWith("--")) args.datamodels.push(argv[++i]);
    } else if (arg.startsWith("--")) i++; // --enabled-preview-features, --extension-types: not used by wasm
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${engineHash()}\n`);
} else if (args.cli) {
  process.exitCode = await runCliCommand(args.cli, args.datasource.url);
} else {
  serve(args);
}
