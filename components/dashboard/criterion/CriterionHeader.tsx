import { Stat } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import type { CriterionDetail } from "@/lib/dashboard/criterion";
import { criterionHref } from "@/lib/dashboard/views-scores";
import { formatIsoDate, formatPoints } from "@/lib/format";

const LEVEL_LABELS: Record<string, string> = {
  FIELD: "Lĩnh vực",
  CRITERION: "Tiêu chí",
  SUBCRITERION: "Tiêu chí thành phần",
};

export function CriterionHeader({ detail, dashboardLink }: { detail: CriterionDetail; dashboardLink: boolean }) {
  const { criterion: c, plan, ancestors, standIn } = detail;
  return (
    <header className="space-y-4">
      <nav aria-label="Đường dẫn" className="text-sm">
        <ol className="flex flex-wrap items-center gap-1 text-slate-600">
          {dashboardLink && (
            <li>
              <Link
                href={`/bang-dieu-khien?ke-hoach=${encodeURIComponent(plan.id)}`}
                className="text-blue-800 underline"
              >
                Bảng điều khiển
              </Link>
              <span aria-hidden> / </span>
            </li>
          )}
          {ancestors.map((a) => (
            <li key={a.code}>
              <Link href={criterionHref(a.code, plan.id)} className="text-blue-800 underline">
                {a.code}. {a.title}
              </Link>
              <span aria-hidden> / </span>
            </li>
          ))}
          <li aria-current="page">{c.level === "FIELD" ? `${LEVEL_LABELS.FIELD} ${c.code}` : c.code}</li>
        </ol>
      </nav>
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">
          {LEVEL_LABELS[c.level] ?? "Tiêu chí"} · Chỉ số CCHC năm {plan.year} · Kế hoạch số {plan.number} ngày{" "}
          {formatIsoDate(plan.issuedOn)} · tỉnh {plan.provinceName}
        </p>
        <h1 className="mt-1 text-xl font-bold text-slate-900 sm:text-2xl">
          {c.code}. {c.title}
        </h1>
      </div>
      <div className="grid gap-3 sm:grid-cols-3" data-testid="criterion-points">
        <Stat label="Điểm chuẩn" value={formatPoints(c.standard)} />
        <Stat
          label="Điểm thẩm định"
          value={c.assessed ? formatPoints(c.assessed) : "—"}
          hint={c.assessed ? undefined : "Không có trong phụ lục (không bị mất điểm)"}
        />
        <Stat
          label="Điểm bị mất"
          tone="loss"
          value={<span data-testid="criterion-lost">{c.lost ? formatPoints(c.lost) : "—"}</span>}
        />
      </div>
      {standIn && (
        <p
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="criterion-stand-in"
        >
          Các tiêu chí thành phần {standIn.childCodes.join(", ")} cộng lại {formatPoints(standIn.childrenLost)} điểm bị
          mất, không khớp với {formatPoints(standIn.lost)} điểm của {c.code} trong văn bản gốc. Bảng điều khiển tính{" "}
          {c.code} thay cho các tiêu chí thành phần để tổng điểm bị mất đúng bằng tổng theo lĩnh vực.
        </p>
      )}
    </header>
  );
}
