import { SelfActionForm } from "@/components/self-assessment/SelfActionForm";
import { Button } from "@/components/ui/Button";
import { NamedOptions } from "@/components/ui/Options";
import { formatDateTime, formatDecimal, formatPoints } from "@/lib/format";
import { appraiseSelfScoreAction, assignSelfScoreAction, saveSelfScoreAction } from "@/lib/self-assessment/actions";
import type { SelfScoreRow } from "@/lib/self-assessment/data";
import { SELF_MESSAGES } from "@/lib/self-assessment/messages";

const input = "block w-full rounded-md border border-slate-300 px-2 py-1";
const STATUS_TONE = {
  DRAFT: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-amber-100 text-amber-900",
  APPRAISED: "bg-emerald-100 text-emerald-900",
} as const;
const ACTIONS: Record<string, string> = {
  assign: "giao tiêu chí",
  save: "lưu điểm",
  submit: "gửi thẩm định",
  appraise: "thẩm định",
  return: "trả lại",
};

type Props = { row: SelfScoreRow; canScore: boolean; canManage: boolean; agencies: { id: string; name: string }[] };

export function SelfScoreCard({ row, canScore, canManage, agencies }: Props) {
  const points = (v: string | null) => (v === null ? "—" : formatPoints(v));
  return (
    <article aria-label={`Tiêu chí ${row.code}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          <span className="num">{row.code}</span>. {row.title}
        </h3>
        <span className={`rounded px-2 py-0.5 text-xs ${STATUS_TONE[row.status]}`}>
          {SELF_MESSAGES.status[row.status]}
        </span>
      </header>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">Điểm tối đa</dt>
          <dd className="num">{points(row.maxPoints)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Điểm đề xuất</dt>
          <dd className="num">{points(row.proposedPoints)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Điểm thẩm định</dt>
          <dd className="num">{points(row.acceptedPoints)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Cơ quan</dt>
          <dd>{row.agencyName ?? "Chưa giao"}</dd>
        </div>
      </dl>
      {row.flagged && (
        <p role="note" className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
          ⚠ {SELF_MESSAGES.evidenceMissing}
        </p>
      )}
      {row.explanation && (
        <p className="mt-2 text-sm">
          <span className="text-slate-600">Giải trình: </span>
          {row.explanation}
        </p>
      )}
      {row.appraisalComment && (
        <p className="mt-1 text-sm">
          <span className="text-slate-600">Ý kiến Sở Nội vụ: </span>
          {row.appraisalComment}
        </p>
      )}
      {row.evidence.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {row.evidence.map((e) => (
            <li key={e.id}>
              {e.kind === "file" ? (
                <a className="text-brand-700 underline" href={`/api/tu-danh-gia/minh-chung/${e.id}`}>
                  {e.fileName}
                </a>
              ) : (
                <a
                  className="text-brand-700 underline"
                  href={e.url ?? "#"}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                >
                  {e.url}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {canScore && row.status === "DRAFT" && row.agencyId && (
        <SelfActionForm
          action={saveSelfScoreAction}
          label={`Chấm điểm tiêu chí ${row.code}`}
          className="mt-3 border-t border-slate-100 pt-3"
          hidden={{ selfScoreId: row.id, version: row.version }}
        >
          <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
            <label className="text-sm">
              Điểm đề xuất
              <input
                name="proposedPoints"
                inputMode="decimal"
                defaultValue={formatDecimal(row.proposedPoints ?? "")}
                className={input}
              />
            </label>
            <label className="text-sm">
              Giải trình
              <textarea name="explanation" rows={2} defaultValue={row.explanation ?? ""} className={input} />
            </label>
          </div>
          <div className="grid gap-2 sm:grid-cols-2">
            <label className="text-sm">
              Tài liệu kiểm chứng (tệp)
              <input type="file" name="files" multiple className={input} />
            </label>
            <label className="text-sm">
              Liên kết (mỗi dòng một liên kết)
              <textarea name="links" rows={1} className={input} />
            </label>
          </div>
          <div className="flex gap-2">
            <Button name="intent" value="save" variant="secondary">
              Lưu
            </Button>
            <Button name="intent" value="submit" size="sm">
              Lưu và gửi Sở Nội vụ
            </Button>
          </div>
        </SelfActionForm>
      )}
      {canManage && row.status === "SUBMITTED" && (
        <SelfActionForm
          action={appraiseSelfScoreAction}
          label={`Thẩm định tiêu chí ${row.code}`}
          className="mt-3 border-t border-slate-100 pt-3"
          hidden={{ selfScoreId: row.id, version: row.version }}
        >
          <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
            <label className="text-sm">
              Điểm thẩm định
              <input
                name="acceptedPoints"
                inputMode="decimal"
                defaultValue={formatDecimal(row.proposedPoints ?? "")}
                className={input}
              />
            </label>
            <label className="text-sm">
              Ý kiến
              <textarea name="comment" rows={1} className={input} />
            </label>
          </div>
          <div className="flex gap-2">
            <Button name="decision" value="accept" size="sm">
              Chấp nhận
            </Button>
            <Button name="decision" value="return" variant="secondary">
              Trả lại
            </Button>
          </div>
        </SelfActionForm>
      )}
      {canManage && row.status !== "APPRAISED" && (
        <SelfActionForm
          action={assignSelfScoreAction}
          label={`Giao tiêu chí ${row.code}`}
          className="mt-3 border-t border-slate-100 pt-3"
          hidden={{ selfScoreId: row.id }}
        >
          <div className="flex flex-wrap items-end gap-2">
            <label className="text-sm">
              Cơ quan trả lời tiêu chí
              <select name="agencyId" defaultValue={row.agencyId ?? ""} className={input}>
                <option value="">— Chưa giao —</option>
                <NamedOptions items={agencies} />
              </select>
            </label>
            <Button variant="secondary">Giao</Button>
          </div>
        </SelfActionForm>
      )}
      {row.history.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-slate-600">Lịch sử ({row.history.length})</summary>
          <ol className="mt-1 space-y-0.5">
            {row.history.map((h, i) => (
              <li key={i}>
                {formatDateTime(h.at)} · {h.who} · {ACTIONS[h.action] ?? h.action}
                {h.points !== null ? ` · ${formatPoints(h.points)} điểm` : ""}
                {h.note ? ` · ${h.note}` : ""}
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}
