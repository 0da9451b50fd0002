import { Card } from "@/components/ui/Card";

export function ImportWarnings({
  warnings,
}: {
  warnings: { code: string; criterionCode: string | null; message: string }[];
}) {
  if (warnings.length === 0) return null;
  return (
    <Card title={`Lưu ý khi đối chiếu văn bản (${warnings.length})`} id="import-warnings">
      <p className="mb-2 text-sm text-slate-600">
        Những điểm chưa khớp trong văn bản gốc, được phát hiện khi nhập kế hoạch. Số liệu hiển thị giữ nguyên như văn
        bản.
      </p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {warnings.map((w, i) => (
          <li key={i}>
            {w.criterionCode && <span className="font-medium">Tiêu chí {w.criterionCode}: </span>}
            {w.message}
          </li>
        ))}
      </ul>
    </Card>
  );
}
