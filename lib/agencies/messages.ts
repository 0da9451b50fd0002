// User-facing strings of the agency resolver, kept together so another locale can follow (CONTRIBUTING.md §8).

export const agencyMessages = {
  successorTitle: (name: string) => `Nay là ${name}: công việc do cơ quan này tiếp tục`,
  successorSr: "nay là",
  separateNow: "Mỗi cơ quan trước sắp xếp một dòng riêng, kèm liên kết đến cơ quan kế nhiệm.",
  mergedNow: "Đang gộp theo cơ cấu hiện tại: số liệu của cơ quan trước sắp xếp được cộng vào cơ quan kế nhiệm.",
  showMerged: "Gộp theo cơ cấu hiện tại",
  showSeparate: "Tách theo cơ quan trước sắp xếp",
  mergedFrom: (names: string[]) => `gồm cả ${names.join("; ")}`,
  /** `decision` as `quotableReference` leaves it (lib/text/vietnamese.ts) */
  restructured: (label: string, name: string, date: string, successor: string, decision: string) =>
    `«${label}» được giao cho «${successor}»: «${name}» đã kết thúc hoạt động từ ngày ${date} theo sắp xếp cơ cấu tổ chức${decision ? ` «${decision}»` : ""}.`,
  typoCorrected: (label: string, name: string) =>
    `«${label}» được hiểu là «${name}» (sửa lỗi chính tả); hãy kiểm tra lại.`,
  unresolved: (label: string) =>
    `Không tìm thấy «${label}» trong danh mục cơ quan của tỉnh; giữ nguyên như văn bản để Sở Nội vụ gán cơ quan.`,
  ambiguous: (label: string, candidates: string[]) =>
    `«${label}» có thể là ${candidates.map((c) => `«${c}»`).join(" hoặc ")}; chưa gán cơ quan, giữ nguyên như văn bản.`,
} as const;
