// User-facing strings of the plan-body parser (CONTRIBUTING.md §8: one place per feature).
const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

export const bodyMessages = {
  noBody: () => "Không tìm thấy phần nội dung kế hoạch (các mục đánh số «1.», «a)») trước phần ký tên.",
  strayLine: (text: string) => `Dòng «${clip(text)}» không thuộc mục nào; đã bỏ qua, hãy kiểm tra văn bản.`,
  numberingGap: (from: number, to: number) =>
    from === to
      ? `Thiếu mục ${from} (cả tiêu đề và nội dung): hãy kiểm tra văn bản gốc.`
      : `Thiếu các mục ${from}–${to} (cả tiêu đề và nội dung): hãy kiểm tra văn bản gốc.`,
  numberingAmbiguous: (heading: number) =>
    `Trước mục ${heading} có nhiều danh sách mất tiêu đề hơn số mục còn thiếu; đã đánh số theo thứ tự, hãy kiểm tra.`,
  headingNamesUnknown: (ref: string, heading: string) =>
    `Mục ${ref} «${clip(heading)}» không nêu tên cơ quan nào có trong danh mục; nhiệm vụ được nhập chưa giao để Sở Nội vụ giao.`,
  closingNamesUnknown: (ref: string, text: string) =>
    `Đoạn ${ref} «${clip(text)}» giao nhiệm vụ cho cơ quan không có trong danh mục; nhiệm vụ được nhập chưa giao.`,
  extraSection: (section: number) =>
    `Phần thứ ${section} của văn bản không thuộc các phần II–IV; đã bỏ qua, hãy kiểm tra.`,
} as const;
