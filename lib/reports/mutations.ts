import "server-only";
import { dateOfIso, provinceTodayIso } from "@/lib/format";
import { closingRange, defaultDeadline } from "@/lib/periods/keys";
// Writes of the reporting features, each through defineMutation (session → zod → permission on the record
// loaded in the transaction → write + audit row). Calendar: Sở Nội vụ. Reports: the agency writes, its head
// approves (for staff) or submits, Sở Nội vụ accepts or returns. A submission freezes a snapshot.
import { createDefaultCalendar, defaultReportingAgencies } from "@/lib/reports/calendar";
import {
  addPeriodSchema,
  createCalendarSchema,
  remindSchema,
  reportActionSchema,
  reviewReportSchema,
  saveReportSchema,
  updatePeriodSchema,
} from "@/lib/reports/schema";
import { snapshotReport } from "@/lib/reports/snapshot";
import { isLate, reportState } from "@/lib/reports/state";
import { REPORT_ERRORS } from "@/lib/reports/strings";
import {
  bumpReport,
  expectNoOverlap,
  expectProvinceAgencies,
  expectReportAt,
  loadPeriodTarget,
  loadPlanTarget,
  loadReportForWrite,
  OPEN_REPORT,
  reportOutcome,
} from "@/lib/reports/write";
import { defineMutation, MutationError } from "@/lib/server/mutation";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const invalid = (field: string, message: string) =>
  new MutationError("INVALID", message, undefined, { [field]: [message] });

export const createCalendar = defineMutation({
  action: "report.calendar",
  schema: createCalendarSchema,
  load: (tx, input) => loadPlanTarget(tx, input.planId),
  run: async (tx, input, { record }) => {
    const result = await createDefaultCalendar(tx, record.id, input.year);
    return {
      data: result,
      audit: {
        action: "report.calendar",
        entity: "Plan",
        entityId: record.id,
        after: { year: input.year, created: result.created },
      },
    };
  },
});

export const addPeriod = defineMutation({
  action: "report.calendar",
  schema: addPeriodSchema,
  load: (tx, input) => loadPlanTarget(tx, input.planId),
  run: async (tx, input, { record }) => {
    const key = input.key;
    if (
      await tx.reportingPeriod.findUnique({
        where: { planId_key: { planId: record.id, key: key.key } },
        select: { id: true },
      })
    )
      throw invalid("key", REPORT_ERRORS.periodExists(key.key));
    const defaults = closingRange(key);
    const startsOn = input.startsOn ?? iso(defaults.startsOn);
    const endsOn = input.endsOn ?? iso(defaults.endsOn);
    const dueOn = input.dueOn ?? iso(defaultDeadline({ startsOn: dateOfIso(startsOn), endsOn: dateOfIso(endsOn) }));
    if (endsOn < startsOn) throw invalid("endsOn", REPORT_ERRORS.endBeforeStart);
    if (dueOn < startsOn) throw invalid("dueOn", REPORT_ERRORS.deadlineBeforeStart);
    await expectNoOverlap(tx, record.id, key.kind, { startsOn, endsOn });
    const agencies = await defaultReportingAgencies(tx, record.id);
    const period = await tx.reportingPeriod.create({
      data: {
        planId: record.id,
        key: key.key,
        kind: key.kind,
        startsOn: dateOfIso(startsOn),
        endsOn: dateOfIso(endsOn),
        dueOn: dateOfIso(dueOn),
        agencies: { create: agencies.map((agencyId) => ({ agencyId })) },
      },
      select: { id: true },
    });
    const after = { key: key.key, startsOn, endsOn, dueOn, agencies: agencies.length };
    return {
      data: { periodId: period.id },
      audit: { action: "report.period", entity: "ReportingPeriod", entityId: period.id, after },
    };
  },
});

