// The benchmark's measuring side: a Prisma client that counts every SQL statement it sends (query events),
// installed as the app's one client before lib/db is imported, and a timer that reports the median of N runs.
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Loader = { name: string; run: () => Promise<unknown> };
/** A section of the report: one page's loaders. Add a section to bench another page. */
export type Section = { title: string; loaders: Loader[] };
export type Measurement = {
  section: string;
  loader: string;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  queries: number;
};

let queries = 0;

/** Creates the counting client and makes it the one `lib/db` exports (it reuses `globalThis.prisma`). */
export function installCountingClient(databaseUrl: string): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", () => {
    queries += 1;
  });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  return client;
}

export async function measure(section: Section, runs: number, warmup = 2): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (const loader of section.loaders) {
    for (let i = 0; i < warmup; i++) await loader.run();
    const times: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = queries;
      const t0 = performance.now();
      await loader.run();
      times.push(performance.now() - t0);
      counts.push(queries - before);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
    out.push({
      section: section.title,
      loader: loader.name,
      medianMs: at(0.5),
      p90Ms: at(0.9),
      minMs: times[0] ?? NaN,
      queries: Math.max(...counts),
    });
  }
  return out;
}

const ms = (v: number) => v.toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function printTable(rows: Measurement[], runs: number): void {
  const header = [
    "Trang",
    "Loader",
    `Trung vị (ms, ${runs} lần)`,
    "p90 (ms)",
    "Nhanh nhất (ms)",
    "Số truy vấn SQL / lần",
  ];
  const body = rows.map((r) => [r.section, r.loader, ms(r.medianMs), ms(r.p90Ms), ms(r.minMs), String(r.queries)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const b of body) console.log(line(b));
}
