import type { Metadata } from "next";
import { CyclePicker } from "@/components/cycles/CyclePicker";
import { ReviewQueue } from "@/components/tasks/ReviewQueue";
import { requireAction } from "@/lib/auth/session";
import { loadCachedCycleOptions } from "@/lib/cycles/options";
import { CYCLE_PARAM, otherParams, parseCycleParam } from "@/lib/cycles/param";
import { parsePage, type SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";
import { loadReviewQueue } from "@/lib/tasks/data";
import { REVIEW_TEXT } from "@/lib/tasks/strings";

export const metadata: Metadata = { title: REVIEW_TEXT.title };

/** Sở Nội vụ's review queue: submitted tasks to accept or return (paged), and duties still to assign. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("task.review");
  const params = await searchParams;
  const cycles = await loadCachedCycleOptions({ provinceId: user.provinceId });
  const cycle = parseCycleParam(params[CYCLE_PARAM], cycles);
  const queue = dataOrRefuse(await loadReviewQueue(user, cycle, parsePage(params.trang)));
  // a new cycle starts from its first page
  const keep = otherParams(params);
  delete keep.trang;
  return (
    <div className="space-y-4">
      <CyclePicker options={cycles} current={cycle} basePath="/duyet" keep={keep} />
      <ReviewQueue queue={queue} params={params} />
    </div>
  );
}
