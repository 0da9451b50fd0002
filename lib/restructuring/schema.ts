// The input of a restructuring event (zod; nothing from Prisma, so client forms reuse it).
import { z } from "zod";
import { isCalendarDay } from "@/lib/format";
import { restructuringMessages as m } from "./messages";

export const RESTRUCTURING_KINDS = ["RENAME", "MERGE", "SPLIT", "DISSOLVE"] as const;
export type RestructuringKindValue = (typeof RESTRUCTURING_KINDS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, m.dateFormat)
  .refine(isCalendarDay, m.dateFormat);

/** A successor: an agency of the province, or a new one created by the event. */
export const successorSchema = z.union([
  z.object({ agencyId: z.string().min(1) }),
  z.object({ name: z.string().trim().normalize("NFC").min(2, m.nameRequired).max(200) }),
]);
export type SuccessorInput = z.infer<typeof successorSchema>;

export const eventSchema = z.object({
  kind: z.enum(RESTRUCTURING_KINDS),
  effectiveOn: isoDate,
  decision: z.string().trim().normalize("NFC").max(500, m.decisionTooLong).default(""),
  fromAgencyIds: z.array(z.string().min(1)).max(200).default([]),
  /** dissolve only: every member of the group ends, and the group is retired */
  fromGroupIds: z.array(z.string().min(1)).max(20).default([]),
  to: z.array(successorSchema).max(20).default([]),
  /** index in `to` the users move to; null: their accounts are locked */
  usersTo: z.number().int().min(0).nullable().default(0),
  /** split: "task:<id>" | "report:<id>" | "score:<id>" → index in `to` */
  choices: z.record(z.string(), z.number().int().min(0)).default({}),
});
export type EventInput = z.infer<typeof eventSchema>;
/** An event as a form or a test writes it (defaults not yet applied). */
export type EventDraft = z.input<typeof eventSchema>;

export const undoSchema = z.object({ eventId: z.string().min(1) });
