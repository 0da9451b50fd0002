-- CreateEnum
CREATE TYPE "SelfScoreStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPRAISED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'NATIONAL_ADMIN';

-- DropIndex
DROP INDEX "Framework_year_key";

-- AlterTable
ALTER TABLE "AuditLog" ALTER COLUMN "provinceId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "survey" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Framework" ADD COLUMN     "partial" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "provinceId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "provinceId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "CriterionMapping" (
    "id" TEXT NOT NULL,
    "fromFrameworkId" TEXT NOT NULL,
    "toFrameworkId" TEXT NOT NULL,
    "fromCode" TEXT,
    "toCode" TEXT,

    CONSTRAINT "CriterionMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfScore" (
    "id" TEXT NOT NULL,
    "selfAssessmentId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "agencyId" TEXT,
    "proposedPoints" DECIMAL(6,3),
    "explanation" TEXT,
    "status" "SelfScoreStatus" NOT NULL DEFAULT 'DRAFT',
    "acceptedPoints" DECIMAL(6,3),
    "appraisalComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SelfScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfScoreEvent" (
    "id" TEXT NOT NULL,
    "selfScoreId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "SelfScoreStatus",
    "toStatus" "SelfScoreStatus",
    "points" DECIMAL(6,3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfScoreEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfScoreEvidence" (
    "id" TEXT NOT NULL,
    "selfScoreId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "storageKey" TEXT,
    "sha256" TEXT,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfScoreEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CriterionMapping_toFrameworkId_idx" ON "CriterionMapping"("toFrameworkId");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionMapping_fromFrameworkId_toFrameworkId_fromCode_toC_key" ON "CriterionMapping"("fromFrameworkId", "toFrameworkId", "fromCode", "toCode");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessment_provinceId_year_key" ON "SelfAssessment"("provinceId", "year");

-- CreateIndex
CREATE INDEX "SelfScore_agencyId_idx" ON "SelfScore"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "SelfScore_selfAssessmentId_criterionId_key" ON "SelfScore"("selfAssessmentId", "criterionId");

-- CreateIndex
CREATE INDEX "SelfScoreEvent_selfScoreId_createdAt_idx" ON "SelfScoreEvent"("selfScoreId", "createdAt");

-- CreateIndex
CREATE INDEX "SelfScoreEvidence_selfScoreId_idx" ON "SelfScoreEvidence"("selfScoreId");

-- CreateIndex
CREATE INDEX "Framework_year_idx" ON "Framework"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_provinceId_year_key" ON "Framework"("provinceId", "year");

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionMapping" ADD CONSTRAINT "CriterionMapping_fromFrameworkId_fkey" FOREIGN KEY ("fromFrameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionMapping" ADD CONSTRAINT "CriterionMapping_toFrameworkId_fkey" FOREIGN KEY ("toFrameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfScore" ADD CONSTRAINT "SelfScore_selfAssessmentId_fkey" FOREIGN KEY ("selfAssessmentId") REFERENCES "SelfAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfScore" ADD CONSTRAINT "SelfScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfScore" ADD CONSTRAINT "SelfScore_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfScoreEvent" ADD CONSTRAINT "SelfScoreEvent_selfScoreId_fkey" FOREIGN KEY ("selfScoreId") REFERENCES "SelfScore"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfScoreEvent" ADD CONSTRAINT "SelfScoreEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfScoreEvidence" ADD CONSTRAINT "SelfScoreEvidence_selfScoreId_fkey" FOREIGN KEY ("selfScoreId") REFERENCES "SelfScore"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- One national framework per index year (provinceId null); a province has at most one partial list per year.
CREATE UNIQUE INDEX "Framework_national_year_key" ON "Framework"("year") WHERE "provinceId" IS NULL;
-- A province's list is always partial; the national framework never is.
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_partial_is_provincial" CHECK ("partial" = ("provinceId" IS NOT NULL));
-- The national administrator belongs to no province; every other user to exactly one.
-- (Compared as text: a value added to an enum cannot be used in the transaction that adds it.)
ALTER TABLE "User" ADD CONSTRAINT "User_national_has_no_province" CHECK (("provinceId" IS NULL) = ("role"::text = 'NATIONAL_ADMIN'));
-- Points are never negative.
ALTER TABLE "SelfScore" ADD CONSTRAINT "SelfScore_points_nonnegative" CHECK (("proposedPoints" IS NULL OR "proposedPoints" >= 0) AND ("acceptedPoints" IS NULL OR "acceptedPoints" >= 0));
