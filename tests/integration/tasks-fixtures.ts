// A fresh province per task test file: a framework slice with scores, a plan with one measure, four
// agencies, one user per role, and helpers to make tasks and to snapshot everything a refused write must
// leave untouched. Data is committed (mutations open their own transactions), so names carry a random tag.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { readSession } from "@/lib/auth/session-read";
import { db } from "@/lib/db";
import { evidenceRoot } from "@/lib/evidence/storage";
import type { RecurrenceValue, TaskStatusValue } from "@/lib/tasks/schema";
import { unusedFrameworkYear } from "./test-years";

export type TaskWorld = Awaited<ReturnType<typeof buildTaskWorld>>;
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A tiny valid PDF (the e2e fixture), as an upload. */
export function pdfUpload(name = "Báo cáo kết quả.pdf"): File {
  const bytes = fs.readFileSync(path.join(process.cwd(), "tests/fixtures/bao-cao-kiem-chung.pdf"));
  return new File([bytes], name, { type: "application/pdf" });
}

async function buildScores(provinceId: string, t: string) {
  const year = await unusedFrameworkYear();
  const framework = await db.framework.create({ data: { year, title: `Khung thử ${t}` } });
  const criterion = (
    code: string,
    level: "FIELD" | "CRITERION" | "SUBCRITERION",
    standardPoints: string,
    parentId?: string,
  ) =>
    db.criterion.create({
      data: {
        frameworkId: framework.id,
        code,
        level,
        standardPoints,
        parentId,
        title: `Tiêu chí ${code}`,
        sortKey: code
          .split(".")
          .map((p) => p.padStart(3, "0"))
          .join("."),
      },
    });
  const field = await criterion("3", "FIELD", "8");
  const parent = await criterion("3.4", "CRITERION", "3", field.id);
  const sub = await criterion("3.4.3", "SUBCRITERION", "1", parent.id);
  const other = await criterion("5.1", "CRITERION", "2");
  const assessment = await db.assessment.create({
    data: {
      provinceId,
      frameworkId: framework.id,
      year,
      totalScore: "83.93",
      scores: {
        create: [
          { criterionId: field.id, assessedPoints: "4.58" },
          { criterionId: parent.id, assessedPoints: "1.5" },
          { criterionId: sub.id, assessedPoints: "0.004" },
          { criterionId: other.id, assessedPoints: "2" },
        ],
      },
    },
  });
  return { assessment, criteria: { field, parent, sub, other } };
}

export async function buildTaskWorld() {
  const t = randomUUID().slice(0, 8);
  const province = await db.province.create({ data: { code: `nv-${t}`, name: `Tỉnh nhiệm vụ ${t}` } });
  const provinceId = province.id;
  const { assessment, criteria } = await buildScores(provinceId, t);
  const plan = await db.plan.create({
    data: {
      provinceId,
      assessmentId: assessment.id,
      number: `${t}/KH-UBND`,
      issuedOn: day("2021-08-23"),
      title: "Kế hoạch thử",
      sourceFileName: "x.txt",
      sourceText: "",
      sourceSha256: "0".repeat(64),
    },
  });
  const measure = await db.measure.create({
    data: {
      planId: plan.id,
      criterionId: criteria.sub.id,
      position: 1,
      text: "Công khai ngân sách đúng hạn",
      timeframeText: "Trong năm 2021 và các năm tiếp theo",
      recurrence: "YEARLY",
    },
  });
  const agency = (name: string, kind: "DEPARTMENT" | "DISTRICT" = "DEPARTMENT") =>
    db.agency.create({ data: { provinceId, name, kind } });
  const agencies = {
    homeAffairs: await agency("Sở Nội vụ"),
    finance: await agency("Sở Tài chính"),
    district: await agency("UBND huyện Đức Trọng", "DISTRICT"),
    health: await agency("Sở Y tế"),
  };
  const user = async (role: Role, agencyId: string | null, key: string): Promise<SessionUser> => {
    const row = await db.user.create({
      data: {
        provinceId,
        email: `${key}.${t}@test.par.vn`,
        name: `Người dùng ${key}`,
        role,
        agencyId,
        passwordHash: "x",
      },
      include: { agency: true },
    });
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      provinceId,
      provinceName: province.name,
      agencyId: row.agencyId,
      agencyName: row.agency?.name ?? null,
    };
  };
  const users = {
    homeAffairs: await user("HOME_AFFAIRS", agencies.homeAffairs.id, "snv"),
    leader: await user("LEADERSHIP", null, "lanhdao"),
    financeHead: await user("AGENCY_HEAD", agencies.finance.id, "tc-truong"),
    financeStaff: await user("AGENCY_STAFF", agencies.finance.id, "tc-canbo"),
    districtHead: await user("AGENCY_HEAD", agencies.district.id, "dt-truong"),
    healthHead: await user("AGENCY_HEAD", agencies.health.id, "yt-truong"),
  };
  return { tag: t, province, provinceId, plan, measure, criteria, agencies, users };
}

