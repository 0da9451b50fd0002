// Input schemas of the reporting features, shared by forms and server (no Prisma import, conventions §6).
import { z } from "zod";
import { PERIOD_KEY_ERROR, parsePeriodKey } from "@/lib/periods/keys";
import { REPORT_ERRORS } from "@/lib/reports/strings";

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);
const version = z.coerce
  .number({ error: REPORT_ERRORS.version })
  .int(REPORT_ERRORS.version)
  .min(0, REPORT_ERRORS.version);

/** A calendar date typed as dd/mm/yyyy (the Vietnamese form) or yyyy-mm-dd (a date input); out: "yyyy-mm-dd". */
export const calendarDateSchema = z
  .string({ error: REPORT_ERRORS.date })
  .trim()
  .transform((v, ctx) => {
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const [y, m, d] = vn ? [vn[3], vn[2], vn[1]] : isoMatch ? [isoMatch[1], isoMatch[2], isoMatch[3]] : [];
    const date = y ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : null;
    if (
      !date ||
      date.getUTCDate() !== Number(d) ||
      date.getUTCMonth() !== Number(m) - 1 ||
      date.getUTCFullYear() < 2000 ||
      date.getUTCFullYear() > 2100
    ) {
      ctx.addIssue({ code: "custom", message: REPORT_ERRORS.date });
      return z.NEVER;
    }
    return date.toISOString().slice(0, 10);
  });

export const periodKeySchema = z.string({ error: PERIOD_KEY_ERROR }).transform((v, ctx) => {
  const parsed = parsePeriodKey(v);
  if (!parsed) {
    ctx.addIssue({ code: "custom", message: PERIOD_KEY_ERROR });
    return z.NEVER;
  }
  return parsed;
});

const datesInOrder = <T extends { startsOn?: string; endsOn?: string; dueOn?: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: REPORT_ERRORS.endBeforeStart });
  if (v.startsOn && v.dueOn && v.dueOn < v.startsOn)
    ctx.addIssue({ code: "custom", path: ["dueOn"], message: REPORT_ERRORS.deadlineBeforeStart });
};

export const createCalendarSchema = z.object({
  planId: id(REPORT_ERRORS.planId),
  year: z.coerce
    .number({ error: REPORT_ERRORS.year })
    .int(REPORT_ERRORS.year)
    .min(2000, REPORT_ERRORS.year)
    .max(2100, REPORT_ERRORS.year),
});

/** One period added by key; dates default to the decree's closing dates and the default deadline. */
export const addPeriodSchema = z
  .object({
    planId: id(REPORT_ERRORS.planId),
    key: periodKeySchema,
    startsOn: calendarDateSchema.optional(),
    endsOn: calendarDateSchema.optional(),
    dueOn: calendarDateSchema.optional(),
  })
  .superRefine(datesInOrder);

/** Sở Nội vụ edits a period: its dates, its deadline and who must report. */
export const updatePeriodSchema = z
  .object({
    periodId: id(REPORT_ERRORS.periodId),
    startsOn: calendarDateSchema,
    endsOn: calendarDateSchema,
    dueOn: calendarDateSchema,
    agencyIds: z.array(id(REPORT_ERRORS.agencyId)).min(1, REPORT_ERRORS.noAgencies).max(2000),
  })
  .superRefine(datesInOrder);

const reportText = z
  .string()
  .transform((v) => v.normalize("NFC").replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(20_000, REPORT_ERRORS.textTooLong))
  .default("");

export const saveReportSchema = z.object({
  periodId: id(REPORT_ERRORS.periodId),
  agencyId: id(REPORT_ERRORS.agencyId),
  /** the report's version as the form loaded it; -1 when no report existed yet */
  version: z.coerce.number({ error: REPORT_ERRORS.version }).int(REPORT_ERRORS.version).min(-1, REPORT_ERRORS.version),
  results: reportText,
  shortcomings: reportText,
  difficulties: reportText,
  proposals: reportText,
});
export type SaveReportInput = z.input<typeof saveReportSchema>;

export const reportActionSchema = z.object({ reportId: id(REPORT_ERRORS.reportId), version });

export const reviewReportSchema = z
  .object({
    reportId: id(REPORT_ERRORS.reportId),
    version,
    decision: z.enum(["ACCEPT", "RETURN"], { error: REPORT_ERRORS.decision }),
    reason: z
      .string()
      .transform((v) => v.normalize("NFC").trim())
      .pipe(z.string().max(4000))
      .optional(),
  })
  .refine((v) => v.decision === "ACCEPT" || Boolean(v.reason), {
    message: REPORT_ERRORS.reasonRequired,
    path: ["reason"],
  });

export const remindSchema = z.object({ periodId: id(REPORT_ERRORS.periodId) });
