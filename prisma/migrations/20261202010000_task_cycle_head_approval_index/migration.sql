-- Every card list (boards, review queue, "Việc của tôi") asks, per task, whether its current cycle waits for the
-- agency head: `exists (… hc.id = par_task_current_cycle(t.id) and hc."headApprovalRequestedAt" is not null)`.
-- Without an index on the waiting cycles Postgres called the function once per card (1,5 of the 5,8 ms of a
-- 160-card board at national size); over this partial index, which holds only the few cycles that wait, it reads
-- them once (a hashed subplan). lib/cycles/open.ts's check for a waiting request uses it too.
CREATE INDEX "TaskCycle_waiting_head_idx" ON "TaskCycle"("taskId") WHERE "headApprovalRequestedAt" IS NOT NULL;
