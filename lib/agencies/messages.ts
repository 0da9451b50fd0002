// User-facing strings of the agency resolver, kept together so another locale can follow (CONTRIBUTING.md §8).

export const agencyMessages = {
  typoCorrected: (label: string, name: string) =>
    `«${label}» được hiểu là «${name}» (sửa lỗi chính tả); hãy kiểm tra lại.`,
  unresolved: (label: string) =>
    `Không tìm thấy «${label}» trong danh mục cơ quan của tỉnh; giữ nguyên như văn bản để Sở Nội vụ gán cơ quan.`,
  ambiguous: (label: string, candidates: string[]) =>
    `«${label}» có thể là ${candidates.map((c) => `«${c}»`).join(" hoặc ")}; chưa gán cơ quan, giữ nguyên như văn bản.`,
} as const;
