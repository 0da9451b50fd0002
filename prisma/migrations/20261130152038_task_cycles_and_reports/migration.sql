-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('MONTH', 'QUARTER', 'HALF', 'YEAR');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');

-- AlterTable
ALTER TABLE "TaskUpdate" ADD COLUMN     "cycleId" TEXT;

-- CreateTable
CREATE TABLE "TaskCycle" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "startsOn" DATE,
    "endsOn" DATE,
    "dueOn" DATE,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "PeriodKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriodAgency" (
    "periodId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,

    CONSTRAINT "ReportingPeriodAgency_pkey" PRIMARY KEY ("periodId","agencyId")
);

-- CreateTable
CREATE TABLE "AgencyReport" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "results" TEXT NOT NULL DEFAULT '',
    "shortcomings" TEXT NOT NULL DEFAULT '',
    "difficulties" TEXT NOT NULL DEFAULT '',
    "proposals" TEXT NOT NULL DEFAULT '',
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyReportVersion" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT NOT NULL,
    "decision" "ReportStatus",
    "reason" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,

    CONSTRAINT "AgencyReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportReminder" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notifiedAt" TIMESTAMP(3),

    CONSTRAINT "ReportReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskCycle_taskId_startsOn_idx" ON "TaskCycle"("taskId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "TaskCycle_taskId_key_key" ON "TaskCycle"("taskId", "key");

-- CreateIndex
CREATE INDEX "ReportingPeriod_planId_kind_startsOn_idx" ON "ReportingPeriod"("planId", "kind", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_planId_key_key" ON "ReportingPeriod"("planId", "key");

-- CreateIndex
CREATE INDEX "ReportingPeriodAgency_agencyId_idx" ON "ReportingPeriodAgency"("agencyId");

-- CreateIndex
CREATE INDEX "AgencyReport_agencyId_idx" ON "AgencyReport"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyReport_periodId_agencyId_key" ON "AgencyReport"("periodId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyReportVersion_reportId_number_key" ON "AgencyReportVersion"("reportId", "number");

-- CreateIndex
CREATE INDEX "ReportReminder_notifiedAt_idx" ON "ReportReminder"("notifiedAt");

-- CreateIndex
CREATE INDEX "ReportReminder_agencyId_idx" ON "ReportReminder"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportReminder_periodId_agencyId_day_key" ON "ReportReminder"("periodId", "agencyId", "day");

-- CreateIndex
CREATE INDEX "TaskUpdate_cycleId_createdAt_idx" ON "TaskUpdate"("cycleId", "createdAt");

-- AddForeignKey
ALTER TABLE "TaskCycle" ADD CONSTRAINT "TaskCycle_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUpdate" ADD CONSTRAINT "TaskUpdate_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "TaskCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriodAgency" ADD CONSTRAINT "ReportingPeriodAgency_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriodAgency" ADD CONSTRAINT "ReportingPeriodAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReport" ADD CONSTRAINT "AgencyReport_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReport" ADD CONSTRAINT "AgencyReport_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReportVersion" ADD CONSTRAINT "AgencyReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AgencyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReminder" ADD CONSTRAINT "ReportReminder_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReminder" ADD CONSTRAINT "ReportReminder_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- ---------------------------------------------------------------------------------------------------------
-- Per-cycle task status (issue #9 §1). Hand-written below this line.
--
-- par_task_cycle: the cycle of a task that contains a calendar day. A one-off task has one cycle ("once"); a
-- recurring one has one per calendar year / quarter / month ("2026", "2026-Q3", "2026-07"), never before the
-- cycle of its first due date, each due on the task's dueOn moved into it (month ends clamped by Postgres as
-- lib/tasks/due-sql.ts does). lib/cycles/open.ts and the triggers below use it; so does this data move.
CREATE FUNCTION par_task_cycle(rec "Recurrence", due date, on_day date)
RETURNS TABLE ("key" text, "startsOn" date, "endsOn" date, "dueOn" date)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  m int := CASE rec WHEN 'YEARLY' THEN 12 WHEN 'QUARTERLY' THEN 3 WHEN 'MONTHLY' THEN 1 ELSE 0 END;
  d date := CASE WHEN due IS NULL THEN on_day ELSE GREATEST(on_day, due) END;
  idx int;
  s date;
BEGIN
  IF m = 0 THEN
    RETURN QUERY SELECT 'once'::text, NULL::date, NULL::date, due;
    RETURN;
  END IF;
  idx := (extract(year FROM d)::int * 12 + extract(month FROM d)::int - 1) / m;
  s := make_date((idx * m) / 12, (idx * m) % 12 + 1, 1);
  RETURN QUERY SELECT
    CASE m WHEN 12 THEN to_char(s, 'YYYY')
           WHEN 3 THEN to_char(s, 'YYYY') || '-Q' || (((idx * m) % 12) / 3 + 1)::text
           ELSE to_char(s, 'YYYY-MM') END,
    s,
    (s + make_interval(months => m) - interval '1 day')::date,
    CASE WHEN due IS NULL THEN NULL::date
         ELSE (due + make_interval(months => m * (idx - (extract(year FROM due)::int * 12 + extract(month FROM due)::int - 1) / m)))::date END;
END $$;

-- 1. Every task gets the cycles its recorded work falls in (by the Việt Nam calendar date of each update) and
--    the cycle it was created in. Nothing is dropped: updates are only filed under a cycle.
INSERT INTO "TaskCycle" ("id", "taskId", "key", "startsOn", "endsOn", "dueOn", "status", "progress", "createdAt", "updatedAt")
SELECT gen_random_uuid()::text, x."taskId", x."key", x."startsOn", x."endsOn", x."dueOn", 'NOT_STARTED', 0, now(), now()
FROM (
  SELECT DISTINCT t.id AS "taskId", c.*
  FROM "Task" t
  CROSS JOIN LATERAL (
    SELECT (u."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d FROM "TaskUpdate" u WHERE u."taskId" = t.id
    UNION
    SELECT (t."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
  ) marks
  CROSS JOIN LATERAL par_task_cycle(t.recurrence, t."dueOn", marks.d) c
) x;

-- 2. A past cycle keeps the status and progress the task had when it ended (the last recorded change up to its
--    last day: a task accepted in 2021 reads "accepted" for 2021) …
UPDATE "TaskCycle" c SET
  "status" = COALESCE((
    SELECT u."toStatus" FROM "TaskUpdate" u
    WHERE u."taskId" = c."taskId" AND u."toStatus" IS NOT NULL
      AND (c."endsOn" IS NULL OR (u."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= c."endsOn")
    ORDER BY u."createdAt" DESC, u."id" DESC LIMIT 1), 'NOT_STARTED'),
  "progress" = COALESCE((
    SELECT u."progress" FROM "TaskUpdate" u
    WHERE u."taskId" = c."taskId" AND u."progress" IS NOT NULL
      AND (c."endsOn" IS NULL OR (u."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= c."endsOn")
    ORDER BY u."createdAt" DESC, u."id" DESC LIMIT 1), 0);

-- … and the newest cycle carries the task's stored status and progress exactly (they were the truth until now).
UPDATE "TaskCycle" c SET "status" = t."status", "progress" = t."progress"
FROM "Task" t,
     (SELECT DISTINCT ON ("taskId") "id" FROM "TaskCycle" ORDER BY "taskId", "startsOn" DESC NULLS LAST, "key" DESC) latest
WHERE latest."id" = c."id" AND t."id" = c."taskId";

-- 3. Each update (and so its evidence and any review it records) belongs to the cycle of its date.
UPDATE "TaskUpdate" u SET "cycleId" = c."id"
FROM "Task" t, "TaskCycle" c
WHERE t."id" = u."taskId" AND c."taskId" = t."id"
  AND c."key" = (SELECT k."key" FROM par_task_cycle(t.recurrence, t."dueOn", (u."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) k);

-- 4. From now on the database keeps Task (the current cycle's status and progress) and its newest TaskCycle in
--    step, whatever code writes them: a new task gets its first cycle, a status/progress change is copied to
--    the current cycle, an update without a cycle is filed under the current one.
CREATE FUNCTION par_task_current_cycle(task_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT "id" FROM "TaskCycle" WHERE "taskId" = task_id ORDER BY "startsOn" DESC NULLS LAST, "key" DESC LIMIT 1
$$;

CREATE FUNCTION par_task_first_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TaskCycle" ("id", "taskId", "key", "startsOn", "endsOn", "dueOn", "status", "progress", "updatedAt")
  SELECT gen_random_uuid()::text, NEW."id", c."key", c."startsOn", c."endsOn", c."dueOn", NEW."status", NEW."progress", now()
  FROM par_task_cycle(NEW."recurrence", NEW."dueOn", (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) c;
  RETURN NULL;
END $$;
CREATE TRIGGER "Task_first_cycle" AFTER INSERT ON "Task" FOR EACH ROW EXECUTE FUNCTION par_task_first_cycle();

CREATE FUNCTION par_task_sync_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TaskCycle" SET "status" = NEW."status", "progress" = NEW."progress", "updatedAt" = now()
  WHERE "id" = par_task_current_cycle(NEW."id");
  RETURN NULL;
END $$;
CREATE TRIGGER "Task_sync_cycle" AFTER UPDATE OF "status", "progress" ON "Task" FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."progress" IS DISTINCT FROM NEW."progress")
  EXECUTE FUNCTION par_task_sync_cycle();

CREATE FUNCTION par_task_update_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."cycleId" IS NULL THEN
    NEW."cycleId" := par_task_current_cycle(NEW."taskId");
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "TaskUpdate_cycle" BEFORE INSERT ON "TaskUpdate" FOR EACH ROW EXECUTE FUNCTION par_task_update_cycle();

-- A reporting period's dates must be in order (the forms say so in Vietnamese first; this is the last guard).
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_dates_check" CHECK ("startsOn" <= "endsOn" AND "dueOn" >= "startsOn");
