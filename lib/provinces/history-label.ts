// How history is labelled: a predecessor's name with the day it ceased ("Đắk Nông (trước 01/07/2025)").
import { formatDate } from "@/lib/format";

export type HistoryProvince = { id: string; name: string; mergedOn: Date | null };

export function historyLabel(p: { name: string; mergedOn: Date | null }): string {
  return p.mergedOn ? `${p.name} (trước ${formatDate(p.mergedOn)})` : p.name;
}
