// The words of the head's approval of a staff member's "hoàn thành" (lib/tasks/head-approval.ts), in the wording
// of the agency reports' own approval step (lib/reports/strings.ts).

export const APPROVAL_TEXT = {
  /** the status option a staff member picks when their agency's head approves first */
  submitForHead: "Hoàn thành — gửi lãnh đạo cơ quan duyệt",
  waitingBadge: "Chờ lãnh đạo duyệt",
  waitingTitle: "Chờ lãnh đạo cơ quan duyệt",
  onlyWaiting: "Chỉ nhiệm vụ chờ lãnh đạo cơ quan duyệt",
  waitingSince: (by: string, at: string) => `${by} báo hoàn thành lúc ${at}; chưa gửi Sở Nội vụ.`,
  waitingHint:
    "Lãnh đạo cơ quan chuyển kết quả sang Sở Nội vụ xác nhận, hoặc trả lại cho cán bộ kèm lý do. Người gửi có thể rút lại.",
  staffHint: "Đơn vị bạn yêu cầu lãnh đạo cơ quan duyệt trước: khi chọn Hoàn thành, kết quả được gửi lãnh đạo duyệt.",
  forward: "Duyệt, gửi Sở Nội vụ xác nhận",
  forwardNote: "Ghi chú của lãnh đạo (không bắt buộc)",
  sendBackTitle: "Trả lại cho cán bộ",
  sendBack: "Trả lại cán bộ",
  reason: "Lý do trả lại",
  reasonHint: "Bắt buộc khi trả lại: nêu rõ cần bổ sung, sửa đổi gì.",
  withdraw: "Rút lại đề nghị duyệt — tiếp tục thực hiện",
  pending: "Đang lưu…",
  forwarded: "Đã duyệt và gửi Sở Nội vụ xác nhận.",
  sentBack: "Đã trả lại cho cán bộ.",
  withdrawn: "Đã rút lại đề nghị duyệt.",
  requested: "Đã gửi lãnh đạo cơ quan duyệt.",
  /** history notes */
  requestNote: (note: string | undefined) =>
    note ? `Báo hoàn thành, gửi lãnh đạo cơ quan duyệt. ${note}` : "Báo hoàn thành, gửi lãnh đạo cơ quan duyệt.",
  sentBackNote: (reason: string) => `Lãnh đạo cơ quan trả lại, chưa gửi Sở Nội vụ. Lý do: ${reason}`,
  withdrawnNote: "Rút lại đề nghị lãnh đạo cơ quan duyệt.",
  approvedBy: (name: string) => `Lãnh đạo duyệt: ${name}`,
  /** the agency setting */
  settingTitle: "Lãnh đạo cơ quan duyệt kết quả nhiệm vụ",
  settingOn: "Đang bật: kết quả “hoàn thành” của cán bộ chờ lãnh đạo cơ quan duyệt rồi mới gửi Sở Nội vụ.",
  settingOff: "Đang tắt: cán bộ báo hoàn thành thì kết quả gửi thẳng Sở Nội vụ xác nhận.",
  settingHint: "Lãnh đạo cơ quan tự báo hoàn thành thì vẫn gửi thẳng Sở Nội vụ.",
  turnOn: "Bật duyệt của lãnh đạo cơ quan",
  turnOff: "Tắt duyệt của lãnh đạo cơ quan",
  turnedOn: (agency: string) => `Đã bật: kết quả của cán bộ ${agency} chờ lãnh đạo cơ quan duyệt.`,
  turnedOff: (agency: string) => `Đã tắt: kết quả của cán bộ ${agency} gửi thẳng Sở Nội vụ.`,
} as const;

export const APPROVAL_ERRORS = {
  notWaiting: "Nhiệm vụ không còn chờ lãnh đạo cơ quan duyệt (có thể đã được duyệt, trả lại hoặc rút lại).",
  waitingLocked:
    "Nhiệm vụ đang chờ lãnh đạo cơ quan duyệt: lãnh đạo duyệt hoặc trả lại, hoặc người gửi rút lại, rồi mới cập nhật trạng thái.",
  onlyRequester: "Chỉ cán bộ đã gửi đề nghị mới rút lại được; lãnh đạo cơ quan dùng nút “Trả lại cán bộ”.",
  decision: "Chọn duyệt hoặc trả lại.",
  reasonRequired: "Nhập lý do trả lại để cán bộ biết cần bổ sung, sửa đổi gì.",
} as const;

/** Notifications (the agency head when asked, the staff member when sent back). */
export function approvalRequestedText(task: { title: string; by: string }): { title: string; body: string } {
  return {
    title: `Chờ lãnh đạo duyệt: ${task.title}`,
    body: `${task.by} báo hoàn thành nhiệm vụ “${task.title}” và đề nghị lãnh đạo cơ quan duyệt trước khi gửi Sở Nội vụ.`,
  };
}

export function sentBackText(task: { title: string; reason: string }): { title: string; body: string } {
  return {
    title: `Lãnh đạo cơ quan trả lại: ${task.title}`,
    body: `Lãnh đạo cơ quan trả lại kết quả nhiệm vụ “${task.title}”, chưa gửi Sở Nội vụ. Lý do: ${task.reason}`,
  };
}
