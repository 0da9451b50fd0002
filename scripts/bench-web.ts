// `npm run bench:web [-- --base URL] [--json] [--no-budget] [--dashboard-only] [--ci] [--port N]`: Lighthouse (mobile and desktop presets) on the
// leadership dashboard, an agency board and a task page, each with a signed-in session, in the system Chromium, and
// the sign-in page signed out (this machine's floor, printed beside the dashboard; it judges nothing).
// Prints the performance and accessibility scores, total blocking time, the JavaScript each page loads and the RSC
// requests it sends while loading (link prefetches), and exits non-zero when the dashboard misses its budget (issue 13)
// or any page prefetches. Without --base it starts the production server against DATABASE_URL on port 3390
// (building .next-bench first when needed) and stops it at the end.
// --ci (npm run test:bench): the mobile preset only, failing only on the JavaScript weight, accessibility and prefetches.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { ensureBuild, startApp } from "./lib/bench-http/app";
import { firstTaskPath, signIn } from "./lib/bench-http/session";
import { FLOOR_PAGE, floorNote, WEB_BUDGET, type WebRow, webOverBudget } from "./lib/bench-web/judge";
import { ensureChromium } from "./lib/chromium";

/** `email: null`: loaded signed out. */
type Page = {
  name: string;
  path: (base: string, cookie: string) => Promise<string>;
  email: string | null;
  budget: boolean;
};
type Row = WebRow;
const BUDGET = WEB_BUDGET;
const CI = process.argv.includes("--ci");

const PAGES: Page[] = [
  { name: "Bảng điều khiển", path: async () => "/bang-dieu-khien", email: "lanhdao@demo.par.vn", budget: true },
  { name: "Bảng nhiệm vụ (Sở Tài chính)", path: async () => "/nhiem-vu", email: "taichinh@demo.par.vn", budget: false },
  { name: "Trang nhiệm vụ", path: firstTaskPath, email: "taichinh@demo.par.vn", budget: false },
  // This machine's floor, measured beside the pages in the same run: the smallest page, signed out (bench:http's
  // floor too). Lighthouse's simulated slowdown multiplies the host's own speed, so the framework and the browser
  // alone cost this much blocking time here; the dashboard's budget is judged as written, the floor is printed.
  { name: FLOOR_PAGE, path: async () => "/dang-nhap", email: null, budget: false },
];

function rowOf(page: string, preset: Row["preset"], lhr: Result): Row {
  const requests = (
    lhr.audits["network-requests"]?.details as {
      items?: { url?: string; resourceType?: string; transferSize?: number }[];
    }
  )?.items;
  const scripts = requests?.filter((i) => i.resourceType === "Script");
  return {
    page,
    preset,
    performance: lhr.categories.performance?.score ?? 0,
    accessibility: lhr.categories.accessibility?.score ?? 0,
    tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
    scriptKB: Math.round((scripts ?? []).reduce((n, s) => n + (s.transferSize ?? 0), 0) / 102.4) / 10,
    scripts: scripts?.length ?? 0,
    rscRequests: requests?.filter((i) => /[?&]_rsc=/.test(i.url ?? "")).length ?? 0,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

type Server = { baseUrl: string; stop: () => Promise<void> };

async function measure(server: Server, port: number): Promise<Row[]> {
  const rows: Row[] = [];
  const only = process.argv.includes("--dashboard-only");
  for (const page of only ? PAGES.filter((p) => p.budget || p.name === FLOOR_PAGE) : PAGES) {
    const cookie = page.email ? await signIn(server.baseUrl, page.email) : "";
    const url = server.baseUrl + (await page.path(server.baseUrl, cookie));
    for (const preset of CI ? (["mobile"] as const) : (["mobile", "desktop"] as const)) {
      const flags: Flags = {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: cookie ? { Cookie: cookie } : {},
      };
      const result = await lighthouse(url, flags, preset === "desktop" ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}.`);
      rows.push(rowOf(page.name, preset, result.lhr));
    }
  }
  return rows;
}

function overBudget(rows: Row[]): string[] {
  const budgeted = new Set(PAGES.filter((p) => p.budget).map((p) => p.name));
  return webOverBudget(rows, budgeted, CI ? "ci" : "full");
}

function print(rows: Row[]): void {
  console.log(
    "\n| Trang | Cấu hình | Hiệu năng | Trợ năng | TBT (ms) | LCP (ms) | JavaScript (KB, nén) | Số tệp JS | Yêu cầu RSC khi tải | benchmarkIndex |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows)
    console.log(
      `| ${r.page} | ${r.preset} | ${r.performance.toFixed(2)} | ${r.accessibility.toFixed(2)} | ${r.tbtMs} | ${r.lcpMs} | ${r.scriptKB} | ${r.scripts} | ${r.rscRequests} | ${r.benchmarkIndex} |`,
    );
  for (const note of floorNote(rows, PAGES.find((p) => p.budget)?.name ?? "")) console.log(note);
}

/** The production build (.next-bench, built when missing) against DATABASE_URL, one instance on port 3390. */
async function startOwnServer(): Promise<Server> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Cần DATABASE_URL (hoặc --base URL của một máy chủ đang chạy).");
  await ensureBuild(false, databaseUrl);
  const args = process.argv;
  const port = args.includes("--port") ? Number(args[args.indexOf("--port") + 1]) : 3389;
  return startApp({ databaseUrl, instances: 1, port, evidenceDir: ".data/evidence-bench-web" });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const given = args.includes("--base") ? args[args.indexOf("--base") + 1] : undefined;
  const server: Server = given ? { baseUrl: given, stop: async () => {} } : await startOwnServer();
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const rows = await measure(server, chrome.port);
    const problems = args.includes("--no-budget") ? [] : overBudget(rows);
    if (args.includes("--json")) console.log(JSON.stringify({ rows, budget: BUDGET, overBudget: problems }, null, 2));
    else print(rows);
    for (const p of problems) console.error(`✖ Vượt ngân sách: ${p}`);
    process.exitCode = problems.length > 0 ? 1 : 0;
  } finally {
    chrome.kill();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
