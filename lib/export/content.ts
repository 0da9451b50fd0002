// The consolidated report as document content: headings, paragraphs and the appendix rows, derived once from
// the loaded data so the DOCX, the PDF and the XLSX say the same thing in the same words.

import { formatPoints } from "@/lib/format";
import type { ConsolidatedMeasure, ConsolidatedReport, MeasureAgencyLine } from "@/lib/reports/consolidated-types";
import { REPORT_STATE_LABELS } from "@/lib/reports/state";
import { STATUS_LABELS } from "@/lib/tasks/strings";
import { lowerFirst } from "@/lib/text/vietnamese";

const isoDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "");

export type Section = { heading: string; paragraphs: string[] };

export function reportTitle(r: ConsolidatedReport): { title: string; subtitle: string } {
  return {
    title: "BÁO CÁO",
    subtitle: `Kết quả thực hiện Kế hoạch số ${r.plan.number} ngày ${isoDate(r.plan.issuedOn)} của UBND tỉnh ${r.province.name} về nâng cao Chỉ số cải cách hành chính, ${lowerFirst(r.period.label)}`,
  };
}

export function bodySections(r: ConsolidatedReport): Section[] {
  const s = r.summary;
  const t = s.tasks;
  const p = s.points;
  const byStatus = (Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[])
    .map((k) => `${STATUS_LABELS[k].toLocaleLowerCase("vi-VN")}: ${t.byStatus[k]}`)
    .join("; ");
  const rep = s.reports;
  return [
    {
      heading: "I. KẾT QUẢ CHUNG",
      paragraphs: [
        `Kỳ báo cáo: ${r.period.label} (số liệu từ ngày ${isoDate(r.period.startsOn)} đến ngày ${isoDate(r.period.endsOn)}; hạn gửi báo cáo ngày ${isoDate(r.period.dueOn)}). Tình hình nhiệm vụ tính đến ngày ${isoDate(r.asOf)}.`,
        `Chỉ số CCHC năm ${s.score.year} của tỉnh đạt ${formatPoints(s.score.published)}${s.score.max ? `/${formatPoints(s.score.max)}` : ""} điểm${s.score.rank ? `, xếp thứ ${s.score.rank}${s.score.rankOf ? `/${s.score.rankOf}` : ""}` : ""}; tổng số điểm bị mất là ${formatPoints(p.total)} điểm.`,
        `Tổng số nhiệm vụ: ${t.total} (${byStatus}); quá hạn: ${t.overdue}.`,
        `Điểm bị mất theo tiến độ khắc phục: đã hoàn thành ${formatPoints(p.wonBack)} điểm; đang thực hiện ${formatPoints(p.inProgress)} điểm; chưa thực hiện ${formatPoints(p.notStarted)} điểm; trong đó quá hạn ${formatPoints(p.overdue)} điểm; còn phải khắc phục ${formatPoints(p.atStake)} điểm (tổng ${formatPoints(p.total)} điểm).`,
        `Báo cáo của các cơ quan: phải báo cáo ${rep.expected}; đã tiếp nhận ${rep.accepted}; đã gửi chờ tiếp nhận ${rep.submitted}; bị trả lại ${rep.returned}; đang soạn ${rep.draft}; chưa báo cáo ${rep.not_started}; chậm hạn ${rep.late}.`,
      ],
    },
    {
      heading: "II. KẾT QUẢ THEO LĨNH VỰC, TIÊU CHÍ",
      paragraphs: r.fields.flatMap((f) => [
        `${f.code}. ${f.title}${f.lost ? ` (bị mất ${formatPoints(f.lost)} điểm)` : ""}: ${countLines(f.criteria.flatMap((c) => c.measures))}.`,
      ]),
    },
    {
      heading: "III. CƠ QUAN CHƯA GỬI BÁO CÁO",
      paragraphs: r.missingAgencies.length
        ? r.missingAgencies.map(
            (a) =>
              `- ${a.name}: ${REPORT_STATE_LABELS[a.state].toLocaleLowerCase("vi-VN")}${a.late ? " (chậm hạn)" : ""}.`,
          )
        : ["Tất cả cơ quan phải báo cáo đã gửi báo cáo."],
    },
    {
      heading: "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ",
      paragraphs: r.difficulties.length
        ? r.difficulties.flatMap((d) => [
            `- ${d.agencyName}: ${d.difficulties || "không nêu khó khăn, vướng mắc"}.`,
            ...(d.proposals ? [`  Đề xuất, kiến nghị: ${d.proposals}`] : []),
          ])
        : ["Các báo cáo đã gửi không nêu khó khăn, vướng mắc."],
    },
    {
      heading: "V. TỔNG HỢP ĐIỂM BỊ MẤT THEO LĨNH VỰC",
      paragraphs: r.scoreGap.map(
        (g) =>
          `${g.code}. ${g.title}: điểm tối đa ${formatPoints(g.standard)}, đạt ${formatPoints(g.assessed)}, bị mất ${formatPoints(g.lost)}; đã khắc phục ${formatPoints(g.wonBack)}, còn phải khắc phục ${formatPoints(g.atStake)}.`,
      ),
    },
  ];
}

