// Reminders on the real job queue (graphile-worker) with two workers at once, mailed to a real SMTP server
// started here; a dead SMTP server leaves everything unsent and the job fails so the queue retries it.
import { makeWorkerUtils } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { provinceToday } from "@/lib/format";
import { runReminders } from "@/lib/jobs/reminders";
import { runReadyJobs } from "@/lib/jobs/worker";
import { type MailConfig, MailDeliveryError } from "@/lib/notifications/mail";
import { closedPort, startMailServer, type TestMailServer } from "./mail-server";
import { buildTaskWorld, makeTask, type TaskWorld } from "./tasks-fixtures";

const today = provinceToday();
const inDays = (n: number) => new Date(today.getTime() + n * 86_400_000);
const mailTo = (server: TestMailServer, address: string) =>
  server.received.filter((m) =>
    (Array.isArray(m.to) ? m.to : [m.to]).some((to) => to?.value.some((v) => v.address === address)),
  );

let w: TaskWorld;
let smtp: TestMailServer;
let mail: MailConfig;
const tasks: Record<string, string> = {};

beforeAll(async () => {
  w = await buildTaskWorld();
  smtp = await startMailServer();
  mail = { url: smtp.url, from: "PAR Tracker <noreply@par.test>", appUrl: "http://par.test" };
  const f = w.agencies.finance.id;
  tasks.due7 = (await makeTask(w, { agencyId: f, dueOn: inDays(7), title: "Công khai dự toán ngân sách" })).id;
  tasks.due3 = (await makeTask(w, { agencyId: f, dueOn: inDays(3), status: "IN_PROGRESS", progress: 40 })).id;
  tasks.due1 = (await makeTask(w, { agencyId: f, dueOn: inDays(1) })).id;
  tasks.overdue = (await makeTask(w, { agencyId: f, dueOn: inDays(-2), title: "Báo cáo quyết toán" })).id;
  tasks.far = (await makeTask(w, { agencyId: f, dueOn: inDays(30) })).id;
  tasks.submitted = (await makeTask(w, { agencyId: f, dueOn: inDays(1), status: "SUBMITTED" })).id;
  const returned = await makeTask(w, {
    agencyId: f,
    dueOn: inDays(60),
    status: "RETURNED",
    progress: 50,
    title: "Số hoá hồ sơ",
  });
  tasks.returned = returned.id;
  await db.taskUpdate.create({
    data: {
      taskId: returned.id,
      userId: w.users.homeAffairs.id,
      fromStatus: "SUBMITTED",
      toStatus: "RETURNED",
      note: "Thiếu tài liệu kiểm chứng",
    },
  });
  await db.user.update({ where: { id: w.users.financeStaff.id }, data: { emailNotifications: false } });
  // The job mails every province's pending notifications, and the files before this one (same database) leave
  // hundreds: at ~80 ms a message they made this test's run depend on the test order (once past its timeout).
  // Only this world's users are mailed here; the others' notifications and reminders are made and skipped.
  const others = { provinceId: { not: w.provinceId } };
  await db.notification.updateMany({ where: { ...others, emailSentAt: null }, data: { emailSkipped: true } });
  await db.user.updateMany({ where: others, data: { emailNotifications: false } });
});

afterAll(async () => {
  await smtp.close();
});

