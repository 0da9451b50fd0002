// Query-string helpers of the admin list pages: unknown values fall back to defaults, never to errors.
export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.trim() ? v.trim().slice(0, 200) : undefined;
}

export function parseStatus(value: string | string[] | undefined, fallback: "active" | "inactive" | "all"): "active" | "inactive" | "all" {
  const v = firstParam(value);
  return v === "active" || v === "inactive" || v === "all" ? v : fallback;
}
