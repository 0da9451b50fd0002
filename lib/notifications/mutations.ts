import "server-only";
// Marking one's own notifications read and turning email off or on: through the one write path. The record
// loaded is the user's own row (or notification); anyone else's is "not found", never touched.
import { z } from "zod";
import { NO_PROVINCE } from "@/lib/auth/permissions";
import { defineMutation, MESSAGES, MutationError } from "@/lib/server/mutation";

const markReadSchema = z.object({ id: z.string().min(1).max(64).optional() });

/** One notification (id) or all of the user's unread ones (no id). */
export const markNotificationsRead = defineMutation({
  action: "notification.own",
  schema: markReadSchema,
  load: async (tx, input, user) => {
    if (!input.id) return { record: null, target: { provinceId: user.provinceId } };
    const n = await tx.notification.findUnique({ where: { id: input.id } });
    if (!n || n.userId !== user.id) return null;
    return { record: n, target: { provinceId: n.provinceId } };
  },
  run: async (tx, input, { user }) => {
    const result = await tx.notification.updateMany({
      where: { userId: user.id, readAt: null, ...(input.id ? { id: input.id } : {}) },
      data: { readAt: new Date() },
    });
    return { data: { count: result.count }, audit: [] };
  },
});

const emailSchema = z.object({ email: z.enum(["on", "off"], { error: "Chọn bật hoặc tắt email." }) });

export const setEmailNotifications = defineMutation({
  action: "notification.own",
  schema: emailSchema,
  load: async (tx, _input, user) => {
    const me = await tx.user.findUnique({ where: { id: user.id } });
    return me ? { record: me, target: { provinceId: me.provinceId ?? NO_PROVINCE } } : null;
  },
  run: async (tx, input, { record }) => {
    const on = input.email === "on";
    if (!record.active) throw new MutationError("FORBIDDEN", MESSAGES.FORBIDDEN);
    await tx.user.update({ where: { id: record.id }, data: { emailNotifications: on } });
    return {
      data: { on },
      audit: {
        action: "user.email-notifications",
        entity: "User",
        entityId: record.id,
        agencyId: record.agencyId,
        before: { emailNotifications: record.emailNotifications },
        after: { emailNotifications: on },
      },
    };
  },
});