describe("reminders", () => {
  it("two queue workers at once make each reminder once and mail it once", async () => {
    const utils = await makeWorkerUtils({ connectionString: requireDatabaseUrl() });
    try {
      await utils.migrate();
      await utils.addJob("reminders", {});
      await utils.addJob("reminders", {});
    } finally {
      await utils.release();
    }
    await Promise.all([
      runReadyJobs(requireDatabaseUrl(), { db, mail }),
      runReadyJobs(requireDatabaseUrl(), { db, mail }),
    ]);

    const mine = await db.notification.findMany({ where: { provinceId: w.provinceId }, orderBy: { kind: "asc" } });
    const byUser = (userId: string) =>
      mine
        .filter((n) => n.userId === userId)
        .map((n) => `${n.kind} ${n.href}`)
        .sort();
    const expected = [
      `task.due1 /nhiem-vu/${tasks.due1}`,
      `task.due3 /nhiem-vu/${tasks.due3}`,
      `task.due7 /nhiem-vu/${tasks.due7}`,
      `task.overdue /nhiem-vu/${tasks.overdue}`,
      `task.returned /nhiem-vu/${tasks.returned}`,
    ];
    expect(byUser(w.users.financeHead.id)).toEqual(expected);
    expect(byUser(w.users.financeStaff.id)).toEqual(expected); // in-app even with email off
    expect(mine.every((n) => n.userId === w.users.financeHead.id || n.userId === w.users.financeStaff.id)).toBe(true);

    const head = mailTo(smtp, w.users.financeHead.email);
    expect(head).toHaveLength(5);
    const subjects = head.map((m) => m.subject ?? "");
    expect(subjects).toContain("[PAR Tracker] Còn 7 ngày đến hạn: Công khai dự toán ngân sách");
    expect(subjects).toContain("[PAR Tracker] Nhiệm vụ quá hạn: Báo cáo quyết toán");
    expect(subjects).toContain("[PAR Tracker] Sở Nội vụ trả lại nhiệm vụ: Số hoá hồ sơ");
    const returnedMail = head.find((m) => m.subject?.includes("Số hoá hồ sơ"));
    expect(returnedMail?.text).toContain(
      "Sở Nội vụ đã trả lại kết quả nhiệm vụ “Số hoá hồ sơ”. Lý do: Thiếu tài liệu kiểm chứng",
    );
    expect(returnedMail?.text).toContain(`http://par.test/nhiem-vu/${tasks.returned}`);
    const dueMail = head.find((m) => m.subject?.includes("Công khai dự toán"));
    expect(dueMail?.text).toContain("(còn 7 ngày)");
    expect(dueMail?.from?.text).toContain("noreply@par.test");
    expect(mailTo(smtp, w.users.financeStaff.email)).toHaveLength(0); // opted out
    const sent = await db.notification.findMany({ where: { userId: w.users.financeHead.id } });
    expect(sent.every((n) => n.emailSentAt !== null)).toBe(true);

    // A third run later the same day adds nothing and mails nothing.
    const before = smtp.received.length;
    const again = await runReminders({ db, mail });
    expect(again.created).toBe(0);
    expect(smtp.received.length).toBe(before);
  });

  it("SMTP down: the notification is kept, nothing is marked sent, the job fails and is retried later", async () => {
    const task = await makeTask(w, { agencyId: w.agencies.health.id, dueOn: inDays(1), title: "Khảo sát sự hài lòng" });
    const down: MailConfig = { ...mail, url: `smtp://127.0.0.1:${await closedPort()}` };
    await expect(runReminders({ db, mail: down })).rejects.toBeInstanceOf(MailDeliveryError);
    const n = (await db.notification.findMany({ where: { userId: w.users.healthHead.id } }))[0]!;
    expect(n.href).toBe(`/nhiem-vu/${task.id}`);
    expect(n.emailSentAt).toBeNull();
    expect(n.emailAttempts).toBe(1);
    expect(n.emailError).toBeTruthy();

    // Through the queue: the failed job is rescheduled (run_at in the future), not dropped.
    const utils = await makeWorkerUtils({ connectionString: requireDatabaseUrl() });
    try {
      await utils.addJob("reminders", {}, { jobKey: `retry-test-${w.tag}`, maxAttempts: 5 });
    } finally {
      await utils.release();
    }
    await runReadyJobs(requireDatabaseUrl(), { db, mail: down });
    const [job] = await db.$queryRaw<{ attempts: number; last_error: string | null; future: boolean }[]>`
      SELECT attempts, last_error, run_at > now() AS future FROM graphile_worker.jobs WHERE key = ${`retry-test-${w.tag}`}`;
    if (!job) throw new Error("the job row is gone");
    expect(job.attempts).toBe(1);
    expect(job.future).toBe(true);
    expect(job.last_error).toContain("Không gửi được email thông báo");
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailSentAt).toBeNull();

    // The server is back: the next run mails it, once.
    await runReminders({ db, mail });
    const received = mailTo(smtp, w.users.healthHead.email);
    expect(received).toHaveLength(1);
    expect(received[0]?.subject).toBe("[PAR Tracker] Còn 1 ngày đến hạn: Khảo sát sự hài lòng");
    expect(received[0]?.text).toContain("Nhiệm vụ “Khảo sát sự hài lòng” đến hạn ngày");
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailSentAt).not.toBeNull();
  });
});
