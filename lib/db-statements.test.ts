import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { PREPARED, statementNamer } from "@/lib/db-statements";

const marked = (sql: string) => Prisma.sql`${PREPARED} ${Prisma.raw(sql)}`.sql;

describe("statementNamer", () => {
  it("names a statement that carries PREPARED, one name per text, the same name each time", () => {
    const name = statementNamer();
    const a = marked('select 1 from "Task" where id = $1');
    const b = marked('select 2 from "Task" where id = $1');
    expect(name(a)).toMatch(/^par_\d+$/);
    expect(name(a)).toBe(name(a));
    expect(name(b)).not.toBe(name(a));
  });

  it("leaves every other statement unnamed, Prisma's generated queries among them", () => {
    const name = statementNamer();
    expect(name('select 1 from "Task" where id = $1')).toBe("");
    expect(name('SELECT "t0"."id" FROM "public"."Task" AS "t0" WHERE "t0"."id" IN ($1,$2)')).toBe("");
  });

  it("names no new text past its limit, and keeps the names it gave", () => {
    const name = statementNamer(2);
    const first = name(marked("select 1"));
    name(marked("select 2"));
    expect(name(marked("select 3"))).toBe("");
    expect(name(marked("select 1"))).toBe(first);
  });
});
