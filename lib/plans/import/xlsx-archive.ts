// The first look at an uploaded workbook, on the request thread but without inflating anything: the zip's central
// directory (read with yauzl) must declare a plausible spreadsheet — few parts, a bounded total size, no part
// inflating far more than XML does. A zip bomb with honest headers stops here in a few milliseconds; one that
// lies about its sizes is stopped by the worker, which refuses a part inflating beyond what it declared.
import yauzl from "yauzl";
import { PlanImportError } from "./errors";
import { errorMessages } from "./messages";
import { XLSX_LIMITS } from "./xlsx-limits";

export async function checkArchive(bytes: Uint8Array, fileName: string): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw new PlanImportError("UNREADABLE_XLSX", errorMessages.unreadableXlsx(fileName));
  }
  if (zip.entryCount > XLSX_LIMITS.maxEntries)
    throw new PlanImportError("XLSX_TOO_LARGE", errorMessages.xlsxTooManyParts(fileName, zip.entryCount));
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > XLSX_LIMITS.maxUncompressedBytes)
        throw new PlanImportError("XLSX_TOO_LARGE", errorMessages.xlsxTooLarge(fileName, declared));
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > XLSX_LIMITS.ratioCheckFromBytes && ratio > XLSX_LIMITS.maxRatio)
        throw new PlanImportError("XLSX_TOO_LARGE", errorMessages.xlsxRatio(fileName, entry.fileName, ratio));
    }
  } catch (error) {
    if (error instanceof PlanImportError) throw error;
    throw new PlanImportError("UNREADABLE_XLSX", errorMessages.unreadableXlsx(fileName));
  }
}
