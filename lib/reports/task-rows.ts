// The task rows a report is built from: each task with the cycle in force on `asOf` (its status, progress,
// due date) and what happened in the period (updates and evidence dated within it, Việt Nam calendar). One
// SQL query; the agency report pre-fills from it and the consolidated report groups it by criterion.
// No "server-only": the export command (tsx) builds reports too.
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { vnDayRange } from "@/lib/reports/state";
import { cycleDueSql, openStatusSql } from "@/lib/tasks/due-sql";
import type { TaskStatusValue } from "@/lib/tasks/schema";

export type PeriodChange = {
  at: string;
  note: string | null;
  toStatus: TaskStatusValue | null;
  progress: number | null;
  evidence: number;
};

export type ReportTaskRow = {
  taskId: string;
  source: "MEASURE" | "TARGET" | "DUTY";
  sourceRef: string;
  measureId: string | null;
  criterionCode: string | null;
  agencyId: string | null;
  agencyName: string | null;
  title: string;
  cycleKey: string | null;
  status: TaskStatusValue;
  progress: number;
  dueOn: string | null;
  overdue: boolean;
  changes: PeriodChange[];
  evidenceAdded: number;
};

export type TaskRowsQuery = {
  provinceId: string;
  planId: string;
  agencyId?: string;
  startsOn: string;
  endsOn: string;
  asOf: string;
};

export async function loadReportTaskRows(q: TaskRowsQuery, client: Tx | typeof db = db): Promise<ReportTaskRow[]> {
  const { from, to } = vnDayRange(q.startsOn, q.endsOn);
  const agency = q.agencyId ? Prisma.sql`AND t."agencyId" = ${q.agencyId}` : Prisma.empty;
  return client.$queryRaw<ReportTaskRow[]>`
    SELECT t.id AS "taskId", t.source::text AS source, t."sourceRef", t."measureId", cr.code AS "criterionCode",
           t."agencyId", ag.name AS "agencyName", t.title, c.key AS "cycleKey",
           COALESCE(c.status::text, 'NOT_STARTED') AS status, COALESCE(c.progress, 0)::int AS progress,
           to_char(COALESCE(c."dueOn", ${cycleDueSql(q.asOf)}), 'YYYY-MM-DD') AS "dueOn",
           (${openStatusSql()} AND ${openStatusSql(Prisma.sql`COALESCE(c.status::text, 'NOT_STARTED')`)} AND COALESCE(c."dueOn", ${cycleDueSql(q.asOf)}) < ${q.asOf}::date) IS TRUE AS overdue,
           COALESCE(ch.changes, '[]'::json) AS changes, COALESCE(ch.evidence, 0)::int AS "evidenceAdded"
    FROM "Task" t
    JOIN "Plan" p ON p.id = t."planId"
    LEFT JOIN "Agency" ag ON ag.id = t."agencyId"
    LEFT JOIN "Criterion" cr ON cr.id = t."criterionId"
    LEFT JOIN LATERAL (
      SELECT x.key, x.status, x.progress, x."dueOn" FROM "TaskCycle" x
      WHERE x."taskId" = t.id AND (x."startsOn" IS NULL OR x."startsOn" <= ${q.asOf}::date)
      ORDER BY x."startsOn" DESC NULLS LAST, x.key DESC LIMIT 1
    ) c ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'at', to_char(u."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'note', u.note, 'toStatus', u."toStatus",
               'progress', u.progress, 'evidence', (SELECT count(*) FROM "Evidence" e WHERE e."updateId" = u.id)
             ) ORDER BY u."createdAt", u.id) AS changes,
             sum((SELECT count(*) FROM "Evidence" e WHERE e."updateId" = u.id)) AS evidence
      FROM "TaskUpdate" u
      WHERE u."taskId" = t.id AND u."createdAt" >= ${from}::timestamp AND u."createdAt" < ${to}::timestamp
    ) ch ON true
    WHERE t."planId" = ${q.planId} AND p."provinceId" = ${q.provinceId} ${agency}
    ORDER BY cr."sortKey" NULLS LAST, t."sourceRef", ag.name NULLS LAST, t.id`;
}
