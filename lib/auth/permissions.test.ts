import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  type Action,
  type Actor,
  ALL_ROLES,
  allowsInherited,
  can,
  NO_PROVINCE,
  type Role,
} from "./permissions";

// The expected table, written out independently of PERMISSIONS: P province, R province and the national
// framework (read), N national records only, O own agency, L lead agency, I involved (lead or supporting)
// agency, H involved or the living successor of an ended involved agency (inherited history), - refused.                                  NA  HA  LD  AH  AS
const EXPECTED = `
plan.read                                             -   P   P   P   P
plan.import                                           -   P   -   -   -
assessment.manage                                     -   P   -   -   -
dashboard.read                                        -   P   P   -   -
board.read                                            -   P   P   O   O
overview.read                                         -   P   P   -   -
task.read                                             -   P   P   H   H
task.status                                           -   P   -   L   L
task.comment                                          -   P   -   I   I
task.review                                           -   P   -   -   -
task.assign                                           -   P   -   -   -
evidence.read                                         -   P   P   H   H
agency.manage                                         -   P   -   -   -
agency.restructure                                    -   P   -   -   -
user.manage                                           -   P   -   -   -
staff.manage                                          -   -   -   O   -
audit.read                                            -   P   P   -   -
framework.read                                        N   R   R   R   R
framework.manage                                      N   -   -   -   -
province.merge                                        N   -   -   -   -
selfassessment.manage                                 -   P   -   -   -
selfassessment.read                                   -   P   P   -   -
selfassessment.score                                  -   P   -   O   O
account.own                                           N   P   P   P   P
plan.read                                             -   P   P   P   P
plan.import                                           -   P   -   -   -
assessment.manage                                     -   P   -   -   -
dashboard.read                                        -   P   P   -   -
board.read                                            -   P   P   O   O
overview.read                                         -   P   P   -   -
task.read                                             -   P   P   H   H
task.status                                           -   P   -   L   L
task.comment                                          -   P   -   I   I
task.review                                           -   P   -   -   -
task.assign                                           -   P   -   -   -
task.responsible                                      -   -   -   L   -
task.approve                                          -   -   -   L   -
evidence.read                                         -   P   P   H   H
agency.manage                                         -   P   -   -   -
agency.settings                                       -   P   -   O   -
user.manage                                           -   P   -   -   -
staff.manage                                          -   -   -   O   -
audit.read                                            -   P   P   -   -
report.read                                           -   P   P   O   O
report.write                                          -   O   -   O   O
report.approve                                        -   O   -   O   -
report.submit                                         -   O   -   O   O
report.review                                         -   P   -   -   -
report.overview                                       -   P   P   -   -
report.calendar                                       -   P   -   -   -
report.remind                                         -   P   -   -   -
notification.own                                      -   P   P   P   P
`;

const expected = new Map<Action, string[]>(
  EXPECTED.trim()
    .split("\n")
    .map((line) => {
      const [action, ...scopes] = line.trim().split(/\s+/);
      return [action as Action, scopes];
    }),
);

const PROVINCE = "p1";
const OTHER_PROVINCE = "p2";
const MINE = "agency-mine";
const THEIRS = "agency-theirs";

function actor(role: Role): Actor {
  if (role === "NATIONAL_ADMIN") return { role, provinceId: NO_PROVINCE, agencyId: null };
  // Sở Nội vụ is an agency too (its own reports); leadership has none. Own-agency cells are read on MINE.
  return { role, provinceId: PROVINCE, agencyId: role === "LEADERSHIP" ? null : MINE };
}

// Targets that tell the scopes apart: what each scope letter allows among them.
const targets = {
  mineLead: { provinceId: PROVINCE, agencyId: MINE },
  mineSupport: { provinceId: PROVINCE, agencyId: THEIRS, supportAgencyIds: [MINE] },
  theirs: { provinceId: PROVINCE, agencyId: THEIRS },
  otherProvince: { provinceId: OTHER_PROVINCE, agencyId: MINE },
  inherited: { provinceId: PROVINCE, agencyId: THEIRS, successorAgencyIds: [MINE] },
  inheritedOtherProvince: { provinceId: OTHER_PROVINCE, agencyId: THEIRS, successorAgencyIds: [MINE] },
  national: { provinceId: NO_PROVINCE, national: true },
  noProvince: { provinceId: NO_PROVINCE },
};
const allows: Record<string, (keyof typeof targets)[]> = {
  P: ["mineLead", "mineSupport", "theirs", "inherited"],
  R: ["mineLead", "mineSupport", "theirs", "inherited", "national"],
  N: ["national"],
  O: ["mineLead"],
  L: ["mineLead"],
  I: ["mineLead", "mineSupport"],
  H: ["mineLead", "mineSupport", "inherited"],
  "-": [],
};

describe("permission table", () => {
  it("lists every action", () => {
    expect([...expected.keys()].sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    ALL_ROLES.forEach((role, column) => {
      const scope = expected.get(action)?.[column] ?? "?";
      for (const [name, target] of Object.entries(targets)) {
        const allowed = allows[scope]?.includes(name as keyof typeof targets) ?? false;
        it(`${role} ${allowed ? "may" : "may not"} ${action} on ${name}`, () => {
          expect(can(actor(role), action, target)).toBe(allowed);
        });
      }
    });
  }

  it("refuses a missing user and an agency role without an agency", () => {
    expect(can(null, "plan.read", targets.mineLead)).toBe(false);
    expect(
      can({ role: "AGENCY_HEAD", provinceId: PROVINCE, agencyId: null }, "board.read", {
        provinceId: PROVINCE,
        agencyId: null,
      }),
    ).toBe(false);
  });

  it("fails closed for an unknown role or action", () => {
    expect(can({ role: "ROOT" as Role, provinceId: PROVINCE, agencyId: null }, "plan.read", targets.mineLead)).toBe(
      false,
    );
    expect(can(actor("HOME_AFFAIRS"), "plan.delete" as Action, targets.mineLead)).toBe(false);
  });
});

describe("allowsInherited", () => {
  it("holds for the reads an inherited scope allows and for no write", () => {
    expect(ACTIONS.filter(allowsInherited)).toEqual(["task.read", "evidence.read"]);
  });
});
