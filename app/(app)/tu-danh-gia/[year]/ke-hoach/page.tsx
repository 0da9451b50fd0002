import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanDraftAppendix } from "@/components/self-assessment/PlanDraftAppendix";
import { SelfActionForm } from "@/components/self-assessment/SelfActionForm";
import { BackLink } from "@/components/ui/BackLink";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { NamedOptions } from "@/components/ui/Options";
import { inputClass, labelClass } from "@/components/ui/styles";
import { requireAction } from "@/lib/auth/session";
import { formatDate, formatPoints } from "@/lib/format";
import {
  addPlanDraftMeasureAction,
  createPlanDraftAction,
  publishPlanDraftAction,
  removePlanDraftMeasureAction,
  updatePlanDraftHeadAction,
} from "@/lib/plans/draft/actions";
import { loadPlanDraftPage } from "@/lib/plans/draft/data";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Lập kế hoạch khắc phục" };

export default async function PlanDraftPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireAction("plan.import");
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const view = dataOrRefuse(await loadPlanDraftPage(user, Number(year)));
  const { draft } = view;
  const back = <BackLink href={`/tu-danh-gia/${year}/so-sanh`}>So sánh kết quả năm {year}</BackLink>;
  const headline = `Kết quả công bố năm ${year}: ${formatPoints(view.result.totalScore)} điểm${view.result.rank ? `, hạng ${view.result.rank}/${view.result.rankOf}` : ""}.`;
  if (!draft) {
    return (
      <div className="space-y-4">
        {back}
        <h1 className="text-xl font-bold">Lập kế hoạch khắc phục từ kết quả năm {year}</h1>
        <p>{headline}</p>
        {view.result.hasScores ? (
          <SelfActionForm action={createPlanDraftAction} label="Lập kế hoạch khắc phục" hidden={{ year }}>
            <p className="text-sm text-slate-700">
              Bản dự thảo liệt kê mọi tiêu chí bị mất điểm và chuyển tiếp các giải pháp chưa hoàn thành của kế hoạch năm
              trước cho các tiêu chí đó.
            </p>
            <Button>Lập kế hoạch khắc phục</Button>
          </SelfActionForm>
        ) : (
          <p className="text-slate-600">
            Chưa có điểm từng tiêu chí của năm {year}:{" "}
            <Link className="text-brand-700 underline" href={`/tu-danh-gia/${year}/ket-qua`}>
              nhập kết quả công bố
            </Link>{" "}
            trước.
          </p>
        )}
      </div>
    );
  }
  const locked = draft.published !== null;
  const draftAt = { draftId: draft.id, version: draft.version };
  const { criteria, measures } = draft.content;
  return (
    <div className="space-y-4">
      {back}
      <h1 className="text-xl font-bold">
        {locked ? "Kế hoạch khắc phục đã ban hành" : "Dự thảo kế hoạch khắc phục"} — từ kết quả năm {year}
      </h1>
      <p>
        {headline} {criteria.length} tiêu chí bị mất điểm; {measures.length} giải pháp (
        {measures.filter((m) => m.carriedFrom).length} chuyển tiếp từ kế hoạch trước).
      </p>
      {draft.published && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3">
          Đã ban hành kế hoạch số {draft.published.number} ngày{" "}
          {formatDate(new Date(`${draft.issuedOn}T00:00:00.000Z`))}; {draft.published.tasks} nhiệm vụ đã giao cho các cơ
          quan.{" "}
          <Link className="text-brand-700 underline" href={`/ke-hoach`}>
            Xem kế hoạch
          </Link>
        </p>
      )}
      {!locked && (
        <Card title="Thông tin kế hoạch">
          <SelfActionForm action={updatePlanDraftHeadAction} label="Thông tin kế hoạch" hidden={draftAt}>
            <div className="grid gap-3 sm:grid-cols-[12rem_10rem_1fr]">
              <label className={labelClass}>
                Số hiệu
                <input
                  name="number"
                  defaultValue={draft.number}
                  placeholder="ví dụ 25/KH-UBND"
                  className={inputClass}
                />
              </label>
              <label className={labelClass}>
                Ngày ban hành
                <input type="date" name="issuedOn" defaultValue={draft.issuedOn} className={inputClass} />
              </label>
              <label className={labelClass}>
                Tên kế hoạch
                <input name="title" defaultValue={draft.title} className={inputClass} />
              </label>
            </div>
            <Button>Lưu thông tin</Button>
          </SelfActionForm>
        </Card>
      )}
      <Card title="Phụ lục: tiêu chí bị mất điểm và giải pháp">
        <PlanDraftAppendix
          year={year}
          content={draft.content}
          draftId={draft.id}
          version={draft.version}
          locked={locked}
          removeAction={removePlanDraftMeasureAction}
        />
      </Card>
      {!locked && (
        <Card title="Thêm giải pháp">
          <SelfActionForm action={addPlanDraftMeasureAction} label="Thêm giải pháp" hidden={draftAt}>
            <div className="grid gap-3 sm:grid-cols-2">
              <label className={labelClass}>
                Tiêu chí
                <select name="criterionCode" className={inputClass}>
                  {criteria.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.code} — {c.title}
                    </option>
                  ))}
                </select>
              </label>
              <label className={labelClass}>
                Thời gian thực hiện
                <input name="timeframe" placeholder={`ví dụ: Trong năm ${Number(year) + 1}`} className={inputClass} />
              </label>
              <label className={`${labelClass} sm:col-span-2`}>
                Nội dung giải pháp
                <textarea name="text" rows={2} className={inputClass} />
              </label>
              <label className={labelClass}>
                Cơ quan chủ trì
                <select name="leadIds" multiple size={5} className={inputClass}>
                  <NamedOptions items={view.agencies} />
                </select>
              </label>
              <label className={labelClass}>
                Cơ quan phối hợp
                <select name="supportIds" multiple size={5} className={inputClass}>
                  <NamedOptions items={view.agencies} />
                </select>
              </label>
              <label className={`${labelClass} sm:col-span-2`}>
                Ghi chú
                <input name="note" className={inputClass} />
              </label>
            </div>
            <Button>Thêm giải pháp</Button>
          </SelfActionForm>
        </Card>
      )}
      {!locked && (
        <SelfActionForm action={publishPlanDraftAction} label="Ban hành kế hoạch" hidden={draftAt}>
          <p className="text-sm text-slate-700">
            Khi ban hành, kế hoạch được lưu như một kế hoạch nhập từ tệp và nhiệm vụ được giao cho từng cơ quan chủ trì;
            bản dự thảo không sửa được nữa.
          </p>
          <Button>Ban hành kế hoạch</Button>
        </SelfActionForm>
      )}
    </div>
  );
}
