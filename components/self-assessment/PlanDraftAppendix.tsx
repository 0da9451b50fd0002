// The plan draft's appendix: each criterion that lost points with its measures (who leads, who supports, when),
// and, while the draft is open, a button to drop a measure.
import { SelfActionForm } from "@/components/self-assessment/SelfActionForm";
import { Button } from "@/components/ui/Button";
import { Table, Th } from "@/components/ui/Table";
import { formatPoints } from "@/lib/format";
import type { DraftContent, DraftMeasure, DraftRef } from "@/lib/plans/draft/types";

type SelfFormAction = React.ComponentProps<typeof SelfActionForm>["action"];

const names = (refs: DraftRef[]) => refs.map((r) => r.label).join(", ") || "—";

export function PlanDraftAppendix({
  year,
  content,
  draftId,
  version,
  locked,
  removeAction,
}: {
  year: number | string;
  content: DraftContent;
  draftId: string;
  version: number;
  locked: boolean;
  removeAction: SelfFormAction;
}) {
  const { criteria, measures } = content;
  return (
    <Table
      caption={`Phụ lục: tiêu chí bị mất điểm năm ${year} và giải pháp`}
      head={
        <>
          <Th>Mã</Th>
          <Th>Tiêu chí / giải pháp</Th>
          <Th numeric>Điểm chuẩn</Th>
          <Th numeric>Điểm đạt</Th>
          <Th numeric>Bị mất</Th>
        </>
      }
    >
      {criteria.map((c) => (
        <CriterionRows
          key={c.code}
          {...c}
          measures={measures.filter((m) => m.criterionCode === c.code)}
          draftId={draftId}
          version={version}
          locked={locked}
          removeAction={removeAction}
        />
      ))}
    </Table>
  );
}

type RowsProps = {
  code: string;
  title: string;
  standard: string;
  assessed: string;
  lost: string;
  measures: DraftMeasure[];
  draftId: string;
  version: number;
  locked: boolean;
  removeAction: SelfFormAction;
};

function CriterionRows({
  code,
  title,
  standard,
  assessed,
  lost,
  measures,
  draftId,
  version,
  locked,
  removeAction,
}: RowsProps) {
  return (
    <>
      <tr className="font-semibold">
        <td className="num py-1.5 align-top">{code}</td>
        <td>{title}</td>
        <td className="num text-right">{formatPoints(standard)}</td>
        <td className="num text-right">{formatPoints(assessed)}</td>
        <td className="num text-right text-brand-700">{formatPoints(lost)}</td>
      </tr>
      {measures.map((m) => (
        <tr key={m.key} className="align-top">
          <td />
          <td colSpan={4} className="py-1.5 pl-4">
            <p>
              {m.text}
              {m.carriedFrom && (
                <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">
                  chuyển tiếp từ {m.carriedFrom}
                </span>
              )}
            </p>
            <p className="text-slate-600">
              Chủ trì: {names(m.lead)} · Phối hợp: {names(m.support)} · Thời gian: {m.timeframe || "—"}
              {m.note ? ` · Ghi chú: ${m.note}` : ""}
            </p>
            {!locked && (
              <SelfActionForm
                action={removeAction}
                label={`Bỏ giải pháp «${m.text.slice(0, 40)}»`}
                hidden={{ draftId, version, key: m.key }}
              >
                <Button variant="secondary">Bỏ giải pháp này</Button>
              </SelfActionForm>
            )}
          </td>
        </tr>
      ))}
    </>
  );
}
