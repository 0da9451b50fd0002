// The consolidated report as a printable HTML page (for the PDF): the same content and layout as the DOCX.
// Everything inserted is escaped; the page loads nothing from outside.

import { formatPoints } from "@/lib/format";
import type { ConsolidatedReport } from "@/lib/reports/consolidated-types";
import { lowerFirst } from "@/lib/text/vietnamese";
import { appendixRows, bodySections, reportTitle } from "./content";
import { letterhead, NATIONAL_MOTTO, type OfficialFields } from "./official";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const lines = (s: string) => s.split("\n").map(esc).join("<br>");

const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page appendix { size: A4 landscape; margin: 20mm 15mm 20mm 20mm; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 14pt; line-height: 1.3; color: #000; margin: 0; }
table.head, table.sign { width: 100%; border-collapse: collapse; }
table.head td, table.sign td { vertical-align: top; text-align: center; font-size: 13pt; padding: 0; }
.u { text-decoration: underline; }
.b { font-weight: bold; } .i { font-style: italic; }
.center { text-align: center; }
h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0; }
.subtitle { text-align: center; font-weight: bold; margin: 0 0 12pt; }
h2 { font-size: 14pt; margin: 8pt 0 4pt; }
p.body { text-align: justify; text-indent: 10mm; margin: 3pt 0; }
.recipients { text-align: left; font-size: 11pt; }
.recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
.signer-space { height: 26mm; }
section.appendix { page: appendix; break-before: page; }
table.appendix { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
table.appendix th, table.appendix td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; }
table.appendix thead { display: table-header-group; }
table.appendix tr { break-inside: avoid; }
`;

export function consolidatedHtml(r: ConsolidatedReport, fields: OfficialFields = {}): string {
  const h = letterhead(r.province.name, Number(r.asOf.slice(0, 4)), fields);
  const { title, subtitle } = reportTitle(r);
  const sections = bodySections(r)
    .map((s) => `<h2>${esc(s.heading)}</h2>${s.paragraphs.map((p) => `<p class="body">${esc(p)}</p>`).join("")}`)
    .join("");
  const rows = [...appendixRows(r)]
    .map(
      (a) =>
        `<tr><td class="center">${a.no}</td><td>${esc(`${a.criterionCode}. ${a.criterionTitle}`)}</td><td class="center">${a.lostPoints === null ? "" : esc(formatPoints(String(a.lostPoints)))}</td><td>${esc(a.measure)}</td><td>${esc(a.agency)}</td><td class="center">${esc(a.due)}</td><td>${esc(a.overdue ? `${a.status} (quá hạn)` : a.status)}</td><td class="center">${a.progress}</td><td>${lines(a.result)}</td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>
<table class="head"><tr>
<td style="width:40%">${esc(h.parentBody)}<br><span class="b u">${esc(h.issuingBody)}</span><br><br>${esc(h.numberLine)}</td>
<td style="width:60%"><span class="b">${esc(NATIONAL_MOTTO[0])}</span><br><span class="b u" style="font-size:14pt">${esc(NATIONAL_MOTTO[1])}</span><br><br><span class="i" style="font-size:14pt">${esc(h.placeDate)}</span></td>
</tr></table>
<h1>${esc(title)}</h1><p class="subtitle">${esc(subtitle)}</p>
<p class="center">Kính gửi: Ủy ban nhân dân tỉnh ${esc(r.province.name)}.</p>
${sections}
<table class="sign"><tr>
<td class="recipients" style="width:50%"><span class="label">Nơi nhận:</span><br>${h.recipients.map((x) => `- ${esc(x)}`).join("<br>")}</td>
<td style="width:50%"><span class="b" style="font-size:14pt">${esc(h.signerTitle)}</span><br><span class="i" style="font-size:12pt">(Ký, ghi rõ họ tên và đóng dấu)</span><div class="signer-space"></div><span class="b" style="font-size:14pt">${esc(h.signerName)}</span></td>
</tr></table>
<section class="appendix">
<p class="center b" style="margin:0">PHỤ LỤC</p>
<p class="center b" style="margin:0">Tình hình thực hiện các giải pháp theo tiêu chí, ${esc(lowerFirst(r.period.label))}</p>
<p class="center i">(Kèm theo Báo cáo số ${esc(fields.number ?? "……………")} của Sở Nội vụ)</p>
<table class="appendix"><colgroup>${[5, 13, 6, 24, 12, 8, 9, 6, 17].map((w) => `<col style="width:${w}%">`).join("")}</colgroup><thead><tr><th>STT</th><th>Tiêu chí</th><th>Điểm bị mất</th><th>Giải pháp</th><th>Cơ quan chủ trì</th><th>Thời hạn</th><th>Trạng thái</th><th>Tiến độ (%)</th><th>Kết quả</th></tr></thead>
<tbody>${rows}</tbody></table>
</section>
</body></html>`;
}
