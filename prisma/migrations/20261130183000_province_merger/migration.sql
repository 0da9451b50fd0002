-- Province mergers (issue 11, provinces): the lineage on Province, the merger record, the closing state
-- "Không còn áp dụng" of tasks and the plan a carried task came from.

-- CreateEnum
CREATE TYPE "ProvinceMergerStatus" AS ENUM ('APPLIED');

-- AlterEnum
ALTER TYPE "TaskStatus" ADD VALUE 'NOT_APPLICABLE';

-- AlterTable
ALTER TABLE "Province" ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "mergedOn" DATE;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "carriedFromPlanId" TEXT;

-- CreateTable
CREATE TABLE "ProvinceMerger" (
    "id" TEXT NOT NULL,
    "successorId" TEXT NOT NULL,
    "successorCreated" BOOLEAN NOT NULL DEFAULT false,
    "effectiveOn" DATE NOT NULL,
    "decision" TEXT NOT NULL,
    "status" "ProvinceMergerStatus" NOT NULL DEFAULT 'APPLIED',
    "appliedById" TEXT,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProvinceMerger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvinceMergerPredecessor" (
    "mergerId" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "nameAtMerger" TEXT NOT NULL,
    "tasksCarried" INTEGER NOT NULL DEFAULT 0,
    "tasksClosed" INTEGER NOT NULL DEFAULT 0,
    "usersMoved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProvinceMergerPredecessor_pkey" PRIMARY KEY ("mergerId","provinceId")
);

-- CreateIndex
CREATE INDEX "ProvinceMerger_successorId_idx" ON "ProvinceMerger"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceMergerPredecessor_provinceId_key" ON "ProvinceMergerPredecessor"("provinceId");

-- CreateIndex
CREATE INDEX "Province_mergedIntoId_idx" ON "Province"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Province" ADD CONSTRAINT "Province_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceMerger" ADD CONSTRAINT "ProvinceMerger_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceMerger" ADD CONSTRAINT "ProvinceMerger_appliedById_fkey" FOREIGN KEY ("appliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceMergerPredecessor" ADD CONSTRAINT "ProvinceMergerPredecessor_mergerId_fkey" FOREIGN KEY ("mergerId") REFERENCES "ProvinceMerger"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceMergerPredecessor" ADD CONSTRAINT "ProvinceMergerPredecessor_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_carriedFromPlanId_fkey" FOREIGN KEY ("carriedFromPlanId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- A province is never its own successor.
ALTER TABLE "Province" ADD CONSTRAINT "Province_not_merged_into_itself" CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id");
