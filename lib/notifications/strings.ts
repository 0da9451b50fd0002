// Every Vietnamese string of notifications and reminder emails, in one place (conventions §8).
import { lowerFirst } from "@/lib/text/vietnamese";
/** Notification kinds (the `kind` column). The report ones are also written by lib/reports (i9a). */
export const NOTIFICATION_KINDS = [
  "task.due7",
  "task.due3",
  "task.due1",
  "task.overdue",
  "task.returned",
  "task.approval", // written by lib/tasks/head-approval-store.ts with the change itself
  "task.sent_back",
  "period.open",
  "period.due3",
  "report.late",
  "report.returned",
  "report.accepted",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const KIND_LABELS: Record<NotificationKind, string> = {
  "task.due7": "Còn 7 ngày đến hạn",
  "task.due3": "Còn 3 ngày đến hạn",
  "task.due1": "Còn 1 ngày đến hạn",
  "task.overdue": "Nhiệm vụ quá hạn",
  "task.returned": "Nhiệm vụ bị trả lại",
  "task.approval": "Chờ lãnh đạo cơ quan duyệt",
  "task.sent_back": "Lãnh đạo cơ quan trả lại",
  "period.open": "Kỳ báo cáo bắt đầu",
  "period.due3": "Còn 3 ngày đến hạn báo cáo",
  "report.late": "Chậm nộp báo cáo",
  "report.returned": "Báo cáo bị trả lại",
  "report.accepted": "Báo cáo được tiếp nhận",
};

export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? "Thông báo";
}

export const NOTIFICATION_TEXT = {
  pageTitle: "Thông báo",
  bellLabel: (unread: number) => (unread > 0 ? `Thông báo: ${unread} chưa đọc` : "Thông báo: không có thông báo mới"),
  empty: "Chưa có thông báo nào.",
  unreadOnly: "Chỉ hiện thông báo chưa đọc",
  markRead: "Đánh dấu đã đọc",
  markAllRead: "Đánh dấu tất cả đã đọc",
  open: "Xem",
  emailOn: "Nhận thông báo qua email",
  emailHelpOn: "Bạn đang nhận thông báo qua email.",
  emailHelpOff: "Bạn đã tắt thông báo qua email; thông báo vẫn hiện trong ứng dụng.",
  emailNotConfigured: "Máy chủ chưa cấu hình gửi email (SMTP_URL, MAIL_FROM): thông báo chỉ hiện trong ứng dụng.",
  saveEmail: "Lưu lựa chọn",
  emailSaved: (on: boolean) => (on ? "Đã bật thông báo qua email." : "Đã tắt thông báo qua email."),
  markedRead: "Đã đánh dấu đã đọc.",
  previous: "Trang trước",
  next: "Trang sau",
  page: (n: number, of: number) => `Trang ${n}/${of}`,
  emailFooter: "Email này được gửi tự động từ PAR Tracker. Bạn có thể tắt thông báo qua email tại trang Thông báo.",
};

const daysText = (kind: NotificationKind) =>
  kind === "task.due7" ? "7 ngày" : kind === "task.due3" ? "3 ngày" : "1 ngày";

/** Title and body of a task reminder; dates already formatted dd/MM/yyyy. */
export function taskReminderText(
  kind: NotificationKind,
  task: { title: string; due: string },
): { title: string; body: string } {
  if (kind === "task.overdue") {
    return {
      title: `Nhiệm vụ quá hạn: ${task.title}`,
      body: `Nhiệm vụ “${task.title}” đã quá hạn ngày ${task.due} mà chưa hoàn thành.`,
    };
  }
  return {
    title: `Còn ${daysText(kind)} đến hạn: ${task.title}`,
    body: `Nhiệm vụ “${task.title}” đến hạn ngày ${task.due} (còn ${daysText(kind)}). Vui lòng cập nhật tiến độ và tài liệu kiểm chứng.`,
  };
}

export function taskReturnedText(task: { title: string; reason: string | null }): { title: string; body: string } {
  const reason = task.reason ? ` Lý do: ${task.reason}` : "";
  return {
    title: `Sở Nội vụ trả lại nhiệm vụ: ${task.title}`,
    body: `Sở Nội vụ đã trả lại kết quả nhiệm vụ “${task.title}”.${reason}`,
  };
}

/** Where an agency writes its report for a period (the reports pages of lib/reports). */
export function reportLink(periodKey: string, agencyId: string): string {
  return `/bao-cao/${encodeURIComponent(periodKey)}/${encodeURIComponent(agencyId)}`;
}

type ReportTextKind =
  | "period.open"
  | "period.due3"
  | "report.late"
  | "report.remind"
  | "report.returned"
  | "report.accepted";

export function reportText(
  kind: ReportTextKind,
  p: { period: string; due?: string; reason?: string | null },
): { title: string; body: string } {
  switch (kind) {
    case "period.open":
      return {
        title: `Kỳ báo cáo ${p.period} đã bắt đầu`,
        body: `Đơn vị cần gửi báo cáo kết quả thực hiện kế hoạch ${lowerFirst(p.period)} về Sở Nội vụ trước hết ngày ${p.due}.`,
      };
    case "period.due3":
      return {
        title: `Sắp đến hạn báo cáo ${p.period}`,
        body: `Hạn gửi báo cáo ${lowerFirst(p.period)} là ngày ${p.due}. Đơn vị chưa gửi báo cáo.`,
      };
    case "report.late":
      return {
        title: `Chậm gửi báo cáo ${p.period}`,
        body: `Đã quá hạn gửi báo cáo ${lowerFirst(p.period)} (hạn ngày ${p.due}). Đề nghị đơn vị hoàn thành và gửi báo cáo ngay.`,
      };
    case "report.remind":
      return {
        title: `Sở Nội vụ nhắc gửi báo cáo ${p.period}`,
        body: `Sở Nội vụ đề nghị đơn vị gửi báo cáo ${lowerFirst(p.period)} (hạn ngày ${p.due}).`,
      };
    case "report.returned":
      return {
        title: `Báo cáo ${p.period} bị trả lại`,
        body: `Sở Nội vụ đã trả lại báo cáo ${lowerFirst(p.period)} của đơn vị.${p.reason ? ` Lý do: ${p.reason}` : ""} Đề nghị chỉnh sửa và gửi lại.`,
      };
    case "report.accepted":
      return {
        title: `Báo cáo ${p.period} đã được tiếp nhận`,
        body: `Sở Nội vụ đã tiếp nhận báo cáo ${lowerFirst(p.period)} của đơn vị.`,
      };
  }
}
