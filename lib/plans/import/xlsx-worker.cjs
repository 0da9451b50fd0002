// Reads an uploaded workbook in a worker thread (started by xlsx-in-worker.ts with a memory limit and a time
// limit), so a hostile file can neither block the server's event loop nor keep its memory (issue 8, item 10).
// Plain CommonJS, loaded from disk by path: it runs the same under Vitest, the CLI and the production build
// (`next build` + scripts/server.ts), without going through the bundler.
//
// 1. Inflates every part of the archive with yauzl, which refuses a part that inflates beyond its declared size,
//    and counts the bytes; scans the XML for cell references (r, ref, sqref: cells, rows, the sheet's dimension,
//    merged ranges, data validations …) and for defined names, refusing any beyond the row and column limits
//    before exceljs sees them (exceljs walks every cell of a merged or validated range).
// 2. Loads the workbook with exceljs, checks each sheet's size again, and answers each sheet's cells as plain
//    values (text, number, boolean, date), merged cells resolved. The caller turns them into text.
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const yauzl = require("yauzl");
const ExcelJS = require("exceljs");

const { bytes, limits } = workerData;
const MAX_SHEET_ROW = 1048576;
const MAX_SHEET_COLUMN = 16384;

class Refusal extends Error {
  constructor(code, detail) {
    super(code);
    this.code = code;
    this.detail = detail ?? {};
  }
}

function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1", "$B$2:$C$9", "A:A", "1:3", "Sheet1!A1:B2 D4", '"Tên trang"!A1' → refused when beyond the limits. */
function checkReference(text, part) {
  for (const token of text.split(/[\s,;]+/)) {
    const bare = token.replace(/^.*!/, "").replace(/\$/g, "");
    const ends = bare.split(":");
    if (ends.length > 2 || bare === "") continue;
    let row = 0;
    let column = 0;
    for (const end of ends) {
      const m = /^([A-Za-z]{1,3})?(\d{1,7})?$/.exec(end);
      if (!m || (!m[1] && !m[2])) {
        row = -1;
        break;
      }
      // In a range a missing part means "to the end" (A:A is a whole column); alone, "7" is a row's number.
      const range = ends.length === 2;
      row = Math.max(row, m[2] ? Number(m[2]) : range ? MAX_SHEET_ROW : 0);
      column = Math.max(column, m[1] ? columnNumber(m[1]) : range ? MAX_SHEET_COLUMN : 0);
    }
    if (row < 0) continue;
    if (row > limits.maxRows || column > limits.maxColumns)
      throw new Refusal("RANGE_TOO_LARGE", {
        ref: /^\d+$/.test(bare) ? undefined : token.slice(0, 80),
        part,
        row,
        column,
      });
  }
}

const TAG = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\b([^<>]*)>/g;
const ATTRIBUTE = /\s(r|ref|sqref)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const DEFINED_NAME = /<(?:[A-Za-z_][\w.-]*:)?definedName\b[^<>]*>([^<]*)</g;
/** The parts whose references exceljs turns into cells (themes and drawings use r="…" for other things). */
const CELL_PARTS = /^xl\/(workbook\.xml|worksheets\/[^/]+\.xml|tables\/[^/]+\.xml|comments[^/]*\.xml)$/i;
/** Where a whole-sheet range only names what a window shows, never what exceljs builds. */
const VIEW_ONLY = new Set(["selection", "pane"]);

/** Scans one XML part chunk by chunk: a tag cut between chunks is carried over. */
class ReferenceScanner {
  constructor(part) {
    this.part = part;
    this.carry = "";
  }

  push(text) {
    const all = this.carry + text;
    const end = all.lastIndexOf(">");
    const body = end < 0 ? "" : all.slice(0, end + 1);
    const rest = end < 0 ? all : all.slice(end + 1);
    const open = rest.lastIndexOf("<");
    // Text between tags is not carried; a definedName's text is kept whole with its tag.
    const lastTag = body.lastIndexOf("<");
    const inName = lastTag >= 0 && /^<(?:[\w.-]+:)?definedName\b/.test(body.slice(lastTag));
    this.carry = inName ? all.slice(lastTag) : open < 0 ? "" : rest.slice(open);
    if (this.carry.length > limits.maxTagBytes) throw new Refusal("UNREADABLE");
    this.scan(inName ? body.slice(0, lastTag) : body);
  }

  end() {
    this.scan(this.carry);
  }

  scan(text) {
    for (const tag of text.matchAll(TAG)) {
      if (VIEW_ONLY.has(tag[1])) continue;
      for (const attribute of tag[2].matchAll(ATTRIBUTE)) checkReference(attribute[2] ?? attribute[3] ?? "", this.part);
    }
    for (const name of text.matchAll(DEFINED_NAME)) checkReference(name[1] ?? "", this.part);
  }
}

async function scanArchive(buffer) {
  let zip;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw new Refusal("UNREADABLE");
  }
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith("/")) continue;
      const scanner = CELL_PARTS.test(entry.fileName) ? new ReferenceScanner(entry.fileName) : null;
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        total += chunk.length;
        if (total > limits.maxUncompressedBytes) throw new Refusal("ARCHIVE_TOO_LARGE", { bytes: total });
        // References are ASCII; latin1 keeps one character per byte whatever the chunk boundary.
        scanner?.push(chunk.toString("latin1"));
      }
      scanner?.end();
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    // yauzl: a part inflating beyond (or short of) its declared size, a bad checksum, a broken archive.
    throw new Refusal(/too many bytes|too few bytes/i.test(String(error?.message)) ? "SIZE_MISMATCH" : "UNREADABLE");
  }
}

function plain(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value.richText)) return value.richText.map((part) => String(part?.text ?? "")).join("");
  if ("result" in value) return plain(value.result);
  if ("formula" in value || "sharedFormula" in value) return null;
  if ("text" in value) return plain(value.text);
  if ("error" in value) return String(value.error);
  return null;
}

/** A vertically merged cell fills every row it covers; a horizontally merged one only its first column. */
function cellValue(cell) {
  if (cell.isMerged && cell.master !== cell && cell.master.fullAddress.col !== cell.fullAddress.col) return null;
  return plain((cell.isMerged ? cell.master : cell).value);
}

async function readWorkbook(buffer) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    throw new Refusal("UNREADABLE");
  }
  const sheets = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.rowCount > limits.maxRows || sheet.columnCount > limits.maxColumns)
      throw new Refusal("SHEET_TOO_LARGE", { sheet: sheet.name, row: sheet.rowCount, column: sheet.columnCount });
    const rows = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const cells = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellValue(sheet.getCell(r, c)));
      rows.push(cells);
    }
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
}

async function main() {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    await scanArchive(buffer);
    parentPort.postMessage({ ok: true, sheets: await readWorkbook(buffer) });
  } catch (error) {
    if (error instanceof Refusal) parentPort.postMessage({ ok: false, code: error.code, detail: error.detail });
    else parentPort.postMessage({ ok: false, code: "UNREADABLE", detail: {} });
  }
}

main();
