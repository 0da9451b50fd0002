import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";

const field = "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm";

/**
 * Downloads of a period's consolidated report (Sở Nội vụ → UBND tỉnh) and of its matrix. The number and the
 * signer are the official's to give: left empty, the document shows dotted blanks to fill in before signing.
 */
export function ConsolidatedDownloads({ periodKey }: { periodKey: string }) {
  return (
    <Card title="Báo cáo tổng hợp gửi UBND tỉnh" id="tai-ve">
      <form method="get" action="/api/xuat/bao-cao-tong-hop" className="space-y-3">
        <input type="hidden" name="ky" value={periodKey} />
        <p className="text-sm text-slate-700">
          Số, ký hiệu và người ký do Sở Nội vụ điền; để trống thì văn bản để chỗ trống (……) để điền khi ký ban hành.
        </p>
        <div className="grid gap-3 sm:grid-cols-3">
          <label className="text-sm">
            Số, ký hiệu văn bản
            <input name="so" maxLength={40} placeholder="ví dụ: 125/BC-SNV" className={field} />
          </label>
          <label className="text-sm">
            Chức vụ người ký
            <input name="chuc-vu" maxLength={80} placeholder="ví dụ: Giám đốc" className={field} />
          </label>
          <label className="text-sm">
            Họ tên người ký
            <input name="nguoi-ky" maxLength={80} className={field} />
          </label>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button name="dinh-dang" value="docx" size="sm">
            Tải Word (DOCX)
          </Button>
          <Button name="dinh-dang" value="pdf" size="sm">
            Tải PDF
          </Button>
          <Button name="dinh-dang" value="xlsx" size="sm">
            Tải phụ lục Excel (XLSX)
          </Button>
        </div>
      </form>
      <p className="mt-3 text-sm">
        Tình hình nộp báo cáo của các cơ quan:{" "}
        <a className="underline" href={`/api/xuat/ma-tran?ky=${encodeURIComponent(periodKey)}&dinh-dang=xlsx`}>
          Excel
        </a>
        {" · "}
        <a className="underline" href={`/api/xuat/ma-tran?ky=${encodeURIComponent(periodKey)}&dinh-dang=csv`}>
          CSV
        </a>
      </p>
    </Card>
  );
}

/** "Tải về: Excel · CSV" links for a list download route (board, task list, audit log). */
export function TableDownloads({ href, label = "Tải về" }: { href: string; label?: string }) {
  const sep = href.includes("?") ? "&" : "?";
  return (
    <p className="text-sm print:hidden">
      {label}:{" "}
      <a className="underline" href={`${href}${sep}dinh-dang=xlsx`}>
        Excel (XLSX)
      </a>
      {" · "}
      <a className="underline" href={`${href}${sep}dinh-dang=csv`}>
        CSV
      </a>
    </p>
  );
}
