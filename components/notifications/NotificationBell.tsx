import { Link } from "@/components/ui/Link";
import { NOTIFICATION_TEXT as t } from "@/lib/notifications/strings";

/** The bell of the app shell: a link to the notifications page with the unread count. */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link
      href="/thong-bao"
      aria-label={t.bellLabel(unread)}
      title={t.bellLabel(unread)}
      className="relative inline-flex items-center rounded p-1 hover:bg-white/10"
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span className="num absolute -right-1 -top-1 min-w-4 rounded-full bg-amber-400 px-1 text-center text-[11px] font-bold leading-4 text-slate-900">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
