// The exports' part of the benchmark: time and memory of each file the app hands out, at the bench's size.
// Memory is the peak of heapUsed + external + arrayBuffers (sampled every 5 ms) above what it was just before
// the export started: with rows streamed it stays flat as the list grows, whereas a workbook built in memory
// grows with every row. CPU time (user + system of this process) is printed beside the wall time: on a machine
// shared with other work it is the steadier of the two.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeFileAtomically } from "@/lib/export/atomic";
import { auditTable, taskTable } from "@/lib/export/lists";
import { writeConsolidated } from "@/lib/export/report";
import { writeTable } from "@/lib/export/table";
import { loadConsolidatedReport } from "@/lib/reports/consolidated";
import type { BenchProvince } from "./generate";

type ExportRun = { name: string; ms: number; cpuMs: number; bytes: number; peakMb: number };

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

async function measureExport(name: string, file: string, write: () => Promise<void>): Promise<ExportRun> {
  global.gc?.();
  const base = used();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, used())), 5);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await write();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  return {
    name,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    bytes: fs.statSync(file).size,
    peakMb: (Math.max(peak, used()) - base) / 1_048_576,
  };
}

export async function benchExports(p: BenchProvince, periodKey: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "par-bench-export-"));
  try {
    const report = await loadConsolidatedReport(p.provinceId, periodKey);
    const rows: ExportRun[] = [];
    // The PDF twice: the first export of a process also reads the embedded font files (lib/export/pdf-kit.ts).
    const formats = [
      ["xlsx", "XLSX"],
      ["docx", "DOCX"],
      ["pdf", "PDF, lần đầu: đọc tệp phông chữ"],
      ["pdf", "PDF, các lần sau"],
    ] as const;
    for (const [format, label] of formats) {
      const file = path.join(dir, `report.${format}`);
      rows.push(
        await measureExport(`Báo cáo tổng hợp ${periodKey} (${label})`, file, () =>
          writeFileAtomically(file, (out) => writeConsolidated(report, format, out)),
        ),
      );
    }
    for (const format of ["xlsx", "csv"] as const) {
      const tasks = path.join(dir, `tasks.${format}`);
      rows.push(
        await measureExport(`Danh sách nhiệm vụ cả tỉnh (${format.toUpperCase()})`, tasks, () =>
          writeFileAtomically(tasks, (out) =>
            writeTable(taskTable({ provinceId: p.provinceId }, "bench"), format, out),
          ),
        ),
      );
      const audit = path.join(dir, `audit.${format}`);
      rows.push(
        await measureExport(`Nhật ký thay đổi (${format.toUpperCase()})`, audit, () =>
          writeFileAtomically(audit, (out) => writeTable(auditTable(p.provinceId, "bench"), format, out)),
        ),
      );
    }
    console.log(
      `\nTệp xuất (${report.fields.reduce((n, f) => n + f.criteria.reduce((m, c) => m + c.measures.reduce((k, x) => k + x.agencies.length, 0), 0), 0)} dòng phụ lục; ${p.tasks} nhiệm vụ):`,
    );
    console.log("| Tệp | Thời gian (ms) | CPU (ms) | Kích thước (KB) | Bộ nhớ tăng thêm tối đa (MB) |");
    console.log("|---|---:|---:|---:|---:|");
    for (const r of rows)
      console.log(
        `| ${r.name} | ${r.ms.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${(r.bytes / 1024).toFixed(0)} | ${r.peakMb.toFixed(1)} |`,
      );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
