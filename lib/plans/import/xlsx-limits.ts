// What an uploaded workbook may be (issue 8, item 10): a plan appendix or a national framework has a few hundred
// rows and about ten columns, so these bounds leave ample room while refusing files built to exhaust the server
// (a 1,6 KB file with a cell at XFD1048576, a 1 MB zip that inflates to gigabytes).
export const XLSX_LIMITS = {
  /** rows and columns any sheet, merged range or validation range may reach */
  maxRows: 5000,
  maxColumns: 100,
  /** the archive's parts, declared and actual */
  maxEntries: 500,
  maxUncompressedBytes: 50 * 1024 * 1024,
  /** a part above this size may not inflate more than maxRatio times (XML rarely passes 100) */
  ratioCheckFromBytes: 1024 * 1024,
  maxRatio: 500,
  /** an XML tag longer than this is no spreadsheet's */
  maxTagBytes: 64 * 1024,
  /** the worker that reads the workbook */
  timeoutMs: 15_000,
  maxOldGenerationSizeMb: 384,
  maxYoungGenerationSizeMb: 32,
  /** workbooks read at once, and waiting; beyond that an upload is asked to retry */
  concurrent: 2,
  queued: 6,
} as const;

export type XlsxLimits = { readonly [K in keyof typeof XLSX_LIMITS]: number };
