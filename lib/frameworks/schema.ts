// Input of the national framework import and edit (page and server), no Prisma imports.
import { z } from "zod";

export const FRAMEWORK_FILE_MAX_BYTES = 2 * 1024 * 1024;

export const indexYearField = z.coerce
  .number({ error: "Năm đánh giá phải là một số, ví dụ 2021." })
  .int("Năm đánh giá phải là số nguyên.")
  .min(2012, "Chỉ số CCHC cấp tỉnh có từ năm 2012.")
  .max(2100, "Năm đánh giá không hợp lệ.");

const decisionField = z
  .string()
  .transform((v) => v.normalize("NFC").trim())
  .pipe(z.string().max(60, "Số quyết định quá dài (tối đa 60 ký tự)."))
  .optional()
  .transform((v) => (v ? v : null));

export const frameworkUploadSchema = z.object({
  year: indexYearField,
  decisionNumber: decisionField,
  fileName: z
    .string()
    .min(1, "Vui lòng chọn tệp bộ chỉ số.")
    .refine((n) => /\.(csv|xlsx)$/i.test(n), "Chỉ nhận tệp CSV (.csv) hoặc Excel (.xlsx)."),
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength > 0, "Tệp rỗng: vui lòng chọn lại tệp.")
    .refine((b) => b.byteLength <= FRAMEWORK_FILE_MAX_BYTES, "Tệp lớn hơn 2 MB: một bộ chỉ số không lớn như vậy."),
});

/** The edit page posts the whole table back; it is checked exactly like an imported file. */
export const frameworkEditSchema = z.object({
  year: indexYearField,
  decisionNumber: decisionField,
  rows: z
    .array(
      z.object({
        code: z.string().max(12),
        title: z.string().max(500, "Tên tiêu chí quá dài (tối đa 500 ký tự)."),
        maxPoints: z.string().max(12),
        survey: z.boolean(),
      }),
    )
    .min(1, "Bộ chỉ số phải có ít nhất một tiêu chí.")
    .max(1000),
});
