// Which statements the pg driver prepares under a name (lib/db.ts). A named statement is parsed once per
// connection, and after five runs Postgres may keep a generic plan for it instead of planning every request with
// the actual parameters. The hot statements that opt in carry PREPARED (a comment) in their SQL: the session
// check of every page, the card statement of the boards, the review queue and "Việc của tôi", and the review
// queue's count and order. At national size the card statement alone took 1,1–2,6 ms of planning per request;
// with these named the review queue served 65,5 → 72,8 req/s at 50 connections (README, Benchmarks).
//
// Opt-in, not every statement: a generic plan cannot see the parameters' values, and for some statements it
// reads a whole table where the custom plan would not (the board's agency statement, whose union over
// `any($lineage)` became a full read of Task by its primary key; compared with one agency, `= $1`, it did too, in
// the fresh database of a CI run). tests/integration/hot-query-plans.test.ts
// checks the generic plan of every PREPARED statement of the hot loaders, as it checks their custom plans.
// Prisma's own queries are never named: their texts (`IN ($1, $2, …)` as long as the values) are not a bounded
// set. Past MAX_NAMED texts per process nothing new is named either.
import { Prisma } from "@/generated/prisma/client";

const MARK = "/* prepared */";
/** Put at the start of a statement's SQL to have it prepared under a name. */
export const PREPARED = Prisma.raw(MARK);
export const MAX_NAMED = 500;

export const isPrepared = (sql: string): boolean => sql.includes(MARK);

/**
 * A namer over one process's statements: the name for `sql`, or "" to leave it unnamed (the protocol's unnamed
 * statement, parsed and planned again on every run).
 */
export function statementNamer(max = MAX_NAMED): (sql: string) => string {
  const names = new Map<string, string>();
  return (sql) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (!isPrepared(sql) || names.size >= max) return "";
    const name = `par_${names.size}`;
    names.set(sql, name);
    return name;
  };
}
