"use client";
// What the root layout's not-found, forbidden and unauthorized boundaries show. Every page's RSC payload carries
// those three boundaries, twice; written as server markup they were about 6 KB of every page's HTML (the dashboard
// was 1,4 % under its 120 KB budget at national size), as client components each is one reference. Plain links, as
// in ProblemPage: next/link would be copied into the small chunk these load in on every page.
import { ProblemPage } from "./ProblemPage";

export function NotFoundView() {
  return (
    <ProblemPage
      title="Không tìm thấy trang"
      body="Địa chỉ này không có trong PAR Tracker, hoặc nội dung đã được chuyển đi. Kiểm tra lại đường dẫn hoặc chọn một trang dưới đây."
    />
  );
}

/** `heading`: what the reader may not do; `hint`: what to do about it; `action`: where to go. */
function RefusedView({
  title,
  heading,
  hint,
  action,
}: {
  title: string;
  heading: string;
  hint: string;
  action: { href: string; label: string };
}) {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <title>{title}</title>
      <h1 className="text-xl font-bold">{heading}</h1>
      <p className="mt-2 text-slate-600">{hint}</p>
      <a href={action.href} className="mt-6 inline-block text-blue-700 underline">
        {action.label}
      </a>
    </main>
  );
}

export function ForbiddenView() {
  return (
    <RefusedView
      title="Không có quyền truy cập"
      heading="Bạn không có quyền truy cập trang này"
      hint="Nếu cần quyền, vui lòng liên hệ Sở Nội vụ."
      action={{ href: "/", label: "Về trang chủ" }}
    />
  );
}

export function UnauthorizedView() {
  return (
    <RefusedView
      title="Cần đăng nhập"
      heading="Bạn cần đăng nhập để xem trang này"
      hint="Phiên đăng nhập đã hết hạn, hoặc bạn chưa đăng nhập."
      action={{ href: "/dang-nhap", label: "Đăng nhập" }}
    />
  );
}
