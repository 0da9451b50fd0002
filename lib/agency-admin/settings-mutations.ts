import "server-only";
// An agency's workflow settings (agency.settings): Sở Nội vụ for any agency of the province, the agency's head for
// their own. Today one: the head approves a staff member's "hoàn thành" first (lib/tasks/head-approval.ts).
import { defineMutation } from "@/lib/server/mutation";
import { headApprovalSettingSchema } from "./schema";

export const setHeadApproval = defineMutation({
  action: "agency.settings",
  schema: headApprovalSettingSchema,
  load: async (tx, input) => {
    const agency = await tx.agency.findUnique({
      where: { id: input.agencyId },
      select: { id: true, name: true, provinceId: true, headApprovesTasks: true },
    });
    return agency ? { record: agency, target: { provinceId: agency.provinceId, agencyId: agency.id } } : null;
  },
  run: async (tx, input, { record }) => {
    if (record.headApprovesTasks !== input.on)
      await tx.agency.update({ where: { id: record.id }, data: { headApprovesTasks: input.on } });
    return {
      data: { agencyId: record.id, name: record.name, on: input.on },
      audit: {
        action: "agency.head_approval",
        entity: "Agency",
        entityId: record.id,
        agencyId: record.id,
        before: { headApprovesTasks: record.headApprovesTasks },
        after: { headApprovesTasks: input.on },
      },
    };
  },
});
