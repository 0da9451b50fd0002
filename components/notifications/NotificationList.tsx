import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { formatDateTime } from "@/lib/format";
import { markReadAction, openNotificationAction } from "@/lib/notifications/actions";
import type { NotificationRow } from "@/lib/notifications/data";
import { kindLabel, NOTIFICATION_TEXT as t } from "@/lib/notifications/strings";

type Props = { rows: NotificationRow[]; page: number; unreadOnly: boolean };

export function NotificationList({ rows, page, unreadOnly }: Props) {
  if (rows.length === 0) return <EmptyState>{t.empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t.pageTitle}>
      {rows.map((n) => (
        <li
          key={n.id}
          className={`flex flex-wrap items-start justify-between gap-3 py-3 ${n.readAt ? "" : "bg-amber-50/60"}`}
        >
          <div className="min-w-0 flex-1">
            <div className="text-xs text-slate-600">
              {kindLabel(n.kind)} · <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
              {!n.readAt && <span className="ml-2 rounded bg-amber-200 px-1 text-slate-900">Mới</span>}
            </div>
            <div className="font-medium text-slate-900">{n.title}</div>
            <p className="text-sm text-slate-700">{n.body}</p>
          </div>
          <div className="flex gap-2">
            {n.href && (
              <form action={openNotificationAction}>
                <input type="hidden" name="id" value={n.id} />
                <input type="hidden" name="href" value={n.href} />
                <Button variant="secondary" className="px-2 py-1">
                  {t.open}
                </Button>
              </form>
            )}
            {!n.readAt && (
              <form action={markReadAction}>
                <input type="hidden" name="id" value={n.id} />
                <input type="hidden" name="trang" value={page} />
                {unreadOnly && <input type="hidden" name="chua-doc" value="1" />}
                <Button variant="secondary" className="px-2 py-1">
                  {t.markRead}
                </Button>
              </form>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
