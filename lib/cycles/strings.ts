// The cycle picker's words (CONTRIBUTING.md §8).
export const CYCLE_TEXT = {
  legend: "Chọn chu kỳ",
  label: "Chu kỳ",
  current: "Chu kỳ hiện tại",
  submit: "Xem",
  pastNote: (label: string) =>
    `Đang xem ${label.toLocaleLowerCase("vi-VN")}: chỉ các nhiệm vụ định kỳ có chu kỳ này, với trạng thái, tiến độ và hạn của chu kỳ đó.`,
  backToCurrent: "Về chu kỳ hiện tại",
} as const;
