// Input of a province's published result for an index year (page and server), no Prisma imports. Later
// years publish some results as a percentage of the maximum: each value is typed as points or as %.
import { z } from "zod";
import { indexYearField } from "@/lib/frameworks/schema";

const number = (message: string) =>
  z
    .string()
    .transform((v) => v.trim().replace(",", "."))
    .pipe(z.string().regex(/^(\d{1,3}(\.\d{1,3})?)?$/, message));

export const publishedResultSchema = z.object({
  year: indexYearField,
  mode: z.enum(["points", "percent"], { error: "Hãy chọn nhập theo điểm hoặc theo phần trăm điểm tối đa." }),
  totalScore: number("Tổng điểm phải là số, tối đa 3 chữ số thập phân.").refine(
    (v) => v !== "",
    "Hãy nhập tổng điểm đã công bố.",
  ),
  rank: z
    .string()
    .trim()
    .regex(/^\d{0,2}$/, "Thứ hạng phải là số nguyên.")
    .transform((v) => (v === "" ? null : Number(v))),
  values: z.record(z.string().max(12), number("Điểm phải là số không âm, tối đa 3 chữ số thập phân.")),
});
export type PublishedResultInput = z.input<typeof publishedResultSchema>;
