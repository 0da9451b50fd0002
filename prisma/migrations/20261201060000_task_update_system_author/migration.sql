-- A task's history may hold a note written by the system with no signed-in user: the note that closes a duplicate
-- copy of a duty when a restructuring is applied from the command line (npm run agencies:restructure). Its author
-- is shown as "Hệ thống". The foreign key keeps ON DELETE RESTRICT.
-- AlterTable
ALTER TABLE "TaskUpdate" ALTER COLUMN "userId" DROP NOT NULL;
