-- The first cycle of new tasks, made once per INSERT statement (a transition table) instead of once per row:
-- a plan import or a fixture creating thousands of tasks in one INSERT makes their cycles in one INSERT too.
DROP TRIGGER "Task_first_cycle" ON "Task";
DROP FUNCTION par_task_first_cycle();

CREATE FUNCTION par_task_first_cycles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TaskCycle" ("id", "taskId", "key", "startsOn", "endsOn", "dueOn", "status", "progress", "updatedAt")
  SELECT gen_random_uuid()::text, n."id", c."key", c."startsOn", c."endsOn", c."dueOn", n."status", n."progress", now()
  FROM new_tasks n
  CROSS JOIN LATERAL par_task_cycle(n."recurrence", n."dueOn", (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) c;
  RETURN NULL;
END $$;

CREATE TRIGGER "Task_first_cycle" AFTER INSERT ON "Task" REFERENCING NEW TABLE AS new_tasks
  FOR EACH STATEMENT EXECUTE FUNCTION par_task_first_cycles();