export const updatePeriod = defineMutation({
  action: "report.calendar",
  schema: updatePeriodSchema,
  load: (tx, input) => loadPeriodTarget(tx, input.periodId),
  run: async (tx, input, { record }) => {
    await expectNoOverlap(tx, record.planId, record.kind, input, record.id);
    const agencyIds = await expectProvinceAgencies(tx, record.provinceId, input.agencyIds);
    const before = await tx.reportingPeriodAgency.findMany({
      where: { periodId: record.id },
      select: { agencyId: true },
    });
    await tx.reportingPeriod.update({
      where: { id: record.id },
      data: { startsOn: dateOfIso(input.startsOn), endsOn: dateOfIso(input.endsOn), dueOn: dateOfIso(input.dueOn) },
    });
    await tx.reportingPeriodAgency.deleteMany({ where: { periodId: record.id, agencyId: { notIn: agencyIds } } });
    await tx.reportingPeriodAgency.createMany({
      data: agencyIds.map((agencyId) => ({ periodId: record.id, agencyId })),
      skipDuplicates: true,
    });
    const audit = {
      action: "report.period",
      entity: "ReportingPeriod",
      entityId: record.id,
      before: { startsOn: record.startsOn, endsOn: record.endsOn, dueOn: record.dueOn, agencies: before.length },
      after: { startsOn: input.startsOn, endsOn: input.endsOn, dueOn: input.dueOn, agencies: agencyIds.length },
    };
    return { data: { periodId: record.id }, audit };
  },
});

/** The agency saves its draft (creating the report the first time). A change to the text withdraws the head's approval. */
export const saveReport = defineMutation({
  action: "report.write",
  schema: saveReportSchema,
  load: (tx, input) => loadPeriodTarget(tx, input.periodId, input.agencyId),
  run: async (tx, input, { record: period }) => {
    const asked = await tx.reportingPeriodAgency.findUnique({
      where: { periodId_agencyId: { periodId: period.id, agencyId: input.agencyId } },
    });
    if (!asked) throw new MutationError("INVALID", REPORT_ERRORS.notAsked);
    const texts = {
      results: input.results,
      shortcomings: input.shortcomings,
      difficulties: input.difficulties,
      proposals: input.proposals,
    };
    const existing = await tx.agencyReport.findUnique({
      where: { periodId_agencyId: { periodId: period.id, agencyId: input.agencyId } },
      select: {
        id: true,
        version: true,
        status: true,
        results: true,
        shortcomings: true,
        difficulties: true,
        proposals: true,
      },
    });
    if (!existing) {
      if (input.version !== -1) throw new MutationError("CONFLICT", REPORT_ERRORS.conflict);
      const created = await tx.agencyReport.create({
        data: { periodId: period.id, agencyId: input.agencyId, ...texts },
        select: { id: true },
      });
      return reportOutcome(
        "report.save",
        { id: created.id, agencyId: input.agencyId },
        { version: 0 },
        { after: texts },
      );
    }
    expectReportAt(existing, input.version, OPEN_REPORT, REPORT_ERRORS.notEditable);
    // The head approved these words: saving them unchanged (staff pressing "save and send") keeps the approval.
    const changed = (Object.keys(texts) as (keyof typeof texts)[]).some((k) => texts[k] !== existing[k]);
    const version = await bumpReport(tx, existing, changed ? { ...texts, approvedById: null, approvedAt: null } : {});
    return reportOutcome("report.save", { id: existing.id, agencyId: input.agencyId }, { version }, { after: texts });
  },
});

/** The agency head approves the current draft so that a staff member may send it. */
export const approveReport = defineMutation({
  action: "report.approve",
  schema: reportActionSchema,
  load: (tx, input) => loadReportForWrite(tx, input.reportId),
  run: async (tx, input, { user, record }) => {
    expectReportAt(record, input.version, OPEN_REPORT, REPORT_ERRORS.nothingToApprove);
    if (record.approvedById) throw new MutationError("INVALID", REPORT_ERRORS.alreadyApproved);
    const version = await bumpReport(tx, record, { approvedById: user.id, approvedAt: new Date() });
    return reportOutcome("report.approve", record, { version }, { after: { approvedBy: user.id } });
  },
});

