// Vietnamese labels for agency kinds (admin pages, overview, audit log). Pure data: client components import it.

/** Mirrors the Prisma enum AgencyKind, in the order pages list them. */
export const AGENCY_KINDS = ["PROVINCIAL_BODY", "DEPARTMENT", "DISTRICT", "COMMUNE", "CENTRAL", "OTHER"] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  PROVINCIAL_BODY: "HĐND, UBND tỉnh",
  DEPARTMENT: "Sở, ban, ngành",
  DISTRICT: "UBND cấp huyện",
  COMMUNE: "UBND cấp xã",
  CENTRAL: "Cơ quan Trung ương trên địa bàn",
  OTHER: "Đơn vị khác",
};