type TaskSpec = {
  agencyId: string | null;
  supporters?: string[];
  status?: TaskStatusValue;
  progress?: number;
  dueOn?: Date | null;
  recurrence?: RecurrenceValue;
  criterion?: "sub" | "other" | null;
  title?: string;
};

let counter = 0;
/** A task of the finance department (by default) on 3.4.3, supported by the district. */
export async function makeTask(w: TaskWorld, spec: TaskSpec) {
  counter += 1;
  const criterion = spec.criterion === null ? null : w.criteria[spec.criterion ?? "sub"];
  return db.task.create({
    data: {
      planId: w.plan.id,
      source: criterion ? "MEASURE" : "DUTY",
      sourceRef: `T:${counter}:${randomUUID().slice(0, 6)}`,
      measureId: criterion ? w.measure.id : null,
      criterionId: criterion?.id ?? null,
      agencyId: spec.agencyId,
      title: spec.title ?? `Nhiệm vụ thử số ${counter}`,
      status: spec.status ?? "NOT_STARTED",
      progress: spec.progress ?? (spec.status === "SUBMITTED" || spec.status === "ACCEPTED" ? 100 : 0),
      dueOn: spec.dueOn === undefined ? day("2099-12-31") : spec.dueOn,
      recurrence: spec.recurrence ?? "NONE",
      supporters: { create: (spec.supporters ?? []).map((agencyId) => ({ agencyId })) },
    },
  });
}

/** Everything a write to this task could change: the row, its history, its evidence, its audit rows. */
export async function taskState(taskId: string) {
  const [task, updates, evidence, audits] = await Promise.all([
    db.task.findUnique({ where: { id: taskId } }),
    db.taskUpdate.findMany({ where: { taskId }, orderBy: { id: "asc" } }),
    db.evidence.findMany({ where: { update: { taskId } }, orderBy: { id: "asc" } }),
    db.auditLog.findMany({ where: { entity: "Task", entityId: taskId }, orderBy: { id: "asc" } }),
  ]);
  return { task, updates, evidence, audits };
}

/** A page's session check with the shell's badges (lib/auth/session-read.ts), for the user's current claims. */
export async function readPageSession(userId: string, sid: string) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const read = await readSession({ id: userId, sid, sv: sessionVersion }, true);
  if (!read?.shell) throw new Error(`no page session for ${userId}`);
  return { user: read.user, shell: read.shell };
}

/** The test run's evidence folder (a per-file temp dir set in vi.hoisted) is removed when the file is done. */
export function removeEvidenceDir(): void {
  fs.rmSync(evidenceRoot(), { recursive: true, force: true });
}

/** Every file under the evidence folder (final and temp), relative to it. */
export function evidenceFiles(): string[] {
  const root = evidenceRoot();
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((p) => fs.statSync(path.join(root, p)).isFile())
    .sort();
}
