import { Link } from "@/components/ui/Link";
import { REPORT_TEXT } from "@/lib/reports/strings";

/** The line above a reporting page's title: back to the reports home, then what the page belongs to. */
export function ReportsCrumb({ context }: { context?: React.ReactNode }) {
  return (
    <p className="text-sm font-medium uppercase tracking-wide text-brand-700">
      <Link href="/bao-cao" className="underline">
        {REPORT_TEXT.title}
      </Link>
      {context && <> · {context}</>}
    </p>
  );
}
