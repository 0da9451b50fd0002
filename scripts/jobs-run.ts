// Runs one scheduled job once, by hand:  npm run jobs:run -- reminders   (or: open-cycles)
// Exit code 1 with a Vietnamese message on an unknown job or a failure (e.g. the SMTP server is down; the
// notifications are kept and their emails are sent on the next run).

import { openDueCycles } from "@/lib/cycles/open";
import { db } from "@/lib/db";
import { mailConfig } from "@/lib/jobs/config";
import { runReminders } from "@/lib/jobs/reminders";
import { JOB_NAMES, type JobName } from "@/lib/jobs/worker";

const USAGE = `Cách dùng: npm run jobs:run -- <${JOB_NAMES.join("|")}>`;

async function main(name: string | undefined): Promise<void> {
  if (!name || !(JOB_NAMES as readonly string[]).includes(name)) {
    throw new Error(name ? `Không có công việc “${name}”. ${USAGE}` : USAGE);
  }
  const job = name as JobName;
  if (job === "reminders") {
    const result = await runReminders({ db, mail: mailConfig() });
    console.log(`Nhắc việc: ${result.created} thông báo mới, ${result.emailed} email đã gửi.`);
  } else {
    const result = await openDueCycles(new Date(), { client: db });
    console.log(`Mở chu kỳ nhiệm vụ: ${result.opened} chu kỳ mới (ngày ${result.today}).`);
  }
}

main(process.argv[2])
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    await db.$disconnect().catch(() => {});
    process.exit(1);
  });
