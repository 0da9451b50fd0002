// Reporting-period reminders for the people of every agency that must report: the period is open, due in
// 3 days, late; and the outcome of a review (returned with its reason, accepted). Also turns Sở Nội vụ's
// "nhắc nộp báo cáo" clicks (ReportReminder rows) into notifications. Scans are bounded to recent periods and
// decisions; every notification has a dedupe key, so runs may repeat or overlap freely.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { parsePeriodKey, periodLabel } from "@/lib/periods/keys";
import type { NewNotification } from "./store";
import { type NotificationKind, reportLink, reportText } from "./strings";

type PeriodRow = {
  periodId: string;
  agencyId: string;
  key: string;
  dueOn: Date;
  kind: "period.open" | "period.due3" | "report.late";
  userId: string;
  provinceId: string;
  email: boolean;
};

const label = (key: string) => {
  const p = parsePeriodKey(key);
  return p ? periodLabel(p) : key;
};

/** Agencies asked to report whose report is not in (submitted or accepted) count for due3/late. */
export async function periodNotifications(db: Db, todayIso: string, mailOn: boolean): Promise<NewNotification[]> {
  const rows = await db.$queryRaw<PeriodRow[]>(Prisma.sql`
    WITH asked AS (
      SELECT rp.id AS "periodId", rp.key, rp."startsOn", rp."dueOn", rpa."agencyId", ar.status
      FROM "ReportingPeriod" rp
      JOIN "ReportingPeriodAgency" rpa ON rpa."periodId" = rp.id
      LEFT JOIN "AgencyReport" ar ON ar."periodId" = rp.id AND ar."agencyId" = rpa."agencyId"
      WHERE rp."startsOn" <= ${todayIso}::date AND rp."dueOn" >= ${todayIso}::date - 30
    ), due AS (
      SELECT *, 'period.open' AS kind FROM asked WHERE ${todayIso}::date - "startsOn" <= 14 AND "dueOn" >= ${todayIso}::date
      UNION ALL
      SELECT *, 'period.due3' FROM asked WHERE "dueOn" - ${todayIso}::date BETWEEN 0 AND 3 AND status IS DISTINCT FROM 'SUBMITTED' AND status IS DISTINCT FROM 'ACCEPTED'
      UNION ALL
      SELECT *, 'report.late' FROM asked WHERE "dueOn" < ${todayIso}::date AND status IS DISTINCT FROM 'SUBMITTED' AND status IS DISTINCT FROM 'ACCEPTED'
    )
    SELECT d."periodId", d."agencyId", d.key, d."dueOn", d.kind, u.id AS "userId", u."provinceId", u."emailNotifications" AS email
    FROM due d JOIN "User" u ON u."agencyId" = d."agencyId" AND u.active AND u.role IN ('AGENCY_HEAD', 'AGENCY_STAFF')`);
  return rows.map((r) => ({
    provinceId: r.provinceId,
    userId: r.userId,
    kind: r.kind,
    dedupeKey: `${r.kind}:${r.periodId}:${r.userId}`,
    ...reportText(r.kind, { period: label(r.key), due: formatDate(r.dueOn) }),
    href: reportLink(r.key, r.agencyId),
    emailSkipped: !(mailOn && r.email),
  }));
}

type DecisionRow = {
  versionId: string;
  agencyId: string;
  key: string;
  decision: "ACCEPTED" | "RETURNED";
  reason: string | null;
  userId: string;
  provinceId: string;
  email: boolean;
};

export async function reviewNotifications(db: Db, now: Date, mailOn: boolean, days = 14): Promise<NewNotification[]> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const rows = await db.$queryRaw<DecisionRow[]>(Prisma.sql`
    SELECT v.id AS "versionId", ar."agencyId", rp.key, v.decision::text AS decision, v.reason, u.id AS "userId", u."provinceId", u."emailNotifications" AS email
    FROM "AgencyReportVersion" v JOIN "AgencyReport" ar ON ar.id = v."reportId" JOIN "ReportingPeriod" rp ON rp.id = ar."periodId"
    JOIN "User" u ON u."agencyId" = ar."agencyId" AND u.active AND u.role IN ('AGENCY_HEAD', 'AGENCY_STAFF')
    WHERE v.decision IN ('ACCEPTED', 'RETURNED') AND v."reviewedAt" >= ${since}`);
  return rows.map((r) => {
    const kind: NotificationKind = r.decision === "ACCEPTED" ? "report.accepted" : "report.returned";
    return {
      provinceId: r.provinceId,
      userId: r.userId,
      kind,
      dedupeKey: `${kind}:${r.versionId}:${r.userId}`,
      ...reportText(kind, { period: label(r.key), reason: r.reason }),
      href: reportLink(r.key, r.agencyId),
      emailSkipped: !(mailOn && r.email),
    };
  });
}

type ReminderRow = {
  reminderId: string;
  agencyId: string;
  key: string;
  dueOn: Date;
  userId: string;
  provinceId: string;
  email: boolean;
};

/** Sở Nội vụ's one-click reminders not yet turned into notifications; returns them and the ids to mark. */
export async function manualReminderNotifications(
  db: Db,
  mailOn: boolean,
): Promise<{ rows: NewNotification[]; reminderIds: string[] }> {
  const rows = await db.$queryRaw<ReminderRow[]>(Prisma.sql`
    SELECT r.id AS "reminderId", r."agencyId", rp.key, rp."dueOn", u.id AS "userId", u."provinceId", u."emailNotifications" AS email
    FROM "ReportReminder" r JOIN "ReportingPeriod" rp ON rp.id = r."periodId"
    LEFT JOIN "User" u ON u."agencyId" = r."agencyId" AND u.active AND u.role IN ('AGENCY_HEAD', 'AGENCY_STAFF')
    WHERE r."notifiedAt" IS NULL`);
  return {
    reminderIds: [...new Set(rows.map((r) => r.reminderId))],
    rows: rows
      .filter((r) => r.userId)
      .map((r) => ({
        provinceId: r.provinceId,
        userId: r.userId,
        kind: "report.late" as const,
        dedupeKey: `report.remind:${r.reminderId}:${r.userId}`,
        ...reportText("report.remind", { period: label(r.key), due: formatDate(r.dueOn) }),
        href: reportLink(r.key, r.agencyId),
        emailSkipped: !(mailOn && r.email),
      })),
  };
}
