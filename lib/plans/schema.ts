// Input of the plan upload (page and API): shared by the client form and the server, no Prisma imports.
import { z } from "zod";

export const PLAN_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const PLAN_FILE_EXTENSIONS = [".txt", ".csv", ".xlsx"] as const;

const optionalText = z
  .string()
  .transform((v) => v.normalize("NFC").trim())
  .optional()
  .transform((v) => (v ? v : undefined));

/** "23/08/2021" → "2021-08-23"; a real calendar date only. */
const viDate = optionalText.pipe(
  z
    .string()
    .regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/, "Ngày phải có dạng dd/mm/yyyy, ví dụ 23/08/2021.")
    .transform((v, ctx) => {
      const [d = 0, m = 0, y = 0] = v.split("/").map(Number);
      const date = new Date(Date.UTC(y, m - 1, d));
      if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
        ctx.addIssue({ code: "custom", message: "Ngày không tồn tại trong lịch." });
        return z.NEVER;
      }
      return date.toISOString().slice(0, 10);
    })
    .optional(),
);

export const planUploadSchema = z.object({
  fileName: z
    .string()
    .min(1, "Vui lòng chọn tệp kế hoạch.")
    .refine((name) => PLAN_FILE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)), {
      message: "Chỉ nhận tệp văn bản (.txt), CSV (.csv) hoặc Excel (.xlsx).",
    }),
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength > 0, "Tệp rỗng: vui lòng chọn lại tệp.")
    .refine((b) => b.byteLength <= PLAN_FILE_MAX_BYTES, "Tệp lớn hơn 5 MB: vui lòng tách hoặc rút gọn tệp."),
  number: optionalText.pipe(
    z
      .string()
      .regex(/^\d+\/[\p{L}\d-]+$/u, "Số hiệu có dạng «6006/KH-UBND».")
      .optional(),
  ),
  issuedOn: viDate,
  indexYear: optionalText.pipe(
    z
      .string()
      .regex(/^\d{4}$/, "Năm gồm 4 chữ số, ví dụ 2020.")
      .transform(Number)
      .refine((y) => y >= 2012 && y <= 2100, "Năm của Chỉ số CCHC phải từ 2012 trở đi.")
      .optional(),
  ),
});

export type PlanUploadInput = z.input<typeof planUploadSchema>;
