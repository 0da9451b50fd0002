// The one permission table (role × action × scope). Anything not listed is refused: it fails closed.
// Pure: no database, so client components may import it to decide what to show — the server re-checks.

/** The roles of a province's users (what the user admin offers). */
export const ROLES = ["HOME_AFFAIRS", "LEADERSHIP", "AGENCY_HEAD", "AGENCY_STAFF"] as const;
/** Above every province: only this role writes the national framework of an index year. */
export const NATIONAL_ROLE = "NATIONAL_ADMIN" as const;
export const ALL_ROLES = [NATIONAL_ROLE, ...ROLES] as const;
export type Role = (typeof ALL_ROLES)[number];

/**
 * The national administrator's provinceId in a session: it matches no province row, so every
 * province-scoped query returns nothing, and `can` refuses every province scope to it.
 */
export const NO_PROVINCE = "";

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
  "task.assign", // assign an unassigned duty to an agency (one, or several at once), or reassign it later
  "task.responsible", // name the person in charge (người phụ trách) among the lead agency's users
  "task.approve", // the agency head forwards a staff member's "hoàn thành" to Sở Nội vụ, or sends it back
  "evidence.read",
  "agency.manage", // agencies, groups, aliases
  "agency.settings", // an agency's own workflow settings (the head approves staff's "hoàn thành" first)
  "agency.restructure", // restructuring events: rename, merge, split, dissolve agencies; preview, apply, undo
  "user.manage", // any user of the province
  "staff.manage", // users of one's own agency
  "audit.read",
  "framework.read", // the national framework of an index year (and the province's own partial list)
  "framework.manage", // create, import or edit a national framework (national role only)
  "province.merge", // preview and apply a province merger (national role only)
  "selfassessment.manage", // open a self-assessment, assign criteria to agencies, appraise
  "selfassessment.read", // the province's self-assessment table and comparison
  "selfassessment.score", // enter the proposed score, evidence and explanation of an assigned criterion
  "account.own", // one's own password and sessions (the record is always the signed-in user)
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
 * inherited_agency: as involved_agency, or the living successor of a lead or supporting agency a restructuring
 *   has ended (the history it inherited: reading only, never writing).
 * national: a national record (the framework); never a province's.
 */
export type Scope = "province" | "own_agency" | "lead_agency" | "involved_agency" | "inherited_agency" | "national";

type Rights = Partial<Record<Action, Scope>>;

/** An agency's staff: their own agency's board and report, the tasks their agency leads or supports. */
const AGENCY_STAFF: Rights = {
  "plan.read": "province",
  "framework.read": "province",
  "selfassessment.score": "own_agency",
  "board.read": "own_agency",
  "task.read": "inherited_agency",
  "task.status": "lead_agency",
  "task.comment": "involved_agency",
  "evidence.read": "inherited_agency",
  "account.own": "province",
  "report.read": "own_agency",
  "report.write": "own_agency",
  "report.submit": "own_agency",
  "notification.own": "province",
};

export const PERMISSIONS: Record<Role, Rights> = {
  NATIONAL_ADMIN: {
    "framework.read": "national",
    "framework.manage": "national",
    "province.merge": "national",
    "account.own": "national",
  },
  HOME_AFFAIRS: {
    "framework.read": "province",
    "selfassessment.manage": "province",
    "selfassessment.read": "province",
    "selfassessment.score": "province",
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
    "agency.settings": "province",
    "agency.restructure": "province",
    "user.manage": "province",
    "audit.read": "province",
    "account.own": "province",
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
    "framework.read": "province",
    "selfassessment.read": "province",
    "plan.read": "province",
    "dashboard.read": "province",
    "board.read": "province",
    "overview.read": "province",
    "task.read": "province",
    "evidence.read": "province",
    "audit.read": "province",
    "account.own": "province",
    "report.read": "province",
    "report.overview": "province",
    "notification.own": "province",
  },
  // The head may do all that the agency's staff may, and names who is in charge, approves, manages the staff.
  AGENCY_HEAD: {
    ...AGENCY_STAFF,
    "task.responsible": "lead_agency",
    "task.approve": "lead_agency",
    "staff.manage": "own_agency",
    "agency.settings": "own_agency",
    "report.approve": "own_agency",
  },
  AGENCY_STAFF,
};

export type Actor = { role: Role; provinceId: string; agencyId: string | null };

/**
 * What a permission is checked against: the record's province and, for agency scopes, its agencies.
 * A national record (the framework) has `national: true` and the province NO_PROVINCE; a province's own
 * record (its partial criteria list) has its province.
 */
export type Target = {
  provinceId: string;
  agencyId?: string | null;
  supportAgencyIds?: readonly string[];
  /** the living agencies that carry on the work of the record's ended lead or supporting agencies */
  successorAgencyIds?: readonly string[];
  national?: boolean;
};

export function can(actor: Actor | null | undefined, action: Action, target: Target): boolean {
  if (!actor) return false;
  const scope = PERMISSIONS[actor.role]?.[action];
  if (!scope) return false;
  if (scope === "national") return actor.role === NATIONAL_ROLE && target.national === true;
  // A national record is read by every province (framework.read) but written by none.
  if (target.national === true) return action === "framework.read" && actor.provinceId !== NO_PROVINCE;
  if (actor.provinceId === NO_PROVINCE || actor.provinceId !== target.provinceId) return false;
  if (scope === "province") return true;
  if (!actor.agencyId) return false;
  const isLead = target.agencyId === actor.agencyId;
  if (scope === "own_agency" || scope === "lead_agency") return isLead;
  if (isLead || (target.supportAgencyIds ?? []).includes(actor.agencyId)) return true;
  return scope === "inherited_agency" && (target.successorAgencyIds ?? []).includes(actor.agencyId);
}

/** True when some role holds the action at the inherited_agency scope: only then do its records need successors. */
export function allowsInherited(action: Action): boolean {
  return Object.values(PERMISSIONS).some((rights) => rights[action] === "inherited_agency");
}

/** True when the role has the action at some scope (for navigation only; records are checked with `can`). */
export function hasAction(role: Role, action: Action): boolean {
  return PERMISSIONS[role]?.[action] !== undefined;
}

export const ROLE_LABELS: Record<Role, string> = {
  NATIONAL_ADMIN: "Quản trị quốc gia (Bộ Nội vụ)",
  HOME_AFFAIRS: "Quản trị / Sở Nội vụ",
  LEADERSHIP: "Lãnh đạo UBND tỉnh",
  AGENCY_HEAD: "Lãnh đạo cơ quan",
  AGENCY_STAFF: "Cán bộ cơ quan",
};
