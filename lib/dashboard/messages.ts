// The dashboard's words, in one place (CONTRIBUTING.md §8). Numbers arrive already formatted (vi-VN).

export const dashboardText = {
  notComparable: "Không so sánh được với năm trước: bảng ánh xạ mã tách, gộp, đổi số hoặc bỏ lĩnh vực này",
  notComparableNote: (breaks: { year: number; codes: string[] }[]) =>
    `† Không so sánh được với năm trước (bảng ánh xạ mã giữa hai bộ chỉ số): ${breaks
      .map((b) => `năm ${b.year}, lĩnh vực ${b.codes.join(", ")}`)
      .join("; ")}.`,
  pageTitle: "Bảng điều khiển Chỉ số CCHC",
  noPlan: (province: string) =>
    `Tỉnh ${province} chưa có kế hoạch nào được nhập. Sở Nội vụ nhập kế hoạch khắc phục (kèm phụ lục điểm) để bảng điều khiển có số liệu.`,
  print: "In / Xuất PDF",
  cycleNote: (label: string) => `Trạng thái nhiệm vụ của chu kỳ ${label.toLocaleLowerCase("vi-VN")}`,
  filters: {
    legend: "Bộ lọc",
    plan: "Năm đánh giá / kế hoạch",
    field: "Lĩnh vực",
    allFields: "Tất cả lĩnh vực",
    submit: "Xem",
    reset: "Bỏ lọc",
  },
  table: (rows: number) => `Bảng số liệu (${rows} dòng)`,
  /** the folded line under a table's first rows (lib/dashboard/fold.ts) */
  moreItems: (n: number) => `… ${n} mục khác`,
  noData: "Chưa có số liệu cho lựa chọn này.",
  noFieldScores: "Năm này chỉ có tổng điểm và xếp hạng, chưa có điểm từng lĩnh vực.",
  cards: {
    behind: { id: "cham-tien-do", title: "Cơ quan chậm tiến độ" },
    fields: { id: "diem-linh-vuc", title: "Điểm theo lĩnh vực: chuẩn, thẩm định và bị mất" },
    pareto: { id: "pareto", title: "Điểm bị mất tập trung ở đâu (Pareto theo tiêu chí)" },
    agencies: { id: "co-quan", title: "Điểm cần giành lại theo cơ quan chủ trì" },
    progress: { id: "tien-do", title: "Tiến độ khắc phục tính theo điểm" },
    projection: { id: "du-bao", title: "Dự báo: điểm số theo kết quả và tiến độ các nhiệm vụ" },
    years: { id: "qua-cac-nam", title: "Qua các năm: tổng điểm, điểm lĩnh vực và xếp hạng" },
    method: { id: "cach-tinh", title: "Cách tính và giả định" },
  },
  behind: {
    none: (onTrack: number) =>
      `Không cơ quan nào có nhiệm vụ quá hạn${onTrack > 0 ? ` (${onTrack} cơ quan đang có nhiệm vụ đều còn trong hạn)` : ""}.`,
    summary: (agencies: number, overdue: number, first: string, firstOverdue: number) =>
      `${agencies} cơ quan có nhiệm vụ quá hạn, tổng cộng ${overdue} nhiệm vụ; chậm nhất: ${first} (${firstOverdue} nhiệm vụ quá hạn).`,
    unassigned: (n: number) =>
      `Ngoài ra ${n} nhiệm vụ quá hạn chưa giao cơ quan chủ trì (Sở Nội vụ giao việc và đặt hạn mới), không tính cho cơ quan nào.`,
    more: (n: number) => `Còn ${n} cơ quan khác có nhiệm vụ quá hạn.`,
    allLink: "Xem tiến độ tất cả cơ quan",
    rule: "Quá hạn: đã qua hạn của chu kỳ (kỳ hiện tại, hoặc chu kỳ đang chọn) mà Sở Nội vụ chưa xác nhận hoàn thành — cùng cách tính với trang Tiến độ các cơ quan. Tính mọi nhiệm vụ cơ quan chủ trì, cả nhiệm vụ gắn với điểm bị mất và nhiệm vụ chung. Xếp theo số nhiệm vụ quá hạn, rồi số nhiệm vụ quá hạn gắn điểm, rồi tỷ lệ quá hạn.",
    columns: {
      agency: "Cơ quan chủ trì",
      overdue: "Quá hạn",
      withPoints: "Trong đó gắn điểm",
      share: "Tỷ lệ quá hạn",
      returned: "Bị trả lại",
      total: "Tổng nhiệm vụ",
    },
  },
  fieldFilterNote: (code: string) => `Đang lọc theo lĩnh vực ${code}.`,
  method: {
    items: (standIns: string) =>
      `“Mục điểm” là các tiêu chí thành phần, và các tiêu chí không có tiêu chí thành phần được liệt kê. Phụ lục chỉ liệt kê các tiêu chí bị mất điểm; khi các mục con được liệt kê không cộng lại bằng điểm bị mất của mục cha, mục cha được dùng thay cho các mục con để tổng các mục khớp đúng tổng điểm bị mất theo lĩnh vực.${standIns}`,
    agencies:
      "Điểm bị mất của mỗi mục được chia đều cho các cơ quan khác nhau chủ trì ít nhất một nhiệm vụ của mục đó (nhóm cơ quan như “Các Sở, ban, ngành”, “UBND cấp huyện” đã được tách thành một nhiệm vụ cho từng cơ quan thành viên); các nhiệm vụ chưa giao cho cơ quan nào được tính chung là một phần “Chưa phân công”. Một điểm không bao giờ được tính hai lần. Phép tính dùng số thập phân chính xác; chỉ khi hiển thị mới làm tròn đến 0,001 điểm, nên tổng các phần hiển thị có thể lệch vài phần nghìn so với tổng.",
    progress:
      "Điểm của mỗi mục được chia theo tỷ lệ số nhiệm vụ chủ trì ở từng trạng thái: Đã xác nhận; Đang thực hiện (gồm cả Hoàn thành chờ xác nhận và Trả lại); Chưa thực hiện; Quá hạn (chưa được xác nhận mà đã quá hạn, tính theo ngày hiện tại ở múi giờ Việt Nam). Mục chưa có nhiệm vụ nào được tính là Chưa thực hiện.",
    projection:
      "Điểm bị mất của mỗi mục được chia đều cho các nhiệm vụ chủ trì của mục; mỗi nhiệm vụ giành lại phần của mình theo một trong ba cách tính, trình bày cạnh nhau: (1) chỉ nhiệm vụ đã được Sở Nội vụ xác nhận, tính đủ; (2) nhiệm vụ đã xác nhận và nhiệm vụ đã báo cáo hoàn thành đang chờ xác nhận, tính đủ; (3) mọi nhiệm vụ theo tiến độ đã báo cáo (nhiệm vụ hoàn thành, đã xác nhận tính 100 %). Nhiệm vụ chuyển sang “Đang thực hiện” với tiến độ 0 % không làm tăng điểm dự báo. Số dự báo chính là cách tính (3); không vượt quá điểm tối đa. Hạng dự báo = 1 + số tỉnh khác cùng năm có điểm công bố cao hơn, chỉ tính khi đã nhập điểm của ít nhất một tỉnh khác. Đây là ước tính, không phải số liệu công bố.",
    source:
      "Số liệu điểm lấy từ kết quả công bố của Bộ Nội vụ như được nhập cùng kế hoạch; trạng thái nhiệm vụ lấy từ báo cáo của các cơ quan.",
  },
} as const;

/** The projection's three rules (lib/dashboard/projection.ts), named and stated where the figures are shown. */
export const SCENARIO_LABELS = {
  accepted: { name: "Chỉ việc đã xác nhận", rule: "Nhiệm vụ Sở Nội vụ đã xác nhận, tính đủ điểm." },
  submitted: {
    name: "Đã xác nhận + chờ xác nhận",
    rule: "Thêm nhiệm vụ đã báo cáo hoàn thành, đang chờ Sở Nội vụ xác nhận.",
  },
  progress: {
    name: "Theo tiến độ báo cáo",
    rule: "Mọi nhiệm vụ tính theo % tiến độ đã báo cáo (0 % không được điểm nào).",
  },
} as const;
