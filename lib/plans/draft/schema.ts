// Inputs of the plan drafted from a published result (page and server), no Prisma imports.
import { z } from "zod";
import { indexYearField } from "@/lib/frameworks/schema";

const id = z.string().trim().min(1, "Thiếu mã bản dự thảo.").max(40);
const version = z.coerce.number().int().min(0);
const ids = z.array(z.string().trim().min(1).max(40)).max(30, "Chọn tối đa 30 cơ quan.");

export const createPlanDraftSchema = z.object({ year: indexYearField });

export const planDraftHeadSchema = z.object({
  draftId: id,
  version,
  number: z
    .string()
    .trim()
    .max(60, "Số hiệu tối đa 60 ký tự.")
    .refine((v) => v === "" || /^\d+\/[\p{L}\d-]+$/u.test(v), "Số hiệu viết như «6006/KH-UBND»."),
  issuedOn: z
    .string()
    .trim()
    .refine(
      (v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))),
      "Ngày ban hành không hợp lệ.",
    ),
  title: z.string().trim().min(1, "Hãy nhập tên kế hoạch.").max(300, "Tên kế hoạch tối đa 300 ký tự."),
});

export const addDraftMeasureSchema = z.object({
  draftId: id,
  version,
  criterionCode: z.string().trim().min(1, "Hãy chọn tiêu chí.").max(12),
  text: z.string().trim().min(1, "Hãy nhập nội dung giải pháp.").max(2000, "Giải pháp tối đa 2000 ký tự."),
  leadIds: ids.min(1, "Hãy chọn cơ quan chủ trì."),
  supportIds: ids,
  timeframe: z.string().trim().max(200, "Thời gian thực hiện tối đa 200 ký tự."),
  note: z
    .string()
    .trim()
    .max(500, "Ghi chú tối đa 500 ký tự.")
    .transform((v) => (v === "" ? null : v)),
});

export const removeDraftMeasureSchema = z.object({ draftId: id, version, key: z.string().trim().min(1).max(40) });

export const publishPlanDraftSchema = z.object({ draftId: id, version });
