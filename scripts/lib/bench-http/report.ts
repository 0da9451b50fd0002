// bench:http's verdicts and output: the budgets applied to each page, a table for people and JSON for CI.
import os from "node:os";
import { formatDecimal } from "@/lib/format";
import type { Run, Target } from "./measure";

export type PageResult = {
  name: string;
  path: string;
  status: number;
  htmlBytes: number;
  alone: Run;
  load: Run;
  lostUpdates?: number;
  /** the floor (the prerendered page)'s req/s measured just before this page: the relative budget's reference */
  floorRps?: number;
  /** the sign-in page's req/s measured just before this page, for comparison: judged on nothing */
  signInRps?: number;
  /** the floor's check: Next served it prerendered (`probe`) */
  prerendered?: boolean;
  /** the status the page answers with when it is not 200 (the floor's 404) */
  expectedStatus?: number;
  failures: string[];
};

/**
 * Issue 13's budgets. Requests/s: 160 on the reference 2-core machine, or 0,30 × the static sign-in page measured
 * in the same run. The sign-in page is no longer static (the per-request CSP nonce renders every page per request),
 * so the static page is the one the app still serves prerendered, an unknown address's 404 page, through the same
 * server and with the same headers; it is measured just before each page (`PageResult.floorRps`).
 */
export const BUDGETS = { rps: 160, rpsVsFloor: 0.3, p95AloneMs: 25, htmlBytes: 120 * 1024, writeRps: 100 };

/**
 * How speed is judged: "absolute" (≥ 160 req/s), "relative" (≥ 0,30 × the static page of the same run), or "ci":
 * not at all — a CI machine's speed says nothing — only what is wrong on any machine: a wrong HTTP status, an
 * error, a lost update, a page over its weight.
 */
export type JudgeMode = "absolute" | "relative" | "ci";

export function judge(target: Target, r: Omit<PageResult, "failures">, floorRps: number, mode: JudgeMode): string[] {
  const failures: string[] = [];
  const expected = target.status ?? 200;
  if (r.status !== expected) failures.push(`HTTP ${r.status} thay vì ${expected}`);
  // a floor rendered per request would lower the relative budget without a word
  if (target.budget === "floor" && r.prerendered === false)
    failures.push("không còn là trang dựng sẵn (không có x-nextjs-prerender): mức sàn không đúng");
  if (target.budget === "none" || target.budget === "floor" || target.budget === "signin") return failures;
  if (r.load.errors > 0 || r.alone.errors > 0) failures.push(`${r.load.errors + r.alone.errors} lỗi`);
  const speed = mode !== "ci";
  if (target.budget === "write") {
    if (speed && r.load.rps < BUDGETS.writeRps) failures.push(`${r.load.rps.toFixed(0)}/s < ${BUDGETS.writeRps}/s`);
    if (r.lostUpdates) failures.push(`${r.lostUpdates} cập nhật bị mất`);
    return failures;
  }
  if (speed) {
    const need = mode === "absolute" ? BUDGETS.rps : BUDGETS.rpsVsFloor * floorRps;
    if (r.load.rps < need) failures.push(`${r.load.rps.toFixed(0)}/s < ${need.toFixed(0)}/s`);
    if (r.alone.p95 > BUDGETS.p95AloneMs)
      failures.push(`p95 một kết nối ${Math.round(r.alone.p95)} ms > ${BUDGETS.p95AloneMs} ms`);
  }
  if (target.budget === "html" && r.htmlBytes > BUDGETS.htmlBytes)
    failures.push(`HTML ${kb(r.htmlBytes)} > ${kb(BUDGETS.htmlBytes)}`);
  return failures;
}

/**
 * The sign-in page against the static page, over the pairs measured before the budgeted pages: the rate of the
 * smallest page rendered per request, as a share of the floor. An empty page rendered per request measured the same
 * (README, "the throughput budget is above any rendered page"), so this bounds what a budgeted page's ratio can be
 * in that run (null when nothing was paired).
 */
export function renderedCeiling(results: PageResult[]): { min: number; max: number } | null {
  const ratios = results.flatMap((r) => (r.floorRps && r.signInRps ? [r.signInRps / r.floorRps] : []));
  return ratios.length ? { min: Math.min(...ratios), max: Math.max(...ratios) } : null;
}

const share = (v: number) => formatDecimal(v.toFixed(2));

/** The line under the table that sets the ceiling beside the relative budget (none when nothing was paired). */
export function ceilingNote(ceiling: ReturnType<typeof renderedCeiling>): string | null {
  if (!ceiling) return null;
  return `Trang dựng theo từng yêu cầu nhỏ nhất (/dang-nhap): ${share(ceiling.min)}–${share(ceiling.max)} × trang tĩnh; ngân sách tương đối: ${share(BUDGETS.rpsVsFloor)} ×.`;
}

/** Errors with the statuses that were not 2xx, e.g. "12 (409×10, 500×2)". */
function errorCell(r: PageResult): string {
  const total = r.alone.errors + r.load.errors;
  const odd = new Map<string, number>();
  for (const run of [r.alone, r.load])
    for (const [status, n] of Object.entries(run.statuses ?? {}))
      if (!status.startsWith("2") && Number(status) !== r.expectedStatus) odd.set(status, (odd.get(status) ?? 0) + n);
  const detail = [...odd].map(([status, n]) => `${status}×${n}`).join(", ");
  return detail ? `${total} (${detail})` : String(total);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
// NaN (no answer within the run) becomes null in the JSON: both print as "—".
const ms = (v: number | null) => (v === null || Number.isNaN(v) ? "—" : String(Math.round(v)));

export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    model: cpus[0]?.model.trim() ?? "?",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg().map((v) => Number(v.toFixed(2))),
  };
}

/** "110.2 (0.19 × 595; 0.43 × 257)": the page, then against the static floor and the sign-in page measured before it. */
function rpsCell(r: PageResult): string {
  const rps = r.load.rps.toFixed(1);
  const against = (reference?: number) =>
    reference ? `${(r.load.rps / reference).toFixed(2)} × ${reference.toFixed(0)}` : null;
  const ratios = [against(r.floorRps), against(r.signInRps)].filter(Boolean);
  return ratios.length ? `${rps} (${ratios.join("; ")})` : rps;
}

export function table(results: PageResult[], connections: number): string {
  const head = [
    "trang",
    `req/s @${connections} (× trang tĩnh; × /dang-nhap, đo ngay trước)`,
    "p50/p95/p99 một kết nối (ms)",
    `p50/p95/p99 @${connections} (ms)`,
    "lỗi",
    "byte/phản hồi",
    "ngân sách",
  ];
  const rows = results.map((r) => [
    r.name,
    rpsCell(r),
    `${ms(r.alone.p50)}/${ms(r.alone.p95)}/${ms(r.alone.p99)}`,
    `${ms(r.load.p50)}/${ms(r.load.p95)}/${ms(r.load.p99)}`,
    errorCell(r),
    r.htmlBytes ? kb(r.htmlBytes) : kb(r.load.bytesPerResponse),
    r.failures.length === 0 ? "đạt" : `VƯỢT: ${r.failures.join("; ")}`,
  ]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
