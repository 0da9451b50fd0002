import "server-only";
// Adds many agencies in one transaction (a province's communes, usually) and, if asked, puts them in a group
// such as "UBND cấp xã" — whose tasks then fan out to them. One bad line refuses the whole list.
import { z } from "zod";
import { invalidFields } from "@/lib/server/form-result";
import { defineMutation } from "@/lib/server/mutation";
import { syncProvinceTasks } from "@/lib/tasks/generate";
import { parseBulkLines, planBulkCreate } from "./bulk";
import { AGENCY_KINDS } from "./labels";
import { adminAgencyMessages as m } from "./messages";
import { loadNameOwners, lockProvinceNames } from "./store";

export const bulkAgenciesSchema = z.object({
  kind: z.enum(AGENCY_KINDS, { error: m.kindRequired }),
  groupId: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() ? v.trim() : null)),
  lines: z.string().max(60_000, "Danh sách quá dài."),
});

export const bulkCreateAgencies = defineMutation({
  action: "agency.manage",
  schema: bulkAgenciesSchema,
  load: async (tx, input, user) => {
    if (!input.groupId) return { record: null, target: { provinceId: user.provinceId } };
    const group = await tx.agencyGroup.findUnique({
      where: { id: input.groupId },
      select: { id: true, name: true, provinceId: true },
    });
    return group ? { record: group, target: { provinceId: group.provinceId } } : null;
  },
  run: async (tx, input, { user, record: group }) => {
    const provinceId = user.provinceId;
    const parsed = parseBulkLines(input.lines);
    if (parsed.errors.length > 0) throw invalidFields({ lines: parsed.errors });
    await lockProvinceNames(tx, provinceId);
    const [owners, parents] = await Promise.all([
      loadNameOwners(tx, provinceId),
      tx.agency.findMany({
        where: { provinceId, active: true },
        select: { id: true, name: true, aliases: true, kind: true },
      }),
    ]);
    const plan = planBulkCreate(parsed.lines, input.kind, owners, parents);
    if (plan.errors.length > 0) throw invalidFields({ lines: plan.errors });
    const created = await tx.agency.createManyAndReturn({
      data: plan.rows.map((r) => ({ provinceId, name: r.name, kind: input.kind, parentId: r.parentId, aliases: [] })),
      select: { id: true, name: true },
    });
    if (group) {
      await tx.agencyGroupMember.createMany({ data: created.map((a) => ({ groupId: group.id, agencyId: a.id })) });
      await syncProvinceTasks(tx, provinceId);
    }
    const audit = created.map((a) => ({
      action: "agency.create",
      entity: "Agency",
      entityId: a.id,
      agencyId: a.id,
      after: { name: a.name, kind: input.kind, group: group?.name ?? null },
    }));
    return { data: { created: created.length, group: group?.name ?? null }, audit };
  },
});
