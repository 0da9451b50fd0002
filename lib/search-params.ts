// Query-string helpers for pages: unknown or malformed values fall back to defaults, never to errors.
import { AGENCY_KINDS, type AgencyKind } from "@/lib/agency-admin/labels";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter, trimmed and bounded; blank → undefined. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.trim() ? v.trim().slice(0, 200) : undefined;
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
