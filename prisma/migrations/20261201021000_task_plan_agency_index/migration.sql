-- An agency's board shows one plan at a time: its tasks are found by (planId, agencyId) instead of intersecting
-- the agencyId and planId indexes, whose separate estimates made Postgres misjudge the rows (docs/perf/explain.md).
-- CreateIndex
CREATE INDEX "Task_planId_agencyId_idx" ON "Task"("planId", "agencyId");
