import { Card } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { Table, Th } from "@/components/ui/Table";
import type { AssignmentLine, MeasureLine, TaskLine } from "@/lib/dashboard/criterion";
import { formatIsoDate } from "@/lib/format";

const STATUS_STYLE: Record<TaskLine["status"], string> = {
  NOT_STARTED: "border-slate-400 bg-white text-slate-800",
  IN_PROGRESS: "border-blue-700 bg-blue-50 text-blue-900",
  SUBMITTED: "border-indigo-700 bg-indigo-50 text-indigo-900",
  ACCEPTED: "border-emerald-800 bg-emerald-50 text-emerald-900",
  RETURNED: "border-amber-700 bg-amber-50 text-amber-900",
  NOT_APPLICABLE: "border-slate-400 bg-slate-50 text-slate-600",
};

function Assignments({ items, role }: { items: AssignmentLine[]; role: AssignmentLine["role"] }) {
  const list = items.filter((a) => a.role === role);
  if (list.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="list-inside list-disc">
      {list.map((a, i) => (
        <li key={i}>
          {a.agencyId ? <Link href={`/co-quan/${encodeURIComponent(a.agencyId)}`}>{a.name}</Link> : (a.name ?? a.label)}
          {a.kind === "group" && <span className="text-slate-600"> (nhóm)</span>}
          {a.kind === null && <span className="text-amber-800"> (chưa xác định cơ quan)</span>}
        </li>
      ))}
    </ul>
  );
}

function TaskRow({ t }: { t: TaskLine }) {
  return (
    <tr className="border-b border-slate-100 align-top">
      <th scope="row">
        {t.agencyId ? (
          <Link href={`/co-quan/${encodeURIComponent(t.agencyId)}`}>{t.agencyName}</Link>
        ) : (
          <span className="italic">Chưa phân công</span>
        )}
      </th>
      <td>
        <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[t.status]}`}>
          {t.statusLabel}
        </span>
      </td>
      <td className="n">{t.progress} %</td>
      <td className="num">
        {t.dueOn ? formatIsoDate(t.dueOn) : "—"}
        {t.overdue && (
          <span className="ml-1 rounded border border-red-800 px-1 text-xs font-semibold text-red-800">Quá hạn</span>
        )}
      </td>
      <td>
        {t.evidence === null ? (
          <span className="text-slate-500">Không có quyền xem</span>
        ) : t.evidence.length === 0 ? (
          <span className="text-slate-500">Chưa có</span>
        ) : (
          <ul>
            {t.evidence.map((e) => (
              <li key={e.id}>
                <a href={`/api/evidence/${encodeURIComponent(e.id)}`} className="text-blue-800 underline">
                  {e.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export function CriterionMeasures({ measures, agencyView }: { measures: MeasureLine[]; agencyView: boolean }) {
  return (
    <Card title={`Giải pháp, cơ quan thực hiện và nhiệm vụ (${measures.length})`} id="giai-phap">
      {agencyView && (
        <p className="mb-3 text-sm text-slate-700">Chỉ hiển thị nhiệm vụ mà cơ quan của bạn chủ trì hoặc phối hợp.</p>
      )}
      {measures.length === 0 && (
        <p className="text-sm text-slate-700">Kế hoạch không có giải pháp nào cho tiêu chí này.</p>
      )}
      <div className="space-y-6">
        {measures.map((m) => (
          <article
            key={m.id}
            className="border-t border-slate-200 pt-4 first:border-t-0 first:pt-0"
            data-testid="measure"
          >
            <h3 className="font-semibold text-slate-900">Giải pháp cho {m.criterionCode}</h3>
            <p className="mt-1 text-sm">{m.text}</p>
            <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-3">
              <div>
                <dt className="font-medium text-slate-600">Cơ quan chủ trì</dt>
                <dd>
                  <Assignments items={m.assignments} role="LEAD" />
                </dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Cơ quan phối hợp</dt>
                <dd>
                  <Assignments items={m.assignments} role="SUPPORT" />
                </dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Thời gian thực hiện</dt>
                <dd>{m.timeframeText || "—"}</dd>
              </div>
            </dl>
            <div className="mt-3 overflow-x-auto">
              <Table
                caption={`Nhiệm vụ của giải pháp cho ${m.criterionCode}: cơ quan chủ trì, trạng thái, tiến độ, hạn và tài liệu kiểm chứng`}
                testId="task-table"
                head={
                  <>
                    <Th>Cơ quan chủ trì nhiệm vụ</Th>
                    <Th>Trạng thái</Th>
                    <Th numeric>Tiến độ</Th>
                    <Th>Hạn</Th>
                    <Th>Tài liệu kiểm chứng</Th>
                  </>
                }
              >
                {m.tasks.length === 0 ? (
                  <tr>
                    <td colSpan={5} className={`text-slate-600`}>
                      Không có nhiệm vụ nào để hiển thị.
                    </td>
                  </tr>
                ) : (
                  m.tasks.map((t) => <TaskRow key={t.id} t={t} />)
                )}
              </Table>
            </div>
          </article>
        ))}
      </div>
    </Card>
  );
}
