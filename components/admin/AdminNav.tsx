import { Link } from "@/components/ui/Link";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";

const TABS = [
  { key: "agencies", href: "/quan-tri/co-quan", label: t.tabs.agencies },
  { key: "groups", href: "/quan-tri/nhom", label: t.tabs.groups },
  { key: "restructure", href: "/quan-tri/co-cau", label: t.tabs.restructure },
  { key: "users", href: "/quan-tri/tai-khoan", label: t.tabs.users },
  { key: "peers", href: "/quan-tri/diem-cac-tinh", label: t.tabs.peers },
  { key: "audit", href: "/nhat-ky", label: t.tabs.audit },
] as const;
type Tab = (typeof TABS)[number]["key"];
const LIST_OF = Object.fromEntries(TABS.map((tab) => [tab.key, tab.href])) as Record<Tab, string>;

/**
 * Sub-navigation of the Sở Nội vụ admin pages; on the page of one record, `back` is the link under it back to
 * the current tab's list.
 */
export function AdminNav({ current, back }: { current: Tab; back?: string }) {
  return (
    <>
      <AdminTabs current={current} />
      {back && (
        <Link href={LIST_OF[current]} className="text-sm text-blue-800 underline">
          {back}
        </Link>
      )}
    </>
  );
}

function AdminTabs({ current }: { current: Tab }) {
  return (
    <nav aria-label={t.sectionTitle} className="mb-5 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={`block border-b-2 px-3 py-2 text-sm font-medium ${tab.key === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
