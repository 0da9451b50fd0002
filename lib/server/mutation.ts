// The one write path (CONTRIBUTING.md §3). Every server action and route handler that changes data calls a
// mutation defined here: (a) a session is required, (b) input is parsed with zod, (c) the permission is
// checked against the record as loaded inside the transaction, (d) the audit row is written in that same
// transaction, (e) the result is typed data or a fixed error code with a Vietnamese message.
import type { z } from "zod";
import { type Action, can, type Target } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { type Audit, writeAudit } from "@/lib/server/audit";
import { storable } from "@/lib/server/loaded";

export type { Audit };

export type MutationErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "INVALID" | "NOT_FOUND" | "CONFLICT" | "INTERNAL";

export type MutationResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: MutationErrorCode; message: string; fieldErrors?: Record<string, string[]>; current?: unknown };

/** An expected refusal raised from inside a mutation (stale version, wrong state…); rolls the transaction back. */
export class MutationError extends Error {
  constructor(
    readonly code: Exclude<MutationErrorCode, "UNAUTHENTICATED" | "INTERNAL">,
    message: string,
    readonly current?: unknown,
    /** per-field messages for checks zod cannot make alone (a duplicate email, an alias already taken) */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

type Definition<S extends z.ZodType, R, L> = {
  action: Action;
  schema: S;
  /** for long writes such as a whole-plan import; Prisma's default is 5 s */
  transaction?: { timeout: number; maxWait: number };
  /** Loads the record the input points at and says whose it is; null = not found. */
  load: (tx: Tx, input: z.infer<S>, user: SessionUser) => Promise<{ record: L; target: Target } | null>;
  run: (
    tx: Tx,
    input: z.infer<S>,
    ctx: { user: SessionUser; record: L },
  ) => Promise<{ data: R; audit: Audit | Audit[] }>;
};

export const MESSAGES = {
  UNAUTHENTICATED: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  INVALID: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.",
  NOT_FOUND: "Không tìm thấy dữ liệu cần thao tác (có thể đã bị xoá).",
  INTERNAL: "Đã có lỗi hệ thống, dữ liệu chưa được lưu. Vui lòng thử lại sau.",
  NUL: "Nội dung có ký tự rỗng (mã U+0000), không lưu được. Vui lòng xoá ký tự đó rồi gửi lại.",
} as const;

/**
 * Where the parsed input carries U+0000, which Postgres text cannot hold ("notes.0", or "_" for the input itself):
 * refused as invalid before the transaction. Only strings, plain objects and arrays are read (files are not text).
 */
export function nulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return storable(value) ? null : path.join(".") || "_";
  if (Array.isArray(value)) return firstNul(value.entries(), path);
  if (value !== null && typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return firstNul(Object.entries(value), path);
  }
  return null;
}
function firstNul(entries: Iterable<[string | number, unknown]>, path: string[]): string | null {
  for (const [key, item] of entries) {
    const found = nulPath(item, [...path, String(key)]);
    if (found !== null) return found;
  }
  return null;
}

/** Postgres refused a U+0000 the input did not show (one read from an uploaded file, say): 22021 through Prisma. */
function isNulRefusal(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } })?.meta
    ?.driverAdapterError?.cause;
  return cause?.originalCode === "22021";
}

export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function defineMutation<S extends z.ZodType, R, L>(def: Definition<S, R, L>) {
  return async (user: SessionUser | null, raw: unknown): Promise<MutationResult<R>> => {
    if (!user) return { ok: false, code: "UNAUTHENTICATED", message: MESSAGES.UNAUTHENTICATED };
    const parsed = def.schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, code: "INVALID", message: MESSAGES.INVALID, fieldErrors: fieldErrors(parsed.error) };
    }
    const nul = nulPath(parsed.data);
    if (nul !== null)
      return { ok: false, code: "INVALID", message: MESSAGES.INVALID, fieldErrors: { [nul]: [MESSAGES.NUL] } };
    try {
      const data = await db.$transaction(async (tx) => {
        const loaded = await def.load(tx, parsed.data, user);
        if (!loaded) throw new MutationError("NOT_FOUND", MESSAGES.NOT_FOUND);
        if (!can(user, def.action, loaded.target)) throw new MutationError("FORBIDDEN", MESSAGES.FORBIDDEN);
        const { data, audit } = await def.run(tx, parsed.data, { user, record: loaded.record });
        await writeAudit(tx, { provinceId: user.provinceId, userId: user.id }, Array.isArray(audit) ? audit : [audit]);
        return data;
      }, def.transaction);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof MutationError) {
        const { code, message, current, fieldErrors } = error;
        return {
          ok: false,
          code,
          message,
          ...(current === undefined ? {} : { current }),
          ...(fieldErrors ? { fieldErrors } : {}),
        };
      }
      if (isNulRefusal(error)) return { ok: false, code: "INVALID", message: MESSAGES.NUL };
      console.error(`mutation ${def.action} failed`, error);
      return { ok: false, code: "INTERNAL", message: MESSAGES.INTERNAL };
    }
  };
}
