// The SQL that grows a database to national size (npm run db:seed:scale). Everything is generated inside Postgres
// with INSERT … SELECT generate_series — no row crosses the wire — and every "random" choice is a counter-based
// PRNG: hashtextextended(salt || n, seed), so the same flags and seed give the same rows, ids included.
// Ids are "csc" + a kind letter + a 21-digit number: 25 characters like the app's cuids, and never a real one.
// Every name says it is synthetic ("Tỉnh thử nghiệm 07", "Sở thử nghiệm 03"); no official figure is invented.

export type ScaleShape = {
  seed: number;
  provinces: number; // synthetic provinces to add
  years: number; // plans per province (index years)
  agencies: number; // synthetic agencies in all
  tasks: number; // synthetic tasks in all
  updates: number; // synthetic task updates in all (each with an audit row; one in ten with a link evidence)
  until: string; // YYYY-MM-DD: the last day of recorded work; the latest plan is that year's
  passwordHash: string; // the demo password's bcrypt hash, shared by every generated account
};

const SYNTHETIC = "Dữ liệu tổng hợp sinh bởi npm run db:seed:scale — không phải số liệu công bố";

/** The statements, in order, each with a short Vietnamese label for the progress log. */
export function scaleStatements(s: ShapeChecked): { label: string; sql: string }[] {
  const { seed, provinces: P, years: Y, agencies: A, tasks: T, updates: U, until } = s;
  const UY = Number(until.slice(0, 4));
  const T0 = `'${until} 00:00:00'::timestamp`;
  const pw = `'${s.passwordHash}'`;
  return [
    {
      label: "hàm sinh số",
      sql: `
        CREATE FUNCTION pg_temp.sid(kind text, n bigint) RETURNS text LANGUAGE sql IMMUTABLE
          AS $$ SELECT 'csc' || kind || lpad(n::text, 21, '0') $$;
        CREATE FUNCTION pg_temp.rnd(salt text, n bigint) RETURNS float8 LANGUAGE sql IMMUTABLE
          AS $$ SELECT (hashtextextended(salt || n::text, ${seed}) & 2147483647)::float8 / 2147483648.0 $$;`,
    },
    {
      label: "tỉnh, cơ quan, tài khoản",
      sql: `
        CREATE TEMP TABLE sp AS
          SELECT p, pg_temp.sid('p', p) AS id, lpad(p::text, 2, '0') AS num,
                 ${Math.floor(A / P)} + CASE WHEN p <= ${A % P} THEN 1 ELSE 0 END AS n
          FROM generate_series(1, ${P}) p;
        INSERT INTO "Province" (id, code, name, "createdAt")
          SELECT id, 'thu-nghiem-' || num, 'Tỉnh thử nghiệm ' || num, ${T0} FROM sp;
        CREATE TEMP TABLE sa AS
          SELECT sp.p, k, pg_temp.sid('a', sp.p * 10000 + k) AS id, sp.id AS province_id, sp.n, sp.num,
            CASE WHEN k <= 20 THEN 'DEPARTMENT' WHEN k <= 30 THEN 'DISTRICT' ELSE 'COMMUNE' END AS kind,
            CASE WHEN k <= 20 THEN 'Sở thử nghiệm ' || lpad(k::text, 2, '0')
                 WHEN k <= 30 THEN 'UBND huyện thử nghiệm ' || lpad((k - 20)::text, 2, '0')
                 ELSE 'UBND xã thử nghiệm ' || lpad((k - 30)::text, 3, '0') END AS name
          FROM sp CROSS JOIN LATERAL generate_series(1, sp.n) k;
        CREATE UNIQUE INDEX ON sa (p, k);
        INSERT INTO "Agency" (id, "provinceId", name, kind, aliases, "parentId", "createdAt", "updatedAt")
          SELECT id, province_id, name, kind::"AgencyKind", '{}',
                 CASE WHEN kind = 'COMMUNE' THEN pg_temp.sid('a', p * 10000 + 21 + k % 10) END, ${T0}, ${T0}
          FROM sa;
        INSERT INTO "User" (id, "provinceId", "agencyId", email, name, role, "passwordHash", demo, "createdAt", "updatedAt")
          SELECT pg_temp.sid('u', p * 100000), id, NULL, 'sonoivu@tn' || num || '.demo.par.vn',
                 'Sở Nội vụ — Tỉnh thử nghiệm ' || num || ' (tài khoản thử)', 'HOME_AFFAIRS'::"Role", ${pw}, true, ${T0}, ${T0} FROM sp
          UNION ALL
          SELECT pg_temp.sid('u', p * 100000 + 1), id, NULL, 'lanhdao@tn' || num || '.demo.par.vn',
                 'Lãnh đạo UBND — Tỉnh thử nghiệm ' || num || ' (tài khoản thử)', 'LEADERSHIP'::"Role", ${pw}, true, ${T0}, ${T0} FROM sp
          UNION ALL
          SELECT pg_temp.sid('u', p * 100000 + 2 * k), province_id, id, 'truong.' || k || '@tn' || num || '.demo.par.vn',
                 'Thủ trưởng ' || name || ' (tài khoản thử)', 'AGENCY_HEAD'::"Role", ${pw}, true, ${T0}, ${T0} FROM sa
          UNION ALL
          SELECT pg_temp.sid('u', p * 100000 + 2 * k + 1), province_id, id, 'canbo.' || k || '@tn' || num || '.demo.par.vn',
                 'Cán bộ ' || name || ' (tài khoản thử)', 'AGENCY_STAFF'::"Role", ${pw}, true, ${T0}, ${T0} FROM sa;`,
    },
    {
      label: "bộ tiêu chí, kết quả đánh giá, kế hoạch",
      sql: `
        CREATE TEMP TABLE sq AS
          SELECT (p - 1) * ${Y} + y AS q, p, y, sp.id AS province_id, sp.num, sp.n, p * 100 + y AS key,
                 pg_temp.sid('f', p * 100 + y) AS fw, pg_temp.sid('e', p * 100 + y) AS asm,
                 pg_temp.sid('l', p * 100 + y) AS plan, ${UY - Y + 1} + y AS py,
                 make_date(${UY - Y + 1} + y, 1, 15) AS issued,
                 LEAST(make_date(${UY - Y + 1} + y, 12, 31), '${until}'::date - 1) AS last_day,
                 CASE WHEN y = ${Y - 1} THEN extract(quarter FROM '${until}'::date)::int ELSE 4 END AS lastq
          FROM sp CROSS JOIN generate_series(0, ${Y - 1}) y;
        CREATE UNIQUE INDEX ON sq (q);
        INSERT INTO "Framework" (id, year, "provinceId", partial, title, "createdAt", "updatedAt")
          SELECT fw, py - 1, province_id, true, 'Bộ tiêu chí thử nghiệm năm ' || (py - 1) || ' (dữ liệu tổng hợp)', ${T0}, ${T0}
          FROM sq;
        INSERT INTO "Criterion" (id, "frameworkId", "parentId", code, "sortKey", level, title, "standardPoints")
          SELECT pg_temp.sid('r', key * 1000 + f * 100 + c * 10 + s), fw,
                 CASE WHEN c = 0 THEN NULL WHEN s = 0 THEN pg_temp.sid('r', key * 1000 + f * 100)
                      ELSE pg_temp.sid('r', key * 1000 + f * 100 + c * 10) END,
                 f || CASE WHEN c > 0 THEN '.' || c ELSE '' END || CASE WHEN s > 0 THEN '.' || s ELSE '' END,
                 lpad(f::text, 3, '0') || CASE WHEN c > 0 THEN '.' || lpad(c::text, 3, '0') ELSE '' END
                   || CASE WHEN s > 0 THEN '.' || lpad(s::text, 3, '0') ELSE '' END,
                 (CASE WHEN c = 0 THEN 'FIELD' WHEN s = 0 THEN 'CRITERION' ELSE 'SUBCRITERION' END)::"CriterionLevel",
                 CASE WHEN c = 0 THEN 'Lĩnh vực thử nghiệm ' || f WHEN s = 0 THEN 'Tiêu chí thử nghiệm ' || f || '.' || c
                      ELSE 'Tiêu chí thành phần thử nghiệm ' || f || '.' || c || '.' || s END,
                 CASE WHEN c = 0 THEN 20 WHEN s = 0 THEN 5 ELSE 1 END
          FROM sq, generate_series(1, 5) f, generate_series(0, 4) c, generate_series(0, 5) s
          WHERE NOT (c = 0 AND s > 0);
        INSERT INTO "Assessment" (id, "provinceId", "frameworkId", year, "totalScore", source, "createdAt")
          SELECT asm, province_id, fw, py - 1, 0, '${SYNTHETIC}', ${T0} FROM sq;
        INSERT INTO "CriterionScore" ("assessmentId", "criterionId", "assessedPoints")
          WITH leaf AS (
            SELECT asm, key, f, c, s, round((0.4 + 0.6 * pg_temp.rnd('cs', key * 1000 + f * 100 + c * 10 + s))::numeric, 3) AS pts
            FROM sq, generate_series(1, 5) f, generate_series(1, 4) c, generate_series(1, 5) s)
          SELECT asm, pg_temp.sid('r', key * 1000 + f * 100 + c * 10 + s), pts FROM leaf
          UNION ALL SELECT asm, pg_temp.sid('r', key * 1000 + f * 100 + c * 10), sum(pts) FROM leaf GROUP BY asm, key, f, c
          UNION ALL SELECT asm, pg_temp.sid('r', key * 1000 + f * 100), sum(pts) FROM leaf GROUP BY asm, key, f;
        UPDATE "Assessment" a SET "totalScore" = x.total
          FROM (SELECT cs."assessmentId", sum(cs."assessedPoints") AS total FROM "CriterionScore" cs
                JOIN "Criterion" c ON c.id = cs."criterionId" AND c.level = 'FIELD'
                WHERE cs."assessmentId" IN (SELECT asm FROM sq) GROUP BY cs."assessmentId") x
          WHERE a.id = x."assessmentId";
        INSERT INTO "Plan" (id, "provinceId", "assessmentId", number, "issuedOn", title, "sourceFileName", "sourceText",
                            "sourceSha256", "importedAt", "updatedAt")
          SELECT plan, province_id, asm, 'TN-' || py || '/KH-UBND', issued,
                 'Kế hoạch thử nghiệm nâng cao Chỉ số CCHC năm ' || py || ' (dữ liệu tổng hợp)', 'du-lieu-tong-hop.txt',
                 '${SYNTHETIC}.', repeat('0', 64), ${T0}, ${T0}
          FROM sq;`,
    },
    {
      label: `${T.toLocaleString("vi-VN")} nhiệm vụ, giải pháp, phân công, chu kỳ`,
      sql: `
        CREATE TEMP TABLE st AS
          SELECT x.*, CASE status WHEN 'NOT_STARTED' THEN 0 WHEN 'IN_PROGRESS' THEN 10 + floor(ud * 80)::int
                              WHEN 'RETURNED' THEN 60 + floor(ud * 30)::int ELSE 100 END AS progress
          FROM (
            SELECT i, pg_temp.sid('t', i) AS tid, sq.q, sq.p, sq.y, sq.key, sq.province_id, sq.plan, sq.py, sq.issued,
                   sq.last_day, sq.lastq, 1 + i % 5 AS f, 1 + (i / 5) % 4 AS c, 1 + (i / 20) % 5 AS s, r.ud, r.quarterly,
                   CASE WHEN r.unassigned THEN NULL ELSE 1 + floor(sq.n * r.ua * r.ua)::int END AS k,
                   CASE WHEN r.unassigned THEN 'NOT_STARTED'
                        WHEN sq.y = ${Y - 1} THEN CASE WHEN r.us < 0.25 THEN 'NOT_STARTED' WHEN r.us < 0.60 THEN 'IN_PROGRESS'
                          WHEN r.us < 0.75 THEN 'SUBMITTED' WHEN r.us < 0.95 THEN 'ACCEPTED' ELSE 'RETURNED' END
                        ELSE CASE WHEN r.us < 0.03 THEN 'NOT_STARTED' WHEN r.us < 0.10 THEN 'IN_PROGRESS'
                          WHEN r.us < 0.15 THEN 'SUBMITTED' WHEN r.us < 0.97 THEN 'ACCEPTED' ELSE 'RETURNED' END
                   END AS status,
                   CASE WHEN r.ud < 0.17 THEN make_date(sq.py, 10, 31) ELSE make_date(sq.py, 12, 31) END AS due
            FROM generate_series(0, ${T - 1}) i
            JOIN sq ON sq.q = (i::bigint * ${P * Y}) / ${T}
            CROSS JOIN LATERAL (SELECT pg_temp.rnd('n', i) < 0.05 AS unassigned, pg_temp.rnd('a', i) AS ua,
                                       pg_temp.rnd('r', i) < 0.2 AS quarterly, pg_temp.rnd('s', i) AS us,
                                       pg_temp.rnd('d', i) AS ud) r
          ) x;
        CREATE UNIQUE INDEX ON st (i);
        INSERT INTO "Measure" (id, "planId", "criterionId", position, text, "timeframeText", "startsOn", "endsOn", recurrence)
          SELECT pg_temp.sid('m', i), plan, pg_temp.sid('r', key * 1000 + f * 100 + c * 10 + s), i,
                 'Giải pháp thử nghiệm số ' || (i + 1) || ' (dữ liệu tổng hợp)', 'Trong năm ' || py, issued,
                 make_date(py, 12, 31), (CASE WHEN quarterly THEN 'QUARTERLY' ELSE 'NONE' END)::"Recurrence"
          FROM st;
        INSERT INTO "MeasureAssignment" (id, "measureId", role, position, label, "agencyId")
          SELECT pg_temp.sid('s', st.i), pg_temp.sid('m', st.i), 'LEAD', 0, sa.name, sa.id
          FROM st JOIN sa ON sa.p = st.p AND sa.k = st.k;
        INSERT INTO "Task" (id, "planId", source, "sourceRef", "measureId", "criterionId", "agencyId", title, status,
                            progress, "dueOn", recurrence, version, "updatedAt", "createdAt")
          SELECT tid, plan, 'MEASURE', 'M:' || f || '.' || c || '.' || s || ':' || i, pg_temp.sid('m', i),
                 pg_temp.sid('r', key * 1000 + f * 100 + c * 10 + s),
                 CASE WHEN k IS NOT NULL THEN pg_temp.sid('a', p * 10000 + k) END,
                 'Nhiệm vụ thử nghiệm số ' || (i + 1) || ': thực hiện tiêu chí ' || f || '.' || c || '.' || s || ' (dữ liệu tổng hợp)',
                 status::"TaskStatus", progress,
                 CASE WHEN quarterly THEN (make_date(py, 3 * lastq, 1) + interval '1 month' - interval '1 day')::date ELSE due END,
                 (CASE WHEN quarterly THEN 'QUARTERLY' ELSE 'NONE' END)::"Recurrence", 0, issued, issued
          FROM st;
        INSERT INTO "TaskSupporter" ("taskId", "agencyId")
          SELECT tid, pg_temp.sid('a', p * 10000 + k2)
          FROM (SELECT st.tid, st.p, st.k, 1 + floor(sq.n * pg_temp.rnd('q', st.i))::int AS k2 FROM st JOIN sq USING (q)
                WHERE st.k IS NOT NULL AND pg_temp.rnd('p', st.i) < 0.2) x
          WHERE k2 <> k;
        INSERT INTO "TaskCycle" (id, "taskId", key, "startsOn", "endsOn", "dueOn", status, progress, "createdAt", "updatedAt")
          SELECT pg_temp.sid('c', i * 10), tid, 'once', NULL, NULL, due, status::"TaskStatus", progress, issued, issued
          FROM st WHERE NOT quarterly
          UNION ALL
          SELECT pg_temp.sid('c', i * 10 + qq), tid, py || '-Q' || qq, make_date(py, 3 * qq - 2, 1),
                 (make_date(py, 3 * qq, 1) + interval '1 month' - interval '1 day')::date,
                 (make_date(py, 3 * qq, 1) + interval '1 month' - interval '1 day')::date,
                 (CASE WHEN qq = lastq OR status = 'NOT_STARTED' THEN status ELSE 'ACCEPTED' END)::"TaskStatus",
                 CASE WHEN qq = lastq OR status = 'NOT_STARTED' THEN progress ELSE 100 END,
                 make_date(py, 3 * qq - 2, 1), make_date(py, 3 * qq - 2, 1)
          FROM st CROSS JOIN generate_series(1, 4) qq WHERE quarterly AND qq <= lastq;`,
    },
    {
      label: `${U.toLocaleString("vi-VN")} cập nhật, nhật ký, minh chứng`,
      sql: `
        WITH src AS MATERIALIZED (
          SELECT j, st.tid, st.i, st.p, st.k, st.province_id, st.status, st.progress, st.quarterly,
                 (st.issued + (pg_temp.rnd('t', j) * (st.last_day - st.issued))::int
                   + make_interval(secs => 3600 + floor(pg_temp.rnd('h', j) * 36000)))::timestamp(3) AS at,
                 pg_temp.rnd('k', j) < 0.12 AS is_status, pg_temp.rnd('e', j) < 0.10 AS has_link
          FROM generate_series(0, ${U - 1}) j
          JOIN st ON st.i = floor(${T} * pg_temp.rnd('u', j))::int
        ), shaped AS MATERIALIZED (
          SELECT src.*, pg_temp.sid('x', j) AS uid,
                 CASE WHEN k IS NULL OR (is_status AND status IN ('ACCEPTED', 'RETURNED')) THEN pg_temp.sid('u', p * 100000)
                      ELSE pg_temp.sid('u', p * 100000 + 2 * k + 1) END AS author,
                 CASE WHEN NOT is_status THEN NULL WHEN status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED') THEN 'IN_PROGRESS'
                      ELSE 'NOT_STARTED' END AS from_status,
                 CASE WHEN NOT is_status THEN NULL WHEN status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED') THEN status
                      ELSE 'IN_PROGRESS' END AS to_status,
                 CASE WHEN quarterly THEN pg_temp.sid('c', i * 10 + extract(quarter FROM at)::int)
                      ELSE pg_temp.sid('c', i * 10) END AS cycle
          FROM src
        ), updates AS (
          INSERT INTO "TaskUpdate" (id, "taskId", "cycleId", "userId", "fromStatus", "toStatus", progress, note, "createdAt")
          SELECT uid, tid, cycle, author, from_status::"TaskStatus", to_status::"TaskStatus", progress,
                 CASE WHEN is_status THEN 'Chuyển trạng thái (dữ liệu tổng hợp).'
                      ELSE 'Báo cáo tiến độ thử nghiệm (dữ liệu tổng hợp).' END, at
          FROM shaped
        ), evidence AS (
          INSERT INTO "Evidence" (id, "updateId", kind, url, "createdAt")
          SELECT pg_temp.sid('v', j), uid, 'link', 'https://minh-chung.invalid/thu-nghiem/' || j, at
          FROM shaped WHERE has_link
        )
        INSERT INTO "AuditLog" (id, "provinceId", "userId", action, entity, "entityId", "agencyId", before, after, "createdAt")
        SELECT pg_temp.sid('g', j), province_id, author, CASE WHEN is_status THEN 'task.status' ELSE 'task.comment' END,
               'Task', tid, CASE WHEN k IS NOT NULL THEN pg_temp.sid('a', p * 10000 + k) END,
               jsonb_build_object('status', coalesce(from_status, status), 'progress', progress),
               jsonb_build_object('status', coalesce(to_status, status), 'progress', progress), at
        FROM shaped;`,
    },
    {
      // The aggregate-version triggers are off with the others (session_replication_role = replica): every
      // province and the national scope are bumped here, in the same transaction, so no app process keeps
      // serving dashboard or overview aggregates from before the load (lib/server/aggregate-cache.ts).
      label: "phiên bản số liệu tổng hợp",
      sql: `
        INSERT INTO "AggregateVersion" (scope, slot, version, "updatedAt")
          SELECT id, 0, 1, now() FROM "Province" UNION ALL SELECT '*', 0, 1, now()
        ON CONFLICT (scope, slot) DO UPDATE SET version = "AggregateVersion".version + 1, "updatedAt" = now();`,
    },
  ];
}

export type ShapeChecked = ScaleShape & { readonly checked: true };

/** Whole numbers in range and a real date: they are written into the SQL text. */
export function checkShape(s: ScaleShape): ShapeChecked | string {
  const ints: [keyof ScaleShape, number, number][] = [
    ["seed", 0, 2_147_483_647],
    ["provinces", 1, 99],
    ["years", 1, 20],
    ["agencies", 1, 99_999],
    ["tasks", 1, 10_000_000],
    ["updates", 0, 100_000_000],
  ];
  for (const [name, min, max] of ints) {
    const v = s[name];
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max)
      return `--${name} phải là số nguyên từ ${min} đến ${max} (nhận: ${String(v)}).`;
  }
  if (s.agencies < s.provinces) return "--agencies phải không nhỏ hơn số tỉnh thử nghiệm.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s.until) || Number.isNaN(Date.parse(s.until)))
    return `--until phải là ngày dạng YYYY-MM-DD (nhận: ${s.until}).`;
  if (!/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(s.passwordHash)) return "Mã băm mật khẩu không hợp lệ.";
  if (s.until.slice(5) < "02-01") return "--until phải từ ngày 01/02 trở đi (kế hoạch năm đó ban hành ngày 15/01).";
  return { ...s, checked: true };
}
