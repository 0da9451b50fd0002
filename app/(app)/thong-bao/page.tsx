import type { Metadata } from "next";
import Link from "next/link";
import { NotificationList } from "@/components/notifications/NotificationList";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { requireAction } from "@/lib/auth/session";
import { mailSettings } from "@/lib/env";
import { markReadAction, setEmailAction } from "@/lib/notifications/actions";
import { loadNotifications } from "@/lib/notifications/data";
import { NOTIFICATION_TEXT as t } from "@/lib/notifications/strings";

export const metadata: Metadata = { title: "Thông báo" };

type Params = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const RESULTS: Record<string, string> = {
  "da-doc": t.markedRead,
  "email-bat": t.emailSaved(true),
  "email-tat": t.emailSaved(false),
  loi: "Không thực hiện được thao tác. Vui lòng thử lại.",
};

export default async function NotificationsPage({ searchParams }: { searchParams: Params }) {
  const user = await requireAction("notification.own");
  const params = await searchParams;
  const requested = Number(one(params.trang) ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const unreadOnly = one(params["chua-doc"]) === "1";
  const { rows, pages, emailOn } = await loadNotifications(user, { page, unreadOnly });
  const result = RESULTS[one(params.kq) ?? ""];
  const link = (p: number) =>
    `/thong-bao?${new URLSearchParams({ ...(p > 1 ? { trang: String(p) } : {}), ...(unreadOnly ? { "chua-doc": "1" } : {}) })}`;
  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-bold sm:text-2xl">{t.pageTitle}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <Link href={unreadOnly ? "/thong-bao" : "/thong-bao?chua-doc=1"} className="underline">
            {unreadOnly ? "Hiện tất cả" : t.unreadOnly}
          </Link>
          <form action={markReadAction}>
            {unreadOnly && <input type="hidden" name="chua-doc" value="1" />}
            <Button size="sm">{t.markAllRead}</Button>
          </form>
        </div>
      </header>
      <p role="status" aria-live="polite" className="text-sm text-emerald-800">
        {result ?? ""}
      </p>
      <Card>
        <NotificationList rows={rows} page={page} unreadOnly={unreadOnly} />
        {pages > 1 && (
          <nav aria-label="Phân trang" className="mt-3 flex items-center gap-3 text-sm">
            {page > 1 && (
              <Link href={link(page - 1)} className="underline">
                {t.previous}
              </Link>
            )}
            <span>{t.page(page, pages)}</span>
            {page < pages && (
              <Link href={link(page + 1)} className="underline">
                {t.next}
              </Link>
            )}
          </nav>
        )}
      </Card>
      <Card title={t.emailOn} id="email">
        <p className="mb-2 text-sm text-slate-700">
          {mailSettings() ? (emailOn ? t.emailHelpOn : t.emailHelpOff) : t.emailNotConfigured}
        </p>
        <form action={setEmailAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="trang" value={page} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="email" value="on" defaultChecked={emailOn} /> {t.emailOn}
          </label>
          <Button variant="secondary">{t.saveEmail}</Button>
        </form>
      </Card>
    </div>
  );
}
