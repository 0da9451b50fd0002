// npm run bench:views [-- --views 20 --port 3420]
// What one page view really costs the server: the production build (.next-bench, built when missing) against the
// db:seed:scale database of DATABASE_URL, each page opened in the system Chromium as a signed-in user of its role,
// scrolled to the bottom and left until the network is idle, N times (20 by default). Prints, per page, the requests
// each view sent to the app that the browser's cache did not answer (its document and whatever its scripts asked
// for: link prefetches, server actions, revalidations) and the app process's CPU per view (user + system, from
// /proc). bench:http measures the documents alone; a view whose links are prefetched costs several times that
// (components/ui/Link.tsx). Linux only (/proc).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import pg from "pg";
import { ensureBuild, startApp } from "./lib/bench-http/app";
import { firstTaskPath, signIn } from "./lib/bench-http/session";
import { ensureChromium } from "./lib/chromium";
import { scaleAccounts } from "./lib/scale-summary";

const { values: flags } = parseArgs({
  options: { views: { type: "string", default: "20" }, port: { type: "string", default: "3420" } },
});

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

/** CPU milliseconds of a process and all its descendants (the tsx launcher runs the server as its child). */
function treeCpuMs(pid: number): number {
  let total = 0;
  const walk = (p: number) => {
    const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    for (const task of fs.readdirSync(`/proc/${p}/task`)) {
      const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(" ") : []) walk(Number(child));
    }
  };
  walk(pid);
  return total;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Cần DATABASE_URL của một cơ sở dữ liệu db:seed:scale.");
  const views = Number(flags.views);
  if (!Number.isInteger(views) || views < 1) throw new Error("--views phải là số nguyên dương.");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const accounts = await scaleAccounts(client).finally(() => client.end());
  if (!accounts) throw new Error("Không thấy tỉnh thử nghiệm: hãy chạy `npm run db:seed:scale` trước.");
  const pages = [
    {
      name: `/nhiem-vu cơ quan điển hình (${accounts.typicalAgency.tasks} nv)`,
      path: "/nhiem-vu",
      email: accounts.typicalAgency.staff,
    },
    {
      name: `/nhiem-vu cơ quan lớn (${accounts.largeAgency.tasks} nv)`,
      path: "/nhiem-vu",
      email: accounts.largeAgency.staff,
    },
    { name: "/duyet hàng chờ duyệt", path: "/duyet", email: accounts.homeAffairs },
    { name: "/tien-do tổng quan", path: "/tien-do", email: accounts.homeAffairs },
    { name: "/bao-cao báo cáo", path: "/bao-cao", email: accounts.homeAffairs },
    { name: "/bang-dieu-khien lãnh đạo", path: "/bang-dieu-khien", email: accounts.leadership },
    { name: "/nhiem-vu/[id] trang nhiệm vụ", path: "task", email: accounts.largeAgency.staff },
  ];

  await ensureBuild(false, databaseUrl);
  const app = await startApp({
    databaseUrl,
    instances: 1,
    port: Number(flags.port),
    evidenceDir: ".data/evidence-bench-views",
  });
  const pid = app.pids[0];
  const appOrigin = new URL(app.baseUrl).origin;
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    console.log("\n| trang | yêu cầu tới ứng dụng / lượt xem | CPU máy chủ / lượt xem (ms) |\n| --- | --- | --- |");
    for (const page of pages) {
      const cookie = await signIn(app.baseUrl, page.email);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies(
        cookie
          .split("; ")
          .map((c) => ({ name: c.slice(0, c.indexOf("=")), value: c.slice(c.indexOf("=") + 1), url: app.baseUrl })),
      );
      // the task page: the first task the large agency's board links to
      const path = page.path === "task" ? await firstTaskPath(app.baseUrl, cookie) : page.path;
      const tab = await context.newPage();
      // Requests that reached the server: Chromium's own network log, without what its cache answered.
      let requests = 0;
      const cdp = await context.newCDPSession(tab);
      await cdp.send("Network.enable");
      const fromMemory = new Set<string>();
      cdp.on("Network.requestServedFromCache", (e) => fromMemory.add(e.requestId));
      cdp.on("Network.responseReceived", (e) => {
        if (e.response.fromDiskCache || fromMemory.has(e.requestId)) return;
        const url = new URL(e.response.url);
        if (url.origin === appOrigin && !url.pathname.startsWith("/_next/static/")) requests++;
      });
      const view = async () => {
        await tab.goto(app.baseUrl + path, { waitUntil: "networkidle" });
        await tab.mouse.wheel(0, 20_000); // every link comes into view, as a reader scrolling would bring it
        await tab.waitForTimeout(300);
        await tab.waitForLoadState("networkidle");
      };
      await view(); // warm: the route's first render and the browser's cache
      requests = 0;
      const before = pid ? treeCpuMs(pid) : 0;
      for (let i = 0; i < views; i++) await view();
      const cpu = pid ? (treeCpuMs(pid) - before) / views : Number.NaN;
      console.log(`| ${page.name} | ${(requests / views).toFixed(1)} | ${cpu.toFixed(0)} |`);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
