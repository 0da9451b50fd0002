-- The criterion page (/tieu-chi/[mã]) reads the tasks of a criterion's measures by Task."measureId"; without an
-- index that was a scan of every task (58 ms at national size), as was setting them null when a measure goes.
CREATE INDEX "Task_measureId_idx" ON "Task"("measureId");
