// The reporting part of the benchmark: the latest plan's calendar for the current year and, for the current
// quarter, a submitted report (frozen snapshot of its task rows) from two agencies out of three, so the
// consolidated report reads real report rows. Then the section that times building it.
import type { PrismaClient } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { provinceToday } from "@/lib/format";
import { createDefaultCalendar } from "@/lib/reports/calendar";
import { loadConsolidatedReport } from "@/lib/reports/consolidated";
import { loadPeriodMatrix } from "@/lib/reports/data";
import { loadReportTaskRows } from "@/lib/reports/task-rows";
import type { BenchProvince } from "./generate";
import type { Section } from "./harness";

const today = provinceToday();
const year = today.getUTCFullYear();
export const BENCH_QUARTER = `${year}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;

export async function prepareReports(
  client: PrismaClient,
  p: BenchProvince,
): Promise<{ periods: number; reports: number }> {
  const calendar = await client.$transaction((tx) => createDefaultCalendar(tx, p.latestPlanId, year), {
    timeout: 60_000,
  });
  const period = await client.reportingPeriod.findUniqueOrThrow({
    where: { planId_key: { planId: p.latestPlanId, key: BENCH_QUARTER } },
    include: { agencies: true },
  });
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const user = await client.user.findFirst({ where: { provinceId: p.provinceId }, select: { id: true } });
  if (!user) return { periods: calendar.created.length, reports: 0 };
  let reports = 0;
  for (const [i, { agencyId }] of period.agencies.entries()) {
    if (i % 3 === 2) continue;
    const tasks = await loadReportTaskRows(
      {
        provinceId: p.provinceId,
        planId: p.latestPlanId,
        agencyId,
        startsOn: iso(period.startsOn),
        endsOn: iso(period.endsOn),
        asOf: iso(today),
      },
      client,
    );
    const texts = {
      results: "Đã triển khai các nhiệm vụ được giao.",
      shortcomings: "",
      difficulties: i % 2 ? "Thiếu kinh phí số hoá hồ sơ." : "",
      proposals: "",
    };
    const snapshot = {
      agency: { id: agencyId, name: "" },
      period: {
        key: period.key,
        label: period.key,
        startsOn: iso(period.startsOn),
        endsOn: iso(period.endsOn),
        dueOn: iso(period.dueOn),
      },
      asOf: iso(today),
      texts,
      tasks,
      submittedBy: { id: user.id, name: "" },
      approvedBy: null,
    };
    await client.agencyReport.create({
      data: {
        periodId: period.id,
        agencyId,
        status: "SUBMITTED",
        ...texts,
        versions: { create: { number: 1, snapshot, submittedById: user.id } },
      },
    });
    reports += 1;
  }
  return { periods: calendar.created.length, reports };
}

export function reportsSection(p: BenchProvince): Section {
  const homeAffairs: SessionUser = {
    email: "bench@par.vn",
    provinceName: "Tỉnh đo hiệu năng",
    agencyName: null,
    id: "bench-ha",
    name: "Sở Nội vụ",
    role: "HOME_AFFAIRS",
    provinceId: p.provinceId,
    agencyId: null,
  };
  return {
    title: "/bao-cao (báo cáo tổng hợp, ma trận)",
    loaders: [
      {
        name: `Báo cáo tổng hợp ${BENCH_QUARTER} (cả dữ liệu cho DOCX/PDF/XLSX)`,
        run: () => loadConsolidatedReport(p.provinceId, BENCH_QUARTER),
      },
      { name: `Báo cáo tổng hợp năm ${year}`, run: () => loadConsolidatedReport(p.provinceId, String(year)) },
      { name: `Ma trận nộp báo cáo ${BENCH_QUARTER}`, run: () => loadPeriodMatrix(homeAffairs, BENCH_QUARTER) },
    ],
  };
}
