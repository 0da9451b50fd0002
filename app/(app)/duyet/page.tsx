import type { Metadata } from "next";
import { ReviewQueue } from "@/components/tasks/ReviewQueue";
import { requireAction } from "@/lib/auth/session";
import { dataOrRefuse } from "@/lib/server/refuse";
import { loadReviewQueue } from "@/lib/tasks/data";
import { REVIEW_TEXT } from "@/lib/tasks/strings";

export const metadata: Metadata = { title: REVIEW_TEXT.title };

/** Sở Nội vụ's review queue: submitted tasks to accept or return, and duties still to assign. */
export default async function ReviewPage() {
  const user = await requireAction("task.review");
  const queue = dataOrRefuse(await loadReviewQueue(user));
  return <ReviewQueue queue={queue} />;
}
