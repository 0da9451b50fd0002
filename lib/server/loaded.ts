// What every read (`load*`) returns when the caller may be refused: the data, or why there is none. A refusal
// carries nothing of the record, so a forbidden read leaks no more than an unknown id. Pages turn it into the
// app's answers with `dataOrRefuse`, route handlers with `httpRefusal` (both in lib/server/refuse.ts).

export type Loaded<T> = { status: "ok"; data: T } | { status: "forbidden" } | { status: "not_found" };
export type Refused = Exclude<Loaded<never>, { status: "ok" }>;

export const NOT_FOUND = { status: "not_found" } as const;
export const FORBIDDEN = { status: "forbidden" } as const;

/** A read scoped to the caller's province: the row, or not found (another province's id is answered the same). */
export function found<T>(data: T | null | undefined): Loaded<T> {
  return data === null || data === undefined ? NOT_FOUND : { status: "ok", data };
}

/**
 * Whether text taken from a URL could be stored, so name a row: Postgres text never holds U+0000, and a statement
 * that carries one fails ("invalid byte sequence", 22021) instead of finding nothing. A loader answers NOT_FOUND for
 * an id that could not be without asking (`/api/tasks/%00` answered 500).
 */
export const storable = (text: string): boolean => !text.includes("\u0000");
