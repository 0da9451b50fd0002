const LINKS = [
  { href: "/", label: "Trang chính" },
  { href: "/ke-hoach", label: "Kế hoạch" },
  { href: "/nhiem-vu", label: "Nhiệm vụ của đơn vị" },
  { href: "/bang-dieu-khien", label: "Bảng điều khiển" },
];

/**
 * The not-found and error pages: what happened in Vietnamese, and ways back into the app. The ways back are plain
 * links (a full page load, which also leaves a failed page's state behind): next/link here was a copy of its code in
 * the error boundaries' chunks, which every page loads.
 */
export function ProblemPage({ title, body, action }: { title: string; body: string; action?: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-12">
      <div className="rounded-lg border border-slate-200 bg-white p-6 text-center shadow-sm" role="alert">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">PAR Tracker · Chỉ số CCHC</p>
        <h1 className="mt-2 text-xl font-bold text-slate-900">{title}</h1>
        <p className="mt-2 text-slate-700">{body}</p>
        {action}
        <nav aria-label="Đi tới" className="mt-6">
          <ul className="flex flex-wrap justify-center gap-x-4 gap-y-2 text-sm">
            {LINKS.map((l) => (
              <li key={l.href}>
                <a href={l.href} className="text-blue-800 underline">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </main>
  );
}
