// The benchmarks' verdicts (issue 13): with --ci they fail on what is wrong on any machine — a wrong HTTP status,
// an error, a lost update, a page over its weight, too much JavaScript, an accessibility fault — and never on
// speed; without it, on the speed budgets too. No database: the judges are pure.
import { describe, expect, it } from "vitest";
import type { Run, Target } from "@/scripts/lib/bench-http/measure";
import { BUDGETS, ceilingNote, judge, renderedCeiling } from "@/scripts/lib/bench-http/report";
import { FLOOR_PAGE, floorNote, type WebRow, webOverBudget } from "@/scripts/lib/bench-web/judge";

const run = (over: Partial<Run> = {}): Run => ({
  connections: 1,
  rps: 500,
  p50: 5,
  p95: 10,
  p99: 12,
  requests: 100,
  ok: 100,
  errors: 0,
  statuses: { "200": 100 },
  bytesPerResponse: 50_000,
  ...over,
});
const target = (budget: Target["budget"]): Target => ({ name: "x", path: "/x", cookie: null, budget });
const result = (over: {
  status?: number;
  htmlBytes?: number;
  alone?: Partial<Run>;
  load?: Partial<Run>;
  lost?: number;
}) => ({
  name: "x",
  path: "/x",
  status: over.status ?? 200,
  htmlBytes: over.htmlBytes ?? 60_000,
  alone: run(over.alone),
  load: run({ connections: 50, ...over.load }),
  lostUpdates: over.lost,
});

describe("bench:http's judge", () => {
  it("passes a healthy page in every mode", () => {
    for (const mode of ["ci", "relative", "absolute"] as const)
      expect(judge(target("html"), result({}), 600, mode)).toEqual([]);
  });

  it("in CI, ignores speed but not status, errors, weight or lost updates", () => {
    const slow = result({ alone: { p95: 900 }, load: { rps: 1 } });
    expect(judge(target("html"), slow, 600, "ci")).toEqual([]);
    expect(judge(target("html"), slow, 600, "relative")).toEqual(["1/s < 180/s", "p95 một kết nối 900 ms > 25 ms"]);
    expect(judge(target("html"), slow, 600, "absolute")).toContain("1/s < 160/s");
    expect(judge(target("page"), result({ status: 500 }), 600, "ci")).toEqual(["HTTP 500 thay vì 200"]);
    expect(judge(target("page"), result({ load: { errors: 3 } }), 600, "ci")).toEqual(["3 lỗi"]);
    expect(judge(target("html"), result({ htmlBytes: BUDGETS.htmlBytes + 1 }), 600, "ci")).toEqual([
      "HTML 120 KB > 120 KB",
    ]);
    expect(judge(target("html"), result({ htmlBytes: BUDGETS.htmlBytes }), 600, "ci")).toEqual([]);
    expect(judge(target("page"), result({ htmlBytes: 500_000 }), 600, "ci")).toEqual([]); // weight budgets "html" only
  });

  it("judges a write by its lost updates (and its rate outside CI)", () => {
    expect(judge(target("write"), result({ load: { rps: 20 }, lost: 0 }), 600, "ci")).toEqual([]);
    expect(judge(target("write"), result({ load: { rps: 20 }, lost: 2 }), 600, "ci")).toEqual(["2 cập nhật bị mất"]);
    expect(judge(target("write"), result({ load: { rps: 20 } }), 600, "relative")).toEqual(["20/s < 100/s"]);
  });

  it("checks only the status of the floor, of the sign-in page and of unbudgeted pages", () => {
    const floor: Target = { ...target("floor"), status: 404 };
    const served = { ...result({ status: 404, load: { rps: 1 } }), prerendered: true };
    expect(judge(floor, served, 0, "relative")).toEqual([]);
    expect(judge(floor, { ...served, status: 200 }, 0, "ci")).toEqual(["HTTP 200 thay vì 404"]);
    expect(judge(target("signin"), result({ load: { errors: 9, rps: 1 } }), 0, "relative")).toEqual([]);
    expect(judge(target("none"), result({ status: 404 }), 0, "ci")).toEqual(["HTTP 404 thay vì 200"]);
  });

  it("fails a floor that is rendered per request, on any machine: it would lower the relative budget", () => {
    const floor: Target = { ...target("floor"), status: 404 };
    const rendered = { ...result({ status: 404 }), prerendered: false };
    expect(judge(floor, rendered, 0, "ci")).toEqual([
      "không còn là trang dựng sẵn (không có x-nextjs-prerender): mức sàn không đúng",
    ]);
  });

  it("judges the rate against the floor: 0,30 × the static page, not the sign-in page", () => {
    const page = result({ load: { rps: 110 } });
    expect(judge(target("page"), { ...page, signInRps: 250 }, 600, "relative")).toEqual(["110/s < 180/s"]);
    expect(judge(target("page"), page, 360, "relative")).toEqual([]);
  });
});

