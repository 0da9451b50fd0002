-- CreateTable
CREATE TABLE "PlanDraft" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "number" TEXT NOT NULL DEFAULT '',
    "issuedOn" DATE,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "publishedPlanId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanDraft_assessmentId_key" ON "PlanDraft"("assessmentId");

-- CreateIndex
CREATE INDEX "PlanDraft_provinceId_idx" ON "PlanDraft"("provinceId");

-- AddForeignKey
ALTER TABLE "PlanDraft" ADD CONSTRAINT "PlanDraft_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDraft" ADD CONSTRAINT "PlanDraft_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
