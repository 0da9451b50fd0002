// Runs xlsx-worker.cjs on one workbook: in a worker thread with a heap limit and a deadline, a few at a time, so
// the request thread keeps answering (health checks, sign-ins) whatever the file does. The worker is a file on
// disk resolved from the project folder (the production server, the CLI and the tests all run from it), which
// keeps the bundler out of the way.
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PlanImportError } from "./errors";
import { errorMessages } from "./messages";
import { XLSX_LIMITS, type XlsxLimits } from "./xlsx-limits";

export type SheetValue = string | number | boolean | Date | null;
export type SheetValues = { name: string; rows: SheetValue[][] };

type Detail = { ref?: string; part?: string; sheet?: string; row?: number; column?: number; bytes?: number };
type Reply = { ok: true; sheets: SheetValues[] } | { ok: false; code: string; detail: Detail };

const WORKER_FILE = path.join("lib", "plans", "import", "xlsx-worker.cjs");

function workerPath(): string {
  const file = path.join(process.cwd(), WORKER_FILE);
  if (!fs.existsSync(file)) throw new Error(`Không tìm thấy ${WORKER_FILE}: hãy chạy ứng dụng từ thư mục dự án.`);
  return file;
}

let running = 0;
const waiting: (() => void)[] = [];

async function slot(fileName: string): Promise<() => void> {
  if (running >= XLSX_LIMITS.concurrent) {
    if (waiting.length >= XLSX_LIMITS.queued) throw new PlanImportError("XLSX_BUSY", errorMessages.xlsxBusy(fileName));
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** `limits`: the defaults everywhere but in the tests of the time and memory limits. */
export async function readSheetsInWorker(
  bytes: Uint8Array,
  fileName: string,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<SheetValues[]> {
  const release = await slot(fileName);
  try {
    return refusalOrSheets(await runWorker(bytes, fileName, limits), fileName);
  } finally {
    release();
  }
}

function runWorker(bytes: Uint8Array, fileName: string, limits: XlsxLimits): Promise<Reply> {
  const worker = new Worker(workerPath(), {
    workerData: { bytes, limits },
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
      maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
    },
  });
  return new Promise<Reply>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new PlanImportError("XLSX_TOO_COMPLEX", errorMessages.xlsxTimeout(fileName)))),
      limits.timeoutMs,
    );
    worker.once("message", (reply: Reply) => finish(() => resolve(reply)));
    worker.once("error", (error: NodeJS.ErrnoException) =>
      finish(() =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new PlanImportError("XLSX_TOO_COMPLEX", errorMessages.xlsxMemory(fileName))
            : new PlanImportError("UNREADABLE_XLSX", errorMessages.unreadableXlsx(fileName)),
        ),
      ),
    );
    worker.once("exit", () =>
      finish(() => reject(new PlanImportError("UNREADABLE_XLSX", errorMessages.unreadableXlsx(fileName)))),
    );
  });
}

function refusalOrSheets(reply: Reply, fileName: string): SheetValues[] {
  if (reply.ok) return reply.sheets;
  const { detail } = reply;
  switch (reply.code) {
    case "ARCHIVE_TOO_LARGE":
      throw new PlanImportError("XLSX_TOO_LARGE", errorMessages.xlsxTooLarge(fileName, detail.bytes ?? 0));
    case "SIZE_MISMATCH":
      throw new PlanImportError("XLSX_TOO_LARGE", errorMessages.xlsxSizeMismatch(fileName));
    case "RANGE_TOO_LARGE":
    case "SHEET_TOO_LARGE":
      throw new PlanImportError(
        "XLSX_TOO_MANY_CELLS",
        errorMessages.xlsxTooManyCells(fileName, { ref: detail.ref, row: detail.row ?? 0, column: detail.column ?? 0 }),
      );
    default:
      throw new PlanImportError("UNREADABLE_XLSX", errorMessages.unreadableXlsx(fileName));
  }
}
