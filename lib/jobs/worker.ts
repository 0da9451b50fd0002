// The scheduled jobs, on graphile-worker (a job queue kept in the app's own Postgres: no other service to run).
// Its crontab is exactly-once across instances (the `known_crontabs` row is claimed in a transaction), and our
// jobs are idempotent besides, so any number of app instances may run a worker.
import { type Runner, run, runOnce, type TaskList } from "graphile-worker";
import { openDueCycles } from "@/lib/cycles/open";
import type { Db } from "@/lib/db";
import type { MailConfig } from "@/lib/notifications/mail";
import { runReminders } from "./reminders";

/**
 * Reminders every 5 minutes (returns and reviews are noticed within minutes; failed emails retry with the
 * queue's back-off as well). New task cycles hourly: the boundary is midnight in Việt Nam whatever the
 * server's time zone, and opening is idempotent.
 */
export const CRONTAB = ["*/5 * * * * reminders ?max=5", "7 * * * * open-cycles ?max=5"].join("\n") + "\n";

export type WorkerDeps = { db: Db; mail: MailConfig | null; now?: () => Date };

export const JOB_NAMES = ["reminders", "open-cycles"] as const;
export type JobName = (typeof JOB_NAMES)[number];

export function taskList(deps: WorkerDeps): TaskList {
  return {
    reminders: async (_payload, helpers) => {
      const result = await runReminders({ db: deps.db, mail: deps.mail, now: deps.now?.() });
      helpers.logger.info(`reminders: ${result.created} thông báo mới, ${result.emailed} email đã gửi`);
    },
    "open-cycles": async (_payload, helpers) => {
      const result = await openDueCycles(deps.now?.(), { client: deps.db });
      helpers.logger.info(`open-cycles: ${result.opened} chu kỳ nhiệm vụ mới (ngày ${result.today})`);
    },
  };
}

export function startWorker(connectionString: string, deps: WorkerDeps): Promise<Runner> {
  return run({
    connectionString,
    concurrency: 2,
    taskList: taskList(deps),
    crontab: CRONTAB,
    noHandleSignals: true,
    pollInterval: 2_000,
  });
}

/** Runs the jobs that are ready now, then returns (tests, and a queue drained by hand). */
export function runReadyJobs(connectionString: string, deps: WorkerDeps): Promise<void> {
  return runOnce({ connectionString, taskList: taskList(deps), noHandleSignals: true });
}
