-- DropForeignKey
ALTER TABLE "Task" DROP CONSTRAINT "Task_measureId_fkey";

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;
