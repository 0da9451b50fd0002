-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "body" JSONB;
