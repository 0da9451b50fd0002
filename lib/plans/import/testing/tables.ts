// Builds CSV and XLSX versions of the seed appendix from its raw cells, to show every reader yields
// the same plan.
import ExcelJS from "exceljs";
import { readPublishedText } from "../read-text";
import { csvField, seedText } from "./seed";

export type SeedGrid = { header: string[]; rows: string[][] };

/** The appendix cells as printed (10 columns, "8,50" style points). */
export function seedGrid(): SeedGrid {
  const table = readPublishedText(seedText());
  const header = table.header.cells;
  return { header, rows: table.rows.map((r) => header.map((_, i) => r.cells[i] ?? "")) };
}

export type CsvOptions = {
  delimiter: ";" | ",";
  bom?: boolean;
  eol?: "\r\n" | "\n";
  decimalPoint?: boolean;
  /** new column order, as indices into the printed header */
  order?: number[];
  rename?: Record<string, string>;
  drop?: string[];
  preamble?: string[];
};

const POINT_COLUMNS = new Set([2, 3, 4]);

export function seedCsv(options: CsvOptions): Uint8Array {
  const { header, rows } = seedGrid();
  const order = (options.order ?? header.map((_, i) => i)).filter((i) => !options.drop?.includes(header[i] ?? ""));
  const line = (cells: string[]) =>
    order.map((i) => csvField(cells[i] ?? "", options.delimiter)).join(options.delimiter);
  const point = (cell: string, i: number) =>
    options.decimalPoint && POINT_COLUMNS.has(i) ? cell.replace(",", ".") : cell;
  const lines = [
    ...(options.preamble ?? []),
    line(header.map((h) => options.rename?.[h] ?? h)),
    ...rows.map((r) => line(r.map(point))),
  ];
  const text = `${options.bom ? "\uFEFF" : ""}${lines.join(options.eol ?? "\n")}${options.eol ?? "\n"}`;
  return new TextEncoder().encode(text);
}

export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** "8,50" → 8.5 as a spreadsheet number. */
export const sheetNumber = (printed: string): number => Number(printed.replace(",", "."));
