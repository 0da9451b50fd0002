export default function CriterionLoading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <p className="sr-only">Đang tải tiêu chí…</p>
      <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded-lg border border-slate-200 bg-white" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
