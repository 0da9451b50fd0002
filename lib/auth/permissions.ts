// The one permission table (role × action × scope). Anything not listed is refused: it fails closed.
// Pure: no database, so client components may import it to decide what to show — the server re-checks.

export const ROLES = ["HOME_AFFAIRS", "LEADERSHIP", "AGENCY_HEAD", "AGENCY_STAFF"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "plan.read", // the plan, its criteria and measures
  "plan.import", // upload or re-import a plan
  "assessment.manage", // enter other provinces' published totals (for the projected rank)
  "dashboard.read", // leadership dashboard and score-gap charts
  "board.read", // an agency's task board
  "overview.read", // every agency's progress, review queue
  "task.read",
  "task.status", // change status / progress (the lead agency owns it)
  "task.comment", // add a note or evidence without changing status
  "task.review", // accept or return a submitted task
  "task.assign", // assign an unassigned duty to an agency
  "evidence.read",
  "agency.manage", // agencies, groups, aliases
  "user.manage", // any user of the province
  "staff.manage", // users of one's own agency
  "audit.read",
  "report.read", // agency reports of a period (one's own agency's, or all)
  "report.write", // edit one's agency's draft report
  "report.approve", // the agency head approves a staff member's draft for submission
  "report.submit", // send the report to Sở Nội vụ (staff only once the head approved)
  "report.review", // accept or return a submitted report
  "report.overview", // the period matrix, the difficulties raised, the consolidated report
  "report.calendar", // a plan's reporting periods, deadlines and the agencies that must report
  "report.remind", // remind the late agencies
  "notification.own", // read one's own notifications, mark them read, turn email off
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * province: anything in the user's province.
 * own_agency: the target belongs to the user's agency (its board, its staff).
 * lead_agency: the user's agency is the task's responsible (lead) agency.
 * involved_agency: lead or supporting (phối hợp) agency of the task.
 */
export type Scope = "province" | "own_agency" | "lead_agency" | "involved_agency";

export const PERMISSIONS: Record<Role, Partial<Record<Action, Scope>>> = {
  HOME_AFFAIRS: {
    "plan.read": "province",
    "plan.import": "province",
    "assessment.manage": "province",
    "dashboard.read": "province",
    "board.read": "province",
    "overview.read": "province",
    "task.read": "province",
    "task.status": "province",
    "task.comment": "province",
    "task.review": "province",
    "task.assign": "province",
    "evidence.read": "province",
    "agency.manage": "province",
    "user.manage": "province",
    "audit.read": "province",
    "report.read": "province",
    "report.write": "own_agency", // Sở Nội vụ leads tasks too and reports on them like any agency
    "report.approve": "own_agency",
    "report.submit": "own_agency",
    "report.review": "province",
    "report.overview": "province",
    "report.calendar": "province",
    "report.remind": "province",
    "notification.own": "province",
  },
  LEADERSHIP: {
    "plan.read": "province",
    "dashboard.read": "province",
    "board.read": "province",
    "overview.read": "province",
    "task.read": "province",
    "evidence.read": "province",
    "audit.read": "province",
    "report.read": "province",
    "report.overview": "province",
    "notification.own": "province",
  },
  AGENCY_HEAD: {
    "plan.read": "province",
    "board.read": "own_agency",
    "task.read": "involved_agency",
    "task.status": "lead_agency",
    "task.comment": "involved_agency",
    "evidence.read": "involved_agency",
    "staff.manage": "own_agency",
    "report.read": "own_agency",
    "report.write": "own_agency",
    "report.approve": "own_agency",
    "report.submit": "own_agency",
    "notification.own": "province",
  },
  AGENCY_STAFF: {
    "plan.read": "province",
    "board.read": "own_agency",
    "task.read": "involved_agency",
    "task.status": "lead_agency",
    "task.comment": "involved_agency",
    "evidence.read": "involved_agency",
    "report.read": "own_agency",
    "report.write": "own_agency",
    "report.submit": "own_agency",
    "notification.own": "province",
  },
};

export type Actor = { role: Role; provinceId: string; agencyId: string | null };

/** What a permission is checked against: the record's province and, for agency scopes, its agencies. */
export type Target = { provinceId: string; agencyId?: string | null; supportAgencyIds?: readonly string[] };

export function can(actor: Actor | null | undefined, action: Action, target: Target): boolean {
  if (!actor) return false;
  const scope = PERMISSIONS[actor.role]?.[action];
  if (!scope || actor.provinceId !== target.provinceId) return false;
  if (scope === "province") return true;
  if (!actor.agencyId) return false;
  const isLead = target.agencyId === actor.agencyId;
  if (scope === "own_agency" || scope === "lead_agency") return isLead;
  return isLead || (target.supportAgencyIds ?? []).includes(actor.agencyId);
}

/** True when the role has the action at some scope (for navigation only; records are checked with `can`). */
export function hasAction(role: Role, action: Action): boolean {
  return PERMISSIONS[role]?.[action] !== undefined;
}

export const ROLE_LABELS: Record<Role, string> = {
  HOME_AFFAIRS: "Quản trị / Sở Nội vụ",
  LEADERSHIP: "Lãnh đạo UBND tỉnh",
  AGENCY_HEAD: "Lãnh đạo cơ quan",
  AGENCY_STAFF: "Cán bộ cơ quan",
};
