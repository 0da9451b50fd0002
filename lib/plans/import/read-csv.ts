// CSV as Excel and LibreOffice write it: comma or semicolon (Vietnamese locales use ";" because the
// decimal mark is ","), fields optionally quoted per RFC 4180, quotes doubled inside quoted fields,
// CRLF or LF, line breaks allowed inside quotes. No dependency: the grammar is small.

import { matchColumns, PLAN_HEADER } from "./columns";
import { PlanImportError } from "./errors";
import { errorMessages } from "./messages";
import type { HeaderRule, Table, TableRow } from "./table";

type CsvRecord = { fields: string[]; line: number };

const DELIMITERS = [";", ",", "\t"] as const;

export function readCsv(text: string, rule: HeaderRule = PLAN_HEADER): Table {
  let nearMiss: { line: number; missing: string[] } | null = null;
  let best: { table: Table; columns: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const records = parseCsv(text, delimiter);
    const headerIndex = records.findIndex((r) => rule.isHeader(r.fields));
    const header = records[headerIndex];
    if (!header) {
      const near = records
        .map((r) => ({ line: r.line, missing: rule.missingColumns(r.fields) }))
        .find((n) => n.missing);
      if (near?.missing && !nearMiss) nearMiss = { line: near.line, missing: near.missing };
      continue;
    }
    const columns = Object.keys(matchColumns(header.fields).index).length;
    if (!best || columns > best.columns) best = { table: toTable(records, headerIndex), columns };
  }
  if (best) return best.table;
  if (nearMiss) {
    throw new PlanImportError("MISSING_COLUMN", errorMessages.missingColumns(nearMiss.missing), {
      line: nearMiss.line,
    });
  }
  throw new PlanImportError("NO_TABLE", rule.noTableMessage);
}

function toTable(records: CsvRecord[], headerIndex: number): Table {
  const asRow = (r: CsvRecord): TableRow => ({ cells: r.fields.map((f) => f.trim()), at: { line: r.line } });
  const [header] = records.slice(headerIndex, headerIndex + 1).map(asRow);
  return {
    header: header ?? { cells: [], at: {} },
    rows: records.slice(headerIndex + 1).map(asRow),
    preamble: records
      .slice(0, headerIndex)
      .map((r) => r.fields.filter((f) => f.trim() !== "").join(" | "))
      .join("\n"),
  };
}

/** RFC 4180 records, each with the 1-based line it starts on. */
export function parseCsv(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const state = { fields: [] as string[], field: "", quoted: false, fieldStart: true };
  const pos = { line: 1, recordLine: 1, quoteLine: 0 };
  const endField = () => {
    state.fields.push(state.field);
    state.field = "";
    state.fieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (state.quoted) {
      if (ch === '"' && text[i + 1] === '"') i++, (state.field += '"');
      else if (ch === '"') state.quoted = false;
      else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) pos.line++;
        state.field += ch;
      }
    } else if (ch === '"' && state.fieldStart) {
      state.quoted = true;
      state.fieldStart = false;
      pos.quoteLine = pos.line;
    } else if (ch === delimiter) endField();
    else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      records.push({ fields: state.fields, line: pos.recordLine });
      state.fields = [];
      pos.recordLine = ++pos.line;
    } else {
      state.field += ch;
      state.fieldStart = false;
    }
  }
  if (state.quoted) {
    throw new PlanImportError("CSV_UNTERMINATED_QUOTE", errorMessages.unterminatedQuote(), { line: pos.quoteLine });
  }
  if (state.field !== "" || state.fields.length > 0) {
    endField();
    records.push({ fields: state.fields, line: pos.recordLine });
  }
  return records;
}
