-- CreateEnum
CREATE TYPE "RestructuringKind" AS ENUM ('RENAME', 'MERGE', 'SPLIT', 'DISSOLVE');

-- CreateEnum
CREATE TYPE "RestructuringStatus" AS ENUM ('APPLIED', 'UNDONE');

-- DropIndex
DROP INDEX "Task_planId_sourceRef_agencyId_key";

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "endedOn" DATE,
ADD COLUMN     "successorId" TEXT,
ADD COLUMN     "validFrom" DATE;

-- AlterTable
ALTER TABLE "AgencyGroup" ADD COLUMN     "retiredOn" DATE;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "originAgencyId" TEXT;

-- CreateTable
CREATE TABLE "RestructuringEvent" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "kind" "RestructuringKind" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "decision" TEXT NOT NULL DEFAULT '',
    "fromNames" TEXT[],
    "toNames" TEXT[],
    "status" "RestructuringStatus" NOT NULL DEFAULT 'APPLIED',
    "counts" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,
    "appliedById" TEXT,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneById" TEXT,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "RestructuringEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RestructuringAgency" (
    "eventId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "RestructuringAgency_pkey" PRIMARY KEY ("eventId","agencyId","role")
);

-- CreateIndex
CREATE INDEX "RestructuringEvent_provinceId_appliedAt_idx" ON "RestructuringEvent"("provinceId", "appliedAt");

-- CreateIndex
CREATE INDEX "RestructuringAgency_agencyId_idx" ON "RestructuringAgency"("agencyId");

-- CreateIndex
CREATE INDEX "Task_planId_sourceRef_idx" ON "Task"("planId", "sourceRef");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestructuringEvent" ADD CONSTRAINT "RestructuringEvent_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestructuringAgency" ADD CONSTRAINT "RestructuringAgency_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "RestructuringEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestructuringAgency" ADD CONSTRAINT "RestructuringAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- The task identity (planId, sourceRef, agencyId) holds among tasks no restructuring has moved; a moved task is
-- identified by the agency the plan gave it to, so it may sit beside its successor's own task of the same source.
CREATE UNIQUE INDEX "Task_planId_sourceRef_agencyId_key" ON "Task"("planId", "sourceRef", "agencyId") WHERE "originAgencyId" IS NULL;
CREATE UNIQUE INDEX "Task_planId_sourceRef_originAgencyId_key" ON "Task"("planId", "sourceRef", "originAgencyId") WHERE "originAgencyId" IS NOT NULL;
CREATE INDEX "Task_originAgencyId_idx" ON "Task"("originAgencyId");
