-- Aggregate versions (issue 13): the dashboard and the overview cache their aggregates in each app process
-- (lib/server/aggregate-cache.ts), keyed by the version of the province they read ('*': national data such as
-- frameworks, criteria mappings and the provinces themselves). Every table those aggregates read bumps the
-- version of the province a changed row belongs to, once per transaction and province, at COMMIT (DEFERRABLE
-- INITIALLY DEFERRED constraint triggers), so every app instance sees the new version together with the data.
-- A session that loads data in bulk can skip the per-row triggers with `SET LOCAL par.aggregate_bump = 'off'`
-- (or session_replication_role = replica, as db:seed:scale does) and must then bump the versions itself.

-- A scope's version is the SUM of its slots: each committed transaction adds exactly 1 to one slot (chosen by
-- its backend, pg_backend_pid() % 8), so the sum moves with every commit whatever their order, and concurrent
-- writers of one province wait on each other's row lock (held until their COMMIT is flushed) 8 times less often
-- than with a single row per province.

-- CreateTable
CREATE TABLE "AggregateVersion" (
    "scope" TEXT NOT NULL,
    "slot" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AggregateVersion_pkey" PRIMARY KEY ("scope","slot")
);

-- Bumps each scope once per transaction (the scopes already bumped are kept in a transaction-local setting).
CREATE FUNCTION par_aggregate_mark(scopes text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  seen text := coalesce(current_setting('par.aggregate_bumped', true), '');
  s text;
BEGIN
  FOREACH s IN ARRAY scopes LOOP
    CONTINUE WHEN s IS NULL OR position(',' || s || ',' IN seen) > 0;
    INSERT INTO "AggregateVersion" (scope, slot, version, "updatedAt") VALUES (s, pg_backend_pid() % 8, 1, now())
      ON CONFLICT (scope, slot) DO UPDATE SET version = "AggregateVersion".version + 1, "updatedAt" = now();
    seen := seen || ',' || s || ',';
  END LOOP;
  PERFORM set_config('par.aggregate_bumped', seen, true);
END $$;

-- A province and the province it was merged into (whose dashboard shows its predecessors' years).
CREATE FUNCTION par_aggregate_province_scopes(ids text[]) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT x), '{}') FROM (
    SELECT unnest(ids) AS x
    UNION SELECT "mergedIntoId" FROM "Province" WHERE id = ANY(ids) AND "mergedIntoId" IS NOT NULL
  ) s WHERE x IS NOT NULL
$$;

CREATE FUNCTION par_aggregate_bump_province_column() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  col text := TG_ARGV[0];
  ids text[] := ARRAY[]::text[];
BEGIN
  IF TG_OP <> 'INSERT' THEN ids := ids || (to_jsonb(OLD) ->> col); END IF;
  IF TG_OP <> 'DELETE' THEN ids := ids || (to_jsonb(NEW) ->> col); END IF;
  PERFORM par_aggregate_mark(par_aggregate_province_scopes(ids));
  RETURN NULL;
END $$;

CREATE FUNCTION par_aggregate_bump_plan_column() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plans text[] := ARRAY[]::text[];
BEGIN
  IF TG_OP <> 'INSERT' THEN plans := plans || OLD."planId"; END IF;
  IF TG_OP <> 'DELETE' THEN plans := plans || NEW."planId"; END IF;
  PERFORM par_aggregate_mark(ARRAY(SELECT DISTINCT p."provinceId" FROM "Plan" p WHERE p.id = ANY(plans)));
  RETURN NULL;
END $$;

CREATE FUNCTION par_aggregate_bump_task_column() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tasks text[] := ARRAY[]::text[];
BEGIN
  IF TG_OP <> 'INSERT' THEN tasks := tasks || OLD."taskId"; END IF;
  IF TG_OP <> 'DELETE' THEN tasks := tasks || NEW."taskId"; END IF;
  PERFORM par_aggregate_mark(ARRAY(
    SELECT DISTINCT p."provinceId" FROM "Task" t JOIN "Plan" p ON p.id = t."planId" WHERE t.id = ANY(tasks)));
  RETURN NULL;
END $$;

CREATE FUNCTION par_aggregate_bump_assessment_column() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := ARRAY[]::text[];
BEGIN
  IF TG_OP <> 'INSERT' THEN ids := ids || OLD."assessmentId"; END IF;
  IF TG_OP <> 'DELETE' THEN ids := ids || NEW."assessmentId"; END IF;
  PERFORM par_aggregate_mark(par_aggregate_province_scopes(ARRAY(
    SELECT DISTINCT a."provinceId" FROM "Assessment" a WHERE a.id = ANY(ids))));
  RETURN NULL;
END $$;

CREATE FUNCTION par_aggregate_bump_framework_column() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := ARRAY[]::text[];
BEGIN
  IF TG_OP <> 'INSERT' THEN ids := ids || OLD."frameworkId"; END IF;
  IF TG_OP <> 'DELETE' THEN ids := ids || NEW."frameworkId"; END IF;
  -- a framework already deleted in this transaction: its own trigger bumped its scope
  PERFORM par_aggregate_mark(ARRAY(
    SELECT DISTINCT coalesce(f."provinceId", '*') FROM "Framework" f WHERE f.id = ANY(ids)));
  RETURN NULL;
END $$;

CREATE FUNCTION par_aggregate_bump_national() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM par_aggregate_mark(ARRAY['*']);
  RETURN NULL;
END $$;

-- Skipped (not even queued) while the session or transaction sets par.aggregate_bump = 'off'.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('Task', 'par_aggregate_bump_plan_column()'),
    ('Measure', 'par_aggregate_bump_plan_column()'),
    ('TaskCycle', 'par_aggregate_bump_task_column()'),
    ('TaskUpdate', 'par_aggregate_bump_task_column()'),
    ('TaskSupporter', 'par_aggregate_bump_task_column()'),
    ('Plan', 'par_aggregate_bump_province_column(''provinceId'')'),
    ('Agency', 'par_aggregate_bump_province_column(''provinceId'')'),
    ('Assessment', 'par_aggregate_bump_province_column(''provinceId'')'),
    ('PeerScore', 'par_aggregate_bump_province_column(''ownerProvinceId'')'),
    ('CriterionScore', 'par_aggregate_bump_assessment_column()'),
    ('Criterion', 'par_aggregate_bump_framework_column()'),
    ('Framework', 'par_aggregate_bump_national()'),
    ('CriterionMapping', 'par_aggregate_bump_national()'),
    ('Province', 'par_aggregate_bump_national()'),
    ('ProvinceMerger', 'par_aggregate_bump_national()'),
    ('ProvinceMergerPredecessor', 'par_aggregate_bump_national()')
  ) AS v(tbl, fn) LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
      'FOR EACH ROW WHEN (coalesce(current_setting(''par.aggregate_bump'', true), '''') <> ''off'') '
      'EXECUTE FUNCTION %s',
      t.tbl || '_aggregate_version', t.tbl, t.fn);
  END LOOP;
END $$;

-- Framework: a province's own partial framework bumps that province, the national one '*'.
DROP TRIGGER "Framework_aggregate_version" ON "Framework";
CREATE FUNCTION par_aggregate_bump_framework() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM par_aggregate_mark(ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN coalesce(OLD."provinceId", '*') END,
    CASE WHEN TG_OP <> 'DELETE' THEN coalesce(NEW."provinceId", '*') END]);
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "Framework_aggregate_version" AFTER INSERT OR UPDATE OR DELETE ON "Framework"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (coalesce(current_setting('par.aggregate_bump', true), '') <> 'off')
  EXECUTE FUNCTION par_aggregate_bump_framework();
