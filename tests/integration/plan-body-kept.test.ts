// The plan body is read once and kept on the plan (Plan.body): later task syncs use the kept structure, never
// the text again, and still read agency names against the directory as it is then.
import { describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db";
import { BODY_DRAFT_VERSION, readPlanBody } from "@/lib/plan-body";
import { syncPlanTasks } from "@/lib/tasks/generate";
import { BODY, buildFixture, type Fixture, Rollback } from "./tasks-generate.fixture";

async function withFixture(run: (tx: Tx, f: Fixture) => Promise<void>): Promise<void> {
  try {
    await db.$transaction(
      async (tx) => {
        await run(tx, await buildFixture(tx));
        throw new Rollback();
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

const bodyOf = async (tx: Tx, planId: string) =>
  (await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { body: true } })).body;

describe("plan body kept on the plan", () => {
  it("a plan stored without it is read once, and the result kept exactly", async () => {
    await withFixture(async (tx, f) => {
      expect(await bodyOf(tx, f.planId)).toBeNull();
      await syncPlanTasks(tx, f.planId);
      expect(await bodyOf(tx, f.planId)).toEqual(readPlanBody(BODY));
    });
  });

  it("later syncs use the kept structure, not the text", async () => {
    await withFixture(async (tx, f) => {
      const first = await syncPlanTasks(tx, f.planId);
      // Were the text read again, every body duty would go (an empty text has none) and be deleted.
      await tx.plan.update({ where: { id: f.planId }, data: { sourceText: "" } });
      const again = await syncPlanTasks(tx, f.planId);
      expect(first.created).toBeGreaterThan(0);
      expect(again).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    });
  });

  it("a structure kept by an older reader is read again from the text", async () => {
    await withFixture(async (tx, f) => {
      await tx.plan.update({
        where: { id: f.planId },
        data: { body: { version: BODY_DRAFT_VERSION - 1, duties: [], warnings: [] } },
      });
      const result = await syncPlanTasks(tx, f.planId);
      expect(result.created).toBe(19);
      expect(await bodyOf(tx, f.planId)).toEqual(readPlanBody(BODY));
    });
  });

  it("names are still read against the directory at each sync: a renamed agency, then its old name as an alias", async () => {
    await withFixture(async (tx, f) => {
      const stt = f.agencies.stt;
      await syncPlanTasks(tx, f.planId);
      const duty = await tx.task.findFirstOrThrow({ where: { planId: f.planId, source: "DUTY", agencyId: stt.id } });
      await tx.plan.update({ where: { id: f.planId }, data: { sourceText: "" } });

      await tx.agency.update({ where: { id: stt.id }, data: { name: "Sở Khoa học và Công nghệ" } });
      const renamed = await syncPlanTasks(tx, f.planId);
      expect(renamed.warnings.map((w) => w.code)).toEqual(["HEADING_NAMES_UNKNOWN"]);

      await tx.agency.update({ where: { id: stt.id }, data: { aliases: ["Sở Thông tin và Truyền thông"] } });
      const aliased = await syncPlanTasks(tx, f.planId);
      expect(aliased.warnings).toEqual([]);
      const tasks = await tx.task.findMany({
        where: { planId: f.planId, sourceRef: duty.sourceRef },
        select: { agencyId: true },
      });
      expect(tasks).toEqual([{ agencyId: stt.id }]);
    });
  });
});
