// "Gộp theo cơ cấu hiện tại" (?gop=1): a GET toggle that keeps the page's other parameters. Off (the default),
// each agency of the past keeps its own line; on, predecessors' figures are added into their successor's.
import { ButtonLink } from "@/components/ui/ButtonLink";
import { agencyMessages as m } from "@/lib/agencies/messages";
import { hrefWith, type SearchParams } from "@/lib/search-params";

export const MERGE_PARAM = "gop";

export function MergeToggle({ basePath, params, on }: { basePath: string; params: SearchParams; on: boolean }) {
  const href = hrefWith(basePath, params, { [MERGE_PARAM]: on ? undefined : "1" });
  return <MergeSwitch on={on} note={on ? m.mergedNow : m.separateNow} href={href} />;
}

/** The toggle itself: `note` says what the page shows now, `href` is the page in the other state. */
export function MergeSwitch({ on, note, href }: { on: boolean; note: string; href: string }) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700" data-testid="merge-toggle">
      <span>{note}</span>
      <ButtonLink variant="secondary" size="sm" href={href} data-testid="merge-toggle-link">
        {on ? m.showSeparate : m.showMerged}
      </ButtonLink>
    </p>
  );
}
