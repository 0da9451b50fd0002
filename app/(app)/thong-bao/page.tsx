import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/NotificationList";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { Pagination } from "@/components/ui/Pagination";
import { requireAction } from "@/lib/auth/session";
import { mailSettings } from "@/lib/env";
import { markReadAction, setEmailAction } from "@/lib/notifications/actions";
import { loadNotifications } from "@/lib/notifications/data";
import { NOTIFICATION_TEXT as t } from "@/lib/notifications/strings";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Thông báo" };

const RESULTS: Record<string, string> = {
  "da-doc": t.markedRead,
  "email-bat": t.emailSaved(true),
  "email-tat": t.emailSaved(false),
  loi: "Không thực hiện được thao tác. Vui lòng thử lại.",
};

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("notification.own");
  const params = await searchParams;
  const requested = Number(firstParam(params.trang) ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const unreadOnly = firstParam(params["chua-doc"]) === "1";
  const { rows, pages, emailOn } = await loadNotifications(user, { page, unreadOnly });
  const result = RESULTS[firstParam(params.kq) ?? ""];
  // a page link keeps the filter and drops the last action's result
  const page$ = (p: number) => ({ trang: p > 1 ? String(p) : undefined, kq: undefined });
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
        <Pagination
          label="Phân trang"
          basePath="/thong-bao"
          params={params}
          previous={page > 1 ? { label: t.previous, change: page$(page - 1) } : null}
          next={page < pages ? { label: t.next, change: page$(page + 1) } : null}
          status={t.page(page, pages)}
        />
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
