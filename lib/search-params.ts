// Query-string helpers for pages: unknown or malformed values fall back to defaults, never to errors.
import { AGENCY_KINDS, type AgencyKind } from "@/lib/agency-admin/labels";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter, trimmed and bounded; blank → undefined. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() ? v.trim().slice(0, 200) : undefined;
}

export function parseStatus(
  value: string | string[] | undefined,
  fallback: "active" | "inactive" | "all",
): "active" | "inactive" | "all" {
  const v = firstParam(value);
  return v === "active" || v === "inactive" || v === "all" ? v : fallback;
}

export function parseKind(value: unknown): AgencyKind | null {
  return typeof value === "string" && (AGENCY_KINDS as readonly string[]).includes(value)
    ? (value as AgencyKind)
    : null;
}

/** A change to a page's parameters: a value sets one, `undefined` removes it. */
export type ParamChange = Record<string, string | undefined>;

/**
 * The address of `basePath` with the page's current parameters, `change` applied: a pager or a filter link moves
 * one parameter and keeps the others (the filters stay on when the page changes).
 */
export function hrefWith(basePath: string, params: SearchParams, change: ParamChange = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (name in change) continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined) query.append(name, v);
  }
  for (const [name, value] of Object.entries(change)) if (value !== undefined) query.set(name, value);
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/** The highest page number a list takes (`?trang=`), and a loader passes to its SQL (within an int4). */
export const MAX_PAGE = 10_000;

/** A list's page number from the query string (`?trang=2`): a whole number from 1 to MAX_PAGE, else 1. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number(firstParam(value) ?? "1");
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE ? n : 1;
}
