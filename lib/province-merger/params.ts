// The preview's query string (a GET form, so a preview is a link that can be reloaded): Vietnamese parameter
// names, read into the merger schema's fields. Pure: the page and the form share it.
import { firstParam, type SearchParams } from "@/lib/search-params";

export const MERGER_PARAMS = {
  preview: "xem-truoc",
  predecessors: "tinh",
  successor: "ke-thua",
  newName: "ten-moi",
  effectiveOn: "ngay",
  decision: "van-ban",
} as const;

export type MergerFields = {
  predecessorIds: string[];
  successorId: string;
  newSuccessorName: string;
  effectiveOn: string;
  decision: string;
};

/** The merger the query string asks to preview, or null when no preview was asked for. */
export function readMergerParams(sp: SearchParams): MergerFields | null {
  if (!firstParam(sp[MERGER_PARAMS.preview])) return null;
  const many = sp[MERGER_PARAMS.predecessors];
  const ids = (Array.isArray(many) ? many : many ? [many] : []).filter((v) => v.trim()).slice(0, 20);
  return {
    predecessorIds: ids,
    successorId: firstParam(sp[MERGER_PARAMS.successor]) ?? "",
    newSuccessorName: firstParam(sp[MERGER_PARAMS.newName]) ?? "",
    effectiveOn: firstParam(sp[MERGER_PARAMS.effectiveOn]) ?? "",
    decision: firstParam(sp[MERGER_PARAMS.decision]) ?? "",
  };
}
