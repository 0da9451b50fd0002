import "server-only";
import { ACTION_LABELS } from "@/lib/audit/labels";
// The lists behind the XLSX/CSV downloads: an agency's board (its tasks, lead or supporting), the province's
// task list, the audit log and a period's matrix. Each is read page by page (keyset on id) so a download of
// any length holds one page in memory; the caller's scope is in every where clause.
import { db } from "@/lib/db";
import { formatDateTime, provinceToday } from "@/lib/format";
import { dueState } from "@/lib/tasks/status";
import { STATUS_LABELS } from "@/lib/tasks/strings";
import type { Cell, Column, TableExport } from "./table";

const PAGE = 500;

async function* pages<T extends { id: string }>(fetch: (after: string | undefined) => Promise<T[]>): AsyncGenerator<T> {
  let after: string | undefined;
  for (;;) {
    const rows = await fetch(after);
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

const TASK_COLUMNS: Column[] = [
  { header: "Tiêu chí", width: 10 },
  { header: "Nhiệm vụ", width: 60 },
  { header: "Cơ quan chủ trì", width: 28 },
  { header: "Vai trò của cơ quan", width: 12 },
  { header: "Trạng thái", width: 20 },
  { header: "Tiến độ (%)", width: 10, kind: "percent" },
  { header: "Hạn của chu kỳ", width: 14, kind: "date" },
  { header: "Quá hạn", width: 9 },
  { header: "Cập nhật lúc", width: 18 },
];

/** scope.agencyId: that agency's board (tasks it leads or supports); without it, every task of the province. */
export function taskTable(scope: { provinceId: string; agencyId?: string }, title: string): TableExport {
  const today = provinceToday();
  const where = {
    plan: { provinceId: scope.provinceId },
    ...(scope.agencyId
      ? { OR: [{ agencyId: scope.agencyId }, { supporters: { some: { agencyId: scope.agencyId } } }] }
      : {}),
  };
  async function* rows(): AsyncGenerator<Cell[]> {
    const all = pages((after) =>
      db.task.findMany({
        where,
        orderBy: { id: "asc" },
        take: PAGE,
        ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        select: {
          id: true,
          title: true,
          status: true,
          progress: true,
          dueOn: true,
          recurrence: true,
          agencyId: true,
          updatedAt: true,
          criterion: { select: { code: true } },
          agency: { select: { name: true } },
        },
      }),
    );
    for await (const t of all) {
      const due = dueState(t, today);
      yield [
        t.criterion?.code ?? "",
        t.title,
        t.agency?.name ?? "Chưa phân công",
        scope.agencyId ? (t.agencyId === scope.agencyId ? "Chủ trì" : "Phối hợp") : "",
        STATUS_LABELS[t.status],
        t.progress,
        due.cycleDue,
        due.overdue ? "Quá hạn" : "",
        formatDateTime(t.updatedAt),
      ];
    }
  }
  return { sheetName: "Nhiệm vụ", title, columns: TASK_COLUMNS, rows: rows() };
}

const AUDIT_COLUMNS: Column[] = [
  { header: "Thời điểm", width: 18 },
  { header: "Người thực hiện", width: 28 },
  { header: "Thao tác", width: 34 },
  { header: "Đối tượng", width: 14 },
  { header: "Mã đối tượng", width: 28 },
  { header: "Cơ quan", width: 28 },
  { header: "Trước", width: 40 },
  { header: "Sau", width: 40 },
];

export function auditTable(provinceId: string, title: string): TableExport {
  async function* rows(): AsyncGenerator<Cell[]> {
    const agencies = new Map(
      (await db.agency.findMany({ where: { provinceId }, select: { id: true, name: true } })).map((a) => [
        a.id,
        a.name,
      ]),
    );
    const all = pages((after) =>
      db.auditLog.findMany({
        where: { provinceId },
        orderBy: { id: "asc" },
        take: PAGE,
        ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        include: { user: { select: { name: true, email: true } } },
      }),
    );
    for await (const a of all) {
      yield [
        formatDateTime(a.createdAt),
        a.user ? `${a.user.name} (${a.user.email})` : "Hệ thống",
        ACTION_LABELS[a.action] ?? a.action,
        a.entity,
        a.entityId,
        a.agencyId ? (agencies.get(a.agencyId) ?? "") : "",
        a.before === null ? "" : JSON.stringify(a.before),
        a.after === null ? "" : JSON.stringify(a.after),
      ];
    }
  }
  return { sheetName: "Nhật ký", title, columns: AUDIT_COLUMNS, rows: rows() };
}
