// "Today" is the calendar day in Việt Nam, whatever the server's zone: a task due on 23/08 is overdue from
// 00:00 on 24/08 in Asia/Ho_Chi_Minh, not from 07:00 (UTC midnight).

const VIETNAM_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Asia/Ho_Chi_Minh as "yyyy-MM-dd". */
export function vietnamToday(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now);
}
