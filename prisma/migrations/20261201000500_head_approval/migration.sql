-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "headApprovesTasks" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "TaskCycle" ADD COLUMN     "headApprovalRequestedAt" TIMESTAMP(3),
ADD COLUMN     "headApprovalRequestedById" TEXT;

-- AlterTable
ALTER TABLE "TaskUpdate" ADD COLUMN     "approvedById" TEXT;

-- AddForeignKey
ALTER TABLE "TaskCycle" ADD CONSTRAINT "TaskCycle_headApprovalRequestedById_fkey" FOREIGN KEY ("headApprovalRequestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUpdate" ADD CONSTRAINT "TaskUpdate_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


