// Picks the reader by extension, then by content, and decodes text strictly as UTF-8 (with or without BOM).
import { createHash } from "node:crypto";
import { PlanImportError } from "./errors";
import { errorMessages } from "./messages";
import { readCsv } from "./read-csv";
import { readPublishedText } from "./read-text";
import { readXlsx } from "./read-xlsx";
import type { Table } from "./table";
import type { SourceFormat } from "./types";

export type Source = { format: SourceFormat; table: Table; text: string; sha256: string };

export async function readSource(fileName: string, bytes: Uint8Array): Promise<Source> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (bytes.length === 0) throw new PlanImportError("EMPTY_FILE", errorMessages.emptyFile(fileName));
  if (extension === "xls") throw new PlanImportError("UNSUPPORTED_FORMAT", errorMessages.oldExcel(fileName));
  if (extension === "xlsx" || isZip(bytes)) {
    const table = await readXlsx(bytes, fileName);
    return { format: "xlsx", table, text: tableText(table), sha256 };
  }
  const text = decodeUtf8(bytes, fileName);
  if (text.trim() === "") throw new PlanImportError("EMPTY_FILE", errorMessages.emptyFile(fileName));
  if (extension === "csv") return { format: "csv", table: readCsv(text), text, sha256 };
  if (extension === "txt" || extension === "" || text.includes("|")) return readTextOrCsv(text, sha256);
  throw new PlanImportError("UNSUPPORTED_FORMAT", errorMessages.unsupported(fileName));
}

// A ".txt" may still be a CSV someone renamed: fall back to the CSV reader before giving up.
function readTextOrCsv(text: string, sha256: string): Source {
  try {
    return { format: "text", table: readPublishedText(text), text, sha256 };
  } catch (error) {
    if (!(error instanceof PlanImportError) || error.code !== "NO_TABLE") throw error;
    return { format: "csv", table: readCsv(text), text, sha256 };
  }
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    // TextDecoder drops a leading BOM by default.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).normalize("NFC");
  } catch {
    throw new PlanImportError("NOT_UTF8", errorMessages.notUtf8(fileName));
  }
}

const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** What a workbook said, kept as Plan.sourceText: the preamble and the table, cells joined by " | ". */
const tableText = (table: Table): string =>
  [table.preamble, ...[table.header, ...table.rows].map((r) => r.cells.join(" | "))].filter((l) => l !== "").join("\n");
