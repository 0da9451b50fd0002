// On an agency's board: an ended agency links to its successor; a successor lists whom it took over from.
import { Link } from "@/components/ui/Link";
import { formatDate } from "@/lib/format";
import type { Succession } from "@/lib/restructuring/data";
import { restructuringText as t } from "@/lib/restructuring/messages";

export function SuccessionNotice({ succession }: { succession: Succession | null }) {
  if (!succession) return null;
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm" data-testid="succession-notice">
      {succession.endedOn && (
        <>
          {t.endedNotice(formatDate(succession.endedOn))}{" "}
          {succession.successor ? (
            <Link href={`/co-quan/${succession.successor.id}`} className="font-medium text-blue-800 underline">
              {t.successorOf(succession.successor.name)}
            </Link>
          ) : (
            t.noSuccessor
          )}
        </>
      )}
      {succession.predecessors.length > 0 && (
        <>
          {t.takenOver}{" "}
          {succession.predecessors.map((p, i) => (
            <span key={p.id}>
              {i > 0 && "; "}
              <Link href={`/co-quan/${p.id}`} className="text-blue-800 underline">
                {p.name}
              </Link>{" "}
              ({t.endedOn(formatDate(p.endedOn))})
            </span>
          ))}
        </>
      )}
    </p>
  );
}