describe("bench:http's ceiling of rendered pages", () => {
  const paired = (floorRps?: number, signInRps?: number) => ({ ...result({}), floorRps, signInRps, failures: [] });
  it("is the sign-in page over the static page, lowest and highest of the pairs measured", () => {
    expect(renderedCeiling([paired(1000, 200), paired(1250, 150), paired(800, 200)])).toEqual({ min: 0.12, max: 0.25 });
  });
  it("skips rows measured without their pair, and is null when no row was paired", () => {
    expect(renderedCeiling([paired(1000, 200), paired(undefined, 300), paired(900, undefined)])).toEqual({
      min: 0.2,
      max: 0.2,
    });
    expect(renderedCeiling([paired(), paired(1000, undefined)])).toBeNull();
  });
  it("is printed with Vietnamese decimals beside the relative budget, and not at all when nothing was paired", () => {
    expect(ceilingNote({ min: 0.126, max: 0.25 })).toBe(
      "Trang dựng theo từng yêu cầu nhỏ nhất (/dang-nhap): 0,13–0,25 × trang tĩnh; ngân sách tương đối: 0,30 ×.",
    );
    expect(ceilingNote(null)).toBeNull();
  });
});

describe("bench:web's judge", () => {
  const row = (over: Partial<WebRow> = {}): WebRow => ({
    page: "Bảng điều khiển",
    preset: "mobile",
    performance: 0.97,
    accessibility: 1,
    tbtMs: 90,
    lcpMs: 1800,
    scriptKB: 160,
    scripts: 12,
    rscRequests: 0,
    benchmarkIndex: 2000,
    ...over,
  });
  const budgeted = new Set(["Bảng điều khiển"]);

  it("fails a slow dashboard only outside CI", () => {
    const slow = [row({ performance: 0.8, tbtMs: 400 })];
    expect(webOverBudget(slow, budgeted, "ci")).toEqual([]);
    expect(webOverBudget(slow, budgeted, "full")).toEqual([
      "Bảng điều khiển: hiệu năng 0.8 < 0.95",
      "Bảng điều khiển: TBT 400 ms > 150 ms",
    ]);
  });

  it("fails too much JavaScript or an accessibility fault in CI too", () => {
    expect(webOverBudget([row({ scriptKB: 201 })], budgeted, "ci")).toEqual([
      "Bảng điều khiển: JavaScript 201 KB > 200 KB",
    ]);
    expect(webOverBudget([row({ accessibility: 0.98 })], budgeted, "ci")).toEqual([
      "Bảng điều khiển: trợ năng 0.98 < 1",
    ]);
  });

  it("fails a page that prefetches its links, on any machine", () => {
    const board = row({ page: "Bảng nhiệm vụ (Sở Tài chính)", rscRequests: 18 });
    expect(webOverBudget([board], budgeted, "ci")).toEqual([
      "Bảng nhiệm vụ (Sở Tài chính): 18 yêu cầu RSC khi tải trang (tải trước liên kết)",
    ]);
  });

  it("judges mobile rows; speed on the budgeted page only, weight and accessibility on every page", () => {
    expect(webOverBudget([row({ preset: "desktop", scriptKB: 999 })], budgeted, "full")).toEqual([]);
    const task = row({ page: "Trang nhiệm vụ", performance: 0.5, tbtMs: 900 });
    expect(webOverBudget([task], budgeted, "full")).toEqual([]);
    expect(webOverBudget([{ ...task, scriptKB: 208.5 }], budgeted, "ci")).toEqual([
      "Trang nhiệm vụ: JavaScript 208.5 KB > 200 KB",
    ]);
    expect(webOverBudget([{ ...task, accessibility: 0.9 }], budgeted, "ci")).toEqual([
      "Trang nhiệm vụ: trợ năng 0.9 < 1",
    ]);
  });

  it("sets the dashboard beside the floor of the same run, per preset, and judges nothing by it", () => {
    const rows = [
      row({ performance: 0.85, tbtMs: 520 }),
      row({ page: FLOOR_PAGE, performance: 0.91, tbtMs: 270 }),
      row({ preset: "desktop", performance: 0.99, tbtMs: 20 }),
      row({ page: FLOOR_PAGE, preset: "desktop", performance: 1, tbtMs: 35 }),
    ];
    expect(floorNote(rows, "Bảng điều khiển")).toEqual([
      `Mức sàn (mobile): trang đăng nhập 0,91, TBT 270 ms; Bảng điều khiển 0,85, TBT 520 ms (+250 ms so với sàn).`,
      `Mức sàn (desktop): trang đăng nhập 1,00, TBT 35 ms; Bảng điều khiển 0,99, TBT 20 ms (−15 ms so với sàn).`,
    ]);
    expect(floorNote(rows.slice(0, 1), "Bảng điều khiển")).toEqual([]);
    expect(webOverBudget(rows.slice(1, 2), budgeted, "full")).toEqual([]);
  });
});
