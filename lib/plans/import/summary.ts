// The readable Vietnamese summary `plan-import` prints (without --json).
import { formatDecimal } from "@/lib/format";
import type { PlanPreview } from "./types";

const dmy = (iso: string | null): string => (iso ? iso.split("-").reverse().join("/") : "—");
const rankText = (rank: number | null, of: number | null) => (rank ? `, xếp thứ ${rank}/${of ?? "?"}` : "");

export function formatPreviewSummary(preview: PlanPreview): string {
  const { meta, criteria, measures, totals, warnings } = preview;
  const count = (level: string) => criteria.filter((c) => c.level === level).length;
  const lines = [
    `Kế hoạch ${meta.number ?? "(chưa rõ số hiệu)"} ngày ${dmy(meta.issuedOn)} — tỉnh ${meta.province ?? "(chưa rõ)"}`,
    `Tiêu đề: ${meta.title ?? "(chưa rõ)"}`,
  ];
  if (meta.indexYear) {
    const score = meta.score
      ? `${formatDecimal(meta.score)}/100 điểm${rankText(meta.rank, meta.rankOf)}`
      : "chưa rõ điểm";
    const prev = meta.previous;
    const before = prev
      ? ` (năm ${prev.year}: ${formatDecimal(prev.score)} điểm${rankText(prev.rank, prev.rankOf)})`
      : "";
    lines.push(`Chỉ số CCHC năm ${meta.indexYear}: ${score}${before}`);
  }
  const levels = `${count("FIELD")} lĩnh vực, ${count("CRITERION")} tiêu chí, ${count("SUBCRITERION")} tiêu chí thành phần`;
  const recomputed = `${formatDecimal(totals.maxPoints)} − ${formatDecimal(totals.lost)} = ${formatDecimal(totals.score)}`;
  lines.push(
    `Phụ lục: ${criteria.length} dòng tiêu chí (${levels}), ${measures.length} giải pháp`,
    `Tổng điểm bị mất: ${formatDecimal(totals.lost)} → tổng điểm tính lại: ${recomputed}`,
    warnings.length === 0 ? "Không có cảnh báo." : `Cảnh báo (${warnings.length}):`,
    ...warnings.map((w) => `  - [${w.code}] ${w.message}`),
  );
  return lines.join("\n");
}
