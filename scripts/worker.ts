// The job worker started by `npm start` beside the web server (scheduled reminders; see lib/jobs/worker.ts).
import { db } from "@/lib/db";
import { mailConfig, requireDatabaseUrl } from "@/lib/jobs/config";
import { startWorker } from "@/lib/jobs/worker";
import { watchSupervisor } from "./lib/supervisor";

async function main(): Promise<void> {
  const runner = await startWorker(requireDatabaseUrl(), { db, mail: mailConfig() });
  const stop = async () => {
    await runner.stop();
    await db.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  watchSupervisor("tiến trình công việc định kỳ", () => void stop());
  await runner.promise;
}

main().catch((error) => {
  console.error(
    `✖ Tiến trình công việc định kỳ dừng vì lỗi: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
