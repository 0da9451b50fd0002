// The headline numbers: published score and rank against last year's, points lost, remediation in points.
import { Stat } from "@/components/ui/Card";
import type { RemediationHeadline, ScoreHeadline } from "@/lib/dashboard/types";
import { formatMax, formatPoints, formatRank } from "@/lib/format";

function changeText(h: ScoreHeadline): string | undefined {
  if (!h.change || !h.previous) return undefined;
  const down = h.change.startsWith("-");
  const size = formatPoints(h.change.replace("-", ""));
  if (h.change.replace(/[-0.]/g, "") === "")
    return `Bằng năm ${h.previous.year} (${formatPoints(h.previous.totalScore)})`;
  return `${down ? "Giảm" : "Tăng"} ${size} điểm so với năm ${h.previous.year} (${formatPoints(h.previous.totalScore)})`;
}

function rankChangeText(h: ScoreHeadline): string | undefined {
  const prev = h.previous;
  if (!prev?.rank) return undefined;
  const text = `Năm ${prev.year}: ${formatRank(prev.rank, prev.rankOf)}`;
  if (!h.rank || h.rank === prev.rank) return text;
  const moved = prev.rank - h.rank;
  return `${text} → ${moved > 0 ? "tăng" : "giảm"} ${Math.abs(moved)} hạng`;
}

export function HeadlineStats({ score, remediation }: { score: ScoreHeadline; remediation: RemediationHeadline }) {
  const mismatch = score.recomputed !== score.published;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4" data-testid="headline">
      <Stat
        label={`Chỉ số CCHC năm ${score.year} (công bố)`}
        value={
          <span data-testid="published-score">
            {formatPoints(score.published)}/{formatMax(score.max)}
          </span>
        }
        hint={changeText(score)}
      />
      <Stat
        label="Xếp hạng"
        value={<span data-testid="published-rank">{formatRank(score.rank, score.rankOf)}</span>}
        hint={rankChangeText(score)}
      />
      <Stat
        label="Tổng điểm bị mất"
        tone="loss"
        value={<span data-testid="lost-total">{formatPoints(score.totalLost)}</span>}
        hint={
          mismatch
            ? `Lưu ý: ${formatMax(score.max)} − điểm bị mất = ${formatPoints(score.recomputed)}, khác điểm công bố`
            : `${formatMax(score.max)} − ${formatPoints(score.totalLost)} = ${formatPoints(score.recomputed)} điểm`
        }
      />
      <Stat
        label="Điểm đã khắc phục (đã xác nhận)"
        tone="good"
        value={
          <span data-testid="accepted-points">
            {formatPoints(remediation.accepted)}/{formatPoints(remediation.lost)}
          </span>
        }
        hint={
          <span data-testid="remediation-hint">
            Đang thực hiện {formatPoints(remediation.inProgress)} · quá hạn {formatPoints(remediation.overdue)} điểm (
            {remediation.tasks.overdue} nhiệm vụ) · {remediation.tasks.accepted}/{remediation.tasks.total} nhiệm vụ gắn
            với điểm bị mất đã xác nhận
          </span>
        }
      />
    </div>
  );
}
