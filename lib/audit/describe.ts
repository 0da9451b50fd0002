// Turns an audit row's before/after JSON into readable Vietnamese: "Trạng thái: Đang thực hiện → Hoàn thành
// (chờ xác nhận)". Pure (ids are resolved to names by the loader and passed in), so it is unit-tested.
import { AGENCY_KIND_LABELS, type AgencyKind } from "@/lib/agency-admin/labels";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { formatPoints, formatSize } from "@/lib/format";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import { STATUS_LABELS } from "@/lib/tasks/strings";
import { userText } from "@/lib/users/messages";
import { ACTION_LABELS, FIELD_LABELS, HIDDEN_FIELDS, auditText as t } from "./labels";

export type AuditChange = { field: string; label: string; before: string | null; after: string | null };
export type AuditDescription = { actionLabel: string; changes: AuditChange[]; note: string | null };

type Json = unknown;
type Names = ReadonlyMap<string, string>;

export function describeAudit(row: { action: string; before: Json; after: Json }, names: Names): AuditDescription {
  const before = asRecord(row.before);
  const after = asRecord(row.after);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (k) => !HIDDEN_FIELDS.has(k),
  );
  const changes: AuditChange[] = [];
  // an account's state has its own name ("Đã vô hiệu hoá"), the one the user pages show; an agency's is "Ngừng hoạt động"
  const show = (key: string, value: Json) =>
    key === "active" && row.action.startsWith("user.") && typeof value === "boolean"
      ? value
        ? userText.active
        : userText.inactive
      : formatValue(key, value, names);
  for (const key of keys) {
    const b = before && key in before ? show(key, before[key]) : null;
    const a = after && key in after ? show(key, after[key]) : null;
    if (before && after && b === a) continue; // unchanged context (the task's snapshot repeats every field)
    if (!before && a === t.empty) continue; // a new record's empty fields say nothing
    changes.push({ field: key, label: FIELD_LABELS[key] ?? key, before: b, after: a });
  }
  return {
    actionLabel: actionLabel(row.action, after),
    changes,
    note: row.action === "user.password_reset" ? t.passwordHidden : null,
  };
}

function actionLabel(action: string, after: Record<string, Json> | null): string {
  if (action === "task.review") return after?.status === "RETURNED" ? t.reviewReturned : t.reviewAccepted;
  return ACTION_LABELS[action] ?? action;
}

function asRecord(value: Json): Record<string, Json> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : null;
}

const FORMATTERS: Record<string, (value: Json, names: Names) => string | null> = {
  kind: (v) => AGENCY_KIND_LABELS[v as AgencyKind] ?? null,
  role: (v) => ROLE_LABELS[v as Role] ?? null,
  status: (v) => STATUS_LABELS[v as TaskStatusValue] ?? null,
  active: (v) => (typeof v === "boolean" ? (v ? t.active : t.inactive) : null),
  progress: (v) => (typeof v === "number" ? `${v} %` : null),
  agencyId: (v, names) => (typeof v === "string" ? (names.get(v) ?? v) : null),
  supportAgencyIds: (v, names) =>
    Array.isArray(v)
      ? v.map((id) => (typeof id === "string" ? (names.get(id) ?? id) : "")).join("; ") || t.empty
      : null,
  totalScore: (v) => (typeof v === "string" || typeof v === "number" ? formatPoints(String(v)) : null),
  evidence: (v) => (Array.isArray(v) ? v.map(describeEvidence).join("; ") || t.empty : null),
  tasks: (v) => {
    const c = asRecord(v);
    return c
      ? t.taskCounts(Number(c.created ?? 0), Number(c.updated ?? 0), Number(c.deleted ?? 0), Number(c.unassigned ?? 0))
      : null;
  },
};

export function formatValue(key: string, value: Json, names: Names): string {
  if (value === null || value === undefined || value === "") return t.empty;
  const special = FORMATTERS[key]?.(value, names);
  if (special) return special;
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if (typeof value === "number") return value.toLocaleString("vi-VN");
  if (typeof value === "string")
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split("-").reverse().join("/") : value;
  if (Array.isArray(value))
    return value.length === 0 ? t.empty : value.map((v) => formatValue(key, v, names)).join("; ");
  const record = asRecord(value);
  if (record)
    return Object.entries(record)
      .map(([k, v]) => `${FIELD_LABELS[k] ?? k}: ${formatValue(k, v, names)}`)
      .join("; ");
  return JSON.stringify(value);
}

function describeEvidence(item: Json): string {
  const e = asRecord(item);
  if (e?.kind === "file") return t.file(String(e.fileName ?? ""), formatSize(Number(e.sizeBytes ?? 0)));
  if (e?.kind === "link") return t.link(String(e.url ?? ""));
  return JSON.stringify(item);
}