function countLines(measures: ConsolidatedMeasure[]): string {
  const lines = measures.flatMap((m) => m.agencies);
  const done = lines.filter((l) => l.status === "ACCEPTED").length;
  const overdue = lines.filter((l) => l.overdue).length;
  return `${measures.length} giải pháp, ${lines.length} nhiệm vụ; đã xác nhận hoàn thành ${done}; quá hạn ${overdue}`;
}

/** One appendix row per (measure, responsible agency). Points and percentages stay numbers for the XLSX. */
export type AppendixRow = {
  no: number;
  fieldCode: string;
  fieldTitle: string;
  criterionCode: string;
  criterionTitle: string;
  lostPoints: number | null; // the criterion's lost points (exact to 3 places, as a number for Excel)
  measure: string;
  timeframe: string;
  agency: string;
  due: string;
  status: string;
  progress: number;
  overdue: boolean;
  result: string;
  evidenceAdded: number;
  reportState: string;
};

export function* appendixRows(r: ConsolidatedReport): Generator<AppendixRow> {
  let no = 0;
  for (const f of r.fields) {
    for (const c of f.criteria) {
      for (const m of c.measures) {
        for (const line of m.agencies) {
          no += 1;
          yield toRow(no, f, c, m, line);
        }
      }
    }
  }
}

function toRow(
  no: number,
  f: ConsolidatedReport["fields"][number],
  c: ConsolidatedReport["fields"][number]["criteria"][number],
  m: ConsolidatedMeasure,
  l: MeasureAgencyLine,
): AppendixRow {
  const result = [l.reportedResults, ...l.changes].filter(Boolean).join("\n");
  return {
    no,
    fieldCode: f.code,
    fieldTitle: f.title,
    criterionCode: c.code,
    criterionTitle: c.title,
    lostPoints: c.lost === null ? null : Number(c.lost),
    measure: m.text,
    timeframe: m.timeframe,
    agency: l.agencyName,
    due: isoDate(l.dueOn),
    status: STATUS_LABELS[l.status],
    progress: l.progress,
    overdue: l.overdue,
    result,
    evidenceAdded: l.evidenceAdded,
    reportState: l.reportState ? REPORT_STATE_LABELS[l.reportState] : "",
  };
}

/** The appendix as the DOCX and the PDF print it: its columns (width in % of the line) and its rows as text. */
export const PRINTED_APPENDIX_COLUMNS: { header: string; width: number; align?: "center" }[] = [
  { header: "STT", width: 5, align: "center" },
  { header: "Tiêu chí", width: 12 },
  { header: "Điểm bị mất", width: 7 },
  { header: "Giải pháp", width: 22 },
  { header: "Cơ quan chủ trì", width: 13 },
  { header: "Thời hạn", width: 8, align: "center" },
  { header: "Trạng thái", width: 10, align: "center" },
  { header: "Tiến độ (%)", width: 6, align: "center" },
  { header: "Kết quả", width: 17 },
];

export function* printedAppendixRows(r: ConsolidatedReport): Generator<string[]> {
  for (const a of appendixRows(r))
    yield [
      String(a.no),
      `${a.criterionCode}. ${a.criterionTitle}`,
      a.lostPoints === null ? "" : formatPoints(String(a.lostPoints)),
      a.measure,
      a.agency,
      a.due,
      a.overdue ? `${a.status} (quá hạn)` : a.status,
      String(a.progress),
      a.result,
    ];
}

export { isoDate };