/** Sends the report: freezes the texts and the task rows as they are now into a new version. */
export const submitReport = defineMutation({
  action: "report.submit",
  schema: reportActionSchema,
  load: (tx, input) => loadReportForWrite(tx, input.reportId),
  run: async (tx, input, { user, record }) => {
    expectReportAt(record, input.version, OPEN_REPORT, REPORT_ERRORS.notEditable);
    if (user.role === "AGENCY_STAFF" && !record.approvedById)
      throw new MutationError("INVALID", REPORT_ERRORS.needsApproval);
    const snapshot = await snapshotReport(tx, record, user);
    if (!snapshot.texts.results) throw invalid("results", REPORT_ERRORS.resultsRequired);
    const number = (await tx.agencyReportVersion.count({ where: { reportId: record.id } })) + 1;
    const version = await bumpReport(tx, record, { status: "SUBMITTED", approvedById: null, approvedAt: null });
    await tx.agencyReportVersion.create({ data: { reportId: record.id, number, snapshot, submittedById: user.id } });
    return reportOutcome(
      "report.submit",
      record,
      { version, number },
      { after: { number, tasks: snapshot.tasks.length } },
    );
  },
});

/** Sở Nội vụ accepts the submitted report or returns it with a reason (recorded on the version it judged). */
export const reviewReport = defineMutation({
  action: "report.review",
  schema: reviewReportSchema,
  load: (tx, input) => loadReportForWrite(tx, input.reportId),
  run: async (tx, input, { user, record }) => {
    expectReportAt(record, input.version, ["SUBMITTED"], REPORT_ERRORS.notSubmitted);
    const decision = input.decision === "ACCEPT" ? "ACCEPTED" : "RETURNED";
    const latest = await tx.agencyReportVersion.findFirstOrThrow({
      where: { reportId: record.id },
      orderBy: { number: "desc" },
      select: { id: true, number: true },
    });
    await tx.agencyReportVersion.update({
      where: { id: latest.id },
      data: { decision, reason: input.reason ?? null, reviewedAt: new Date(), reviewedById: user.id },
    });
    const version = await bumpReport(tx, record, { status: decision });
    const after = { decision, number: latest.number, reason: input.reason ?? null };
    return reportOutcome("report.review", record, { version }, { before: { status: record.status }, after });
  },
});

/**
 * One click on the period matrix: a ReportReminder for every agency asked to report that is late today. At most
 * one per agency per day (unique key), so a double click or two tabs remind once. The notification job makes
 * the in-app notifications and emails from these rows.
 */
export const remindLateAgencies = defineMutation({
  action: "report.remind",
  schema: remindSchema,
  load: (tx, input) => loadPeriodTarget(tx, input.periodId),
  run: async (tx, _input, { user, record }) => {
    const today = provinceTodayIso();
    const asked = await tx.reportingPeriodAgency.findMany({
      where: { periodId: record.id, agency: { active: true } },
      select: {
        agencyId: true,
        agency: { select: { reports: { where: { periodId: record.id }, select: { status: true } } } },
      },
    });
    const late = asked
      .filter((a) => isLate(reportState(a.agency.reports[0]?.status), record.dueOn, today))
      .map((a) => a.agencyId);
    if (late.length === 0) throw new MutationError("INVALID", REPORT_ERRORS.nobodyLate);
    const { count } = await tx.reportReminder.createMany({
      data: late.map((agencyId) => ({ periodId: record.id, agencyId, day: dateOfIso(today), createdById: user.id })),
      skipDuplicates: true,
    });
    return {
      data: { late: late.length, reminded: count },
      audit: {
        action: "report.remind",
        entity: "ReportingPeriod",
        entityId: record.id,
        after: { today, late: late.length, reminded: count },
      },
    };
  },
});
