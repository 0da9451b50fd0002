import { SignOutButton } from "@/components/layout/SignOutButton";
import { NotificationBell } from "@/components/notifications/NotificationBell";
import { Link } from "@/components/ui/Link";
import { type Action, hasAction, NO_PROVINCE, ROLE_LABELS } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

type NavItem = { href: string; label: string; action: Action; agencyOnly?: boolean };

// Navigation is a convenience: every page re-checks the permission on the server.
// The shell's links, like every link, are not prefetched (components/ui/Link.tsx): the dozen prefetches a page made
// on load were also measured as a large part of the main thread's work on a phone (Lighthouse, the dashboard).
const NAV: NavItem[] = [
  { href: "/bang-dieu-khien", label: "Bảng điều khiển", action: "dashboard.read" },
  { href: "/ke-hoach", label: "Kế hoạch", action: "plan.read" },
  { href: "/nhiem-vu", label: "Nhiệm vụ của đơn vị", action: "board.read", agencyOnly: true },
  { href: "/viec-cua-toi", label: "Việc của tôi", action: "board.read", agencyOnly: true },
  { href: "/tien-do", label: "Tiến độ các cơ quan", action: "overview.read" },
  { href: "/duyet", label: "Duyệt kết quả", action: "task.review" },
  { href: "/tu-danh-gia", label: "Tự đánh giá", action: "selfassessment.read" },
  { href: "/tu-danh-gia", label: "Tự đánh giá", action: "selfassessment.score", agencyOnly: true },
  { href: "/bo-chi-so", label: "Bộ chỉ số", action: "framework.read" },
  { href: "/quan-tri-quoc-gia/sap-nhap-tinh", label: "Sáp nhập tỉnh", action: "province.merge" },
  { href: "/bao-cao", label: "Báo cáo định kỳ", action: "report.read" },
  { href: "/bao-cao/kho-khan", label: "Khó khăn, vướng mắc", action: "report.overview" },
  { href: "/quan-tri", label: "Quản trị", action: "agency.manage" },
  { href: "/quan-tri/can-bo", label: "Cán bộ của đơn vị", action: "staff.manage", agencyOnly: true },
  { href: "/nhat-ky", label: "Nhật ký thay đổi", action: "audit.read" },
];

/** `reviewCount`: tasks waiting for Sở Nội vụ, shown on "Duyệt kết quả (n)" (null for those who do not review). */
export function AppShell({
  user,
  unread = 0,
  reviewCount = null,
  children,
}: {
  user: SessionUser;
  unread?: number;
  reviewCount?: number | null;
  children: React.ReactNode;
}) {
  const allowed = NAV.filter((n) => hasAction(user.role, n.action) && (!n.agencyOnly || user.agencyId));
  const items = allowed.filter((n, i) => allowed.findIndex((m) => m.href === n.href) === i);
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        Bỏ qua điều hướng
      </a>
      <header className="bg-brand-700 text-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="font-bold tracking-tight">
            PAR Tracker{" "}
            <span className="font-normal opacity-90">
              ·{" "}
              {user.provinceId === NO_PROVINCE
                ? "Bộ Chỉ số CCHC cấp tỉnh (quản trị quốc gia)"
                : `Chỉ số CCHC tỉnh ${user.provinceName}`}
            </span>
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <NotificationBell unread={unread} />
            <Link
              href="/tai-khoan"
              className="underline-offset-2 hover:underline"
              title="Tài khoản của tôi: đổi mật khẩu, đăng xuất khỏi mọi nơi"
            >
              {user.name} <span className="opacity-80">({user.agencyName ?? ROLE_LABELS[user.role]})</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Điều hướng chính" className="bg-brand-800">
          <ul className="mx-auto flex max-w-7xl flex-wrap gap-1 px-2">
            {items.map((n) => (
              <li key={n.href}>
                <Link
                  href={n.href}
                  className="block px-3 py-2 text-sm hover:bg-white/10"
                  data-testid={n.href === "/duyet" ? "nav-review" : undefined}
                >
                  {n.href === "/duyet" && reviewCount !== null ? `${n.label} (${reviewCount})` : n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
