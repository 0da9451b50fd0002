// Test and benchmark support: the lead tasks a plan's appendix gives rise to, the way task generation fans
// them out — a group lead becomes one task per member agency; a group with no members yet, or a name the
// directory does not know, becomes one task not yet assigned to an agency (agencyName null).
import { type AgencyDirectory, resolveAgencyCell } from "@/lib/agencies/directory";
import type { AppendixRow } from "./appendix";

export type LeadTask = { criterionCode: string; agencyName: string | null; label: string };

export function leadTasksFromAppendix(rows: readonly AppendixRow[], directory: AgencyDirectory): LeadTask[] {
  const groups = new Map(directory.groups.map((g) => [g.name, g.members]));
  const tasks: LeadTask[] = [];
  for (const row of rows) {
    if (!row.lead) continue;
    const seen = new Set<string>();
    for (const name of resolveAgencyCell(row.lead, directory).names) {
      const agencies =
        name.kind === "agency" ? [name.name] : name.kind === "group" ? (groups.get(name.name) ?? []) : [];
      if (agencies.length === 0) tasks.push({ criterionCode: row.code, agencyName: null, label: name.label });
      for (const agency of agencies) {
        if (seen.has(agency)) continue;
        seen.add(agency);
        tasks.push({ criterionCode: row.code, agencyName: agency, label: name.label });
      }
    }
  }
  return tasks;
}
