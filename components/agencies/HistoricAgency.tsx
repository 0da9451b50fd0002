// An agency in history: its name at the time, then "→ <successor>" linking to the board of the agency that
// carries its work on today (lib/agencies/at-the-time.ts). Used by every page that shows history.
import { Link } from "@/components/ui/Link";
import type { HistoricName } from "@/lib/agencies/at-the-time";
import { agencyMessages as m } from "@/lib/agencies/messages";

export function HistoricAgency({ agency }: { agency: Pick<HistoricName, "name" | "successor"> }) {
  return (
    <>
      {agency.name}
      <SuccessorLink successor={agency.successor} />
    </>
  );
}

export function SuccessorLink({ successor }: { successor: HistoricName["successor"] }) {
  if (!successor) return null;
  return (
    <>
      {" "}
      <Link
        href={`/co-quan/${successor.id}`}
        className="whitespace-nowrap text-blue-800 underline"
        title={m.successorTitle(successor.name)}
        data-testid="successor-link"
      >
        <span aria-hidden="true">→ </span>
        <span className="sr-only">{m.successorSr} </span>
        {successor.name}
      </Link>
    </>
  );
}

/** "Gộp từ …": the ended agencies whose figures a line carries (?gop=1), under the agency's name; nothing when none. */
export function MergedFrom({ names, className }: { names: string[]; className?: string }) {
  if (names.length === 0) return null;
  return (
    <span
      className={className ? `block text-xs font-normal ${className}` : "block text-xs font-normal"}
      data-testid="merged-from"
    >
      {m.mergedFrom(names)}
    </span>
  );
}
