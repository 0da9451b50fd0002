-- CreateEnum
CREATE TYPE "CriterionLevel" AS ENUM ('FIELD', 'CRITERION', 'SUBCRITERION');

-- CreateEnum
CREATE TYPE "Recurrence" AS ENUM ('NONE', 'YEARLY', 'QUARTERLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('LEAD', 'SUPPORT');

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('PROVINCIAL_BODY', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'CENTRAL', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('HOME_AFFAIRS', 'LEADERSHIP', 'AGENCY_HEAD', 'AGENCY_STAFF');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "TaskSource" AS ENUM ('MEASURE', 'TARGET', 'DUTY');

-- CreateTable
CREATE TABLE "Province" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "decisionNumber" TEXT,
    "maxPoints" DECIMAL(6,3) NOT NULL DEFAULT 100,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "parentId" TEXT,
    "code" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "level" "CriterionLevel" NOT NULL,
    "title" TEXT NOT NULL,
    "standardPoints" DECIMAL(6,3) NOT NULL,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "frameworkId" TEXT,
    "year" INTEGER NOT NULL,
    "totalScore" DECIMAL(6,3) NOT NULL,
    "rank" INTEGER,
    "rankOf" INTEGER,
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionScore" (
    "assessmentId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "assessedPoints" DECIMAL(6,3) NOT NULL,

    CONSTRAINT "CriterionScore_pkey" PRIMARY KEY ("assessmentId","criterionId")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "sourceFileName" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "sourceSha256" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportWarning" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "criterionCode" TEXT,
    "message" TEXT NOT NULL,

    CONSTRAINT "ImportWarning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "timeframeText" TEXT NOT NULL,
    "startsOn" DATE,
    "endsOn" DATE,
    "recurrence" "Recurrence" NOT NULL DEFAULT 'NONE',
    "note" TEXT,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureAssignment" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "agencyId" TEXT,
    "groupId" TEXT,

    CONSTRAINT "MeasureAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "AgencyKind" NOT NULL,
    "aliases" TEXT[],
    "parentId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyGroup" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],

    CONSTRAINT "AgencyGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyGroupMember" (
    "groupId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,

    CONSTRAINT "AgencyGroupMember_pkey" PRIMARY KEY ("groupId","agencyId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "agencyId" TEXT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "source" "TaskSource" NOT NULL,
    "sourceRef" TEXT NOT NULL,
    "measureId" TEXT,
    "criterionId" TEXT,
    "agencyId" TEXT,
    "title" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "dueOn" DATE,
    "recurrence" "Recurrence" NOT NULL DEFAULT 'NONE',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskSupporter" (
    "taskId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,

    CONSTRAINT "TaskSupporter_pkey" PRIMARY KEY ("taskId","agencyId")
);

-- CreateTable
CREATE TABLE "TaskUpdate" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fromStatus" "TaskStatus",
    "toStatus" "TaskStatus",
    "progress" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "storageKey" TEXT,
    "sha256" TEXT,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "agencyId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Province_name_key" ON "Province"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_year_key" ON "Framework"("year");

-- CreateIndex
CREATE INDEX "Criterion_parentId_idx" ON "Criterion"("parentId");

-- CreateIndex
CREATE INDEX "Criterion_frameworkId_sortKey_idx" ON "Criterion"("frameworkId", "sortKey");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_frameworkId_code_key" ON "Criterion"("frameworkId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_provinceId_year_key" ON "Assessment"("provinceId", "year");

-- CreateIndex
CREATE INDEX "CriterionScore_criterionId_idx" ON "CriterionScore"("criterionId");

-- CreateIndex
CREATE INDEX "Plan_assessmentId_idx" ON "Plan"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_provinceId_number_key" ON "Plan"("provinceId", "number");

-- CreateIndex
CREATE INDEX "ImportWarning_planId_idx" ON "ImportWarning"("planId");

-- CreateIndex
CREATE INDEX "Measure_criterionId_idx" ON "Measure"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "Measure_planId_criterionId_position_key" ON "Measure"("planId", "criterionId", "position");

-- CreateIndex
CREATE INDEX "MeasureAssignment_agencyId_idx" ON "MeasureAssignment"("agencyId");

-- CreateIndex
CREATE INDEX "MeasureAssignment_groupId_idx" ON "MeasureAssignment"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureAssignment_measureId_role_position_key" ON "MeasureAssignment"("measureId", "role", "position");

-- CreateIndex
CREATE INDEX "Agency_provinceId_kind_idx" ON "Agency"("provinceId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_provinceId_name_key" ON "Agency"("provinceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyGroup_provinceId_name_key" ON "AgencyGroup"("provinceId", "name");

-- CreateIndex
CREATE INDEX "AgencyGroupMember_agencyId_idx" ON "AgencyGroupMember"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_provinceId_role_idx" ON "User"("provinceId", "role");

-- CreateIndex
CREATE INDEX "User_agencyId_idx" ON "User"("agencyId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Task_agencyId_status_idx" ON "Task"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Task_planId_status_idx" ON "Task"("planId", "status");

-- CreateIndex
CREATE INDEX "Task_criterionId_idx" ON "Task"("criterionId");

-- CreateIndex
CREATE INDEX "Task_dueOn_idx" ON "Task"("dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Task_planId_sourceRef_agencyId_key" ON "Task"("planId", "sourceRef", "agencyId");

-- CreateIndex
CREATE INDEX "TaskSupporter_agencyId_idx" ON "TaskSupporter"("agencyId");

-- CreateIndex
CREATE INDEX "TaskUpdate_taskId_createdAt_idx" ON "TaskUpdate"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "Evidence_updateId_idx" ON "Evidence"("updateId");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_createdAt_idx" ON "AuditLog"("entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_provinceId_agencyId_createdAt_idx" ON "AuditLog"("provinceId", "agencyId", "createdAt");

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportWarning" ADD CONSTRAINT "ImportWarning_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureAssignment" ADD CONSTRAINT "MeasureAssignment_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureAssignment" ADD CONSTRAINT "MeasureAssignment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureAssignment" ADD CONSTRAINT "MeasureAssignment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "AgencyGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyGroup" ADD CONSTRAINT "AgencyGroup_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyGroupMember" ADD CONSTRAINT "AgencyGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "AgencyGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyGroupMember" ADD CONSTRAINT "AgencyGroupMember_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSupporter" ADD CONSTRAINT "TaskSupporter_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSupporter" ADD CONSTRAINT "TaskSupporter_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUpdate" ADD CONSTRAINT "TaskUpdate_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUpdate" ADD CONSTRAINT "TaskUpdate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "TaskUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants Prisma's schema language cannot express.
ALTER TABLE "MeasureAssignment" ADD CONSTRAINT "MeasureAssignment_one_target"
  CHECK (NOT ("agencyId" IS NOT NULL AND "groupId" IS NOT NULL));
ALTER TABLE "User" ADD CONSTRAINT "User_agency_role_has_agency"
  CHECK ("role" NOT IN ('AGENCY_HEAD', 'AGENCY_STAFF') OR "agencyId" IS NOT NULL);
ALTER TABLE "Task" ADD CONSTRAINT "Task_progress_range" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_points_non_negative" CHECK ("standardPoints" >= 0);
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_points_non_negative" CHECK ("assessedPoints" >= 0);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_score_range" CHECK ("totalScore" >= 0);
