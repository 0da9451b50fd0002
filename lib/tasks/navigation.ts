// Addresses and titles around a task page, pure. The back link's target comes from the query string, so it is
// accepted only as one of the app's own board paths (never another site, never "//host" or a scheme).

const BOARD_PATH =
  /^\/(nhiem-vu|viec-cua-toi|co-quan\/[A-Za-z0-9_-]{1,64}|duyet(\/chua-giao|\/giao-viec)?)(\?[A-Za-z0-9_.~%=&+-]*)?$/;

/** `tu=/nhiem-vu?role=lead&due=soon` → that path; anything else → null (the page's own default). */
export function safeBoardPath(value: unknown): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== "string" || text.length > 500) return null;
  return BOARD_PATH.test(text) ? text : null;
}

const MAX_TITLE = 70;

/** "3.4.1 · Giải quyết hồ sơ đúng hạn…" for the browser tab. */
export function taskPageTitle(title: string, criterionCode: string | null): string {
  const short = title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title;
  return criterionCode ? `${criterionCode} · ${short}` : short;
}
