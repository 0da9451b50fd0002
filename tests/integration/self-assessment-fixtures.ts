// The self-assessment every export test reads: a fresh province and index year on the test framework, two criteria
// given to "Sở Tài chính", and 1.1.1 scored by the agency (3,5), sent and appraised by Sở Nội vụ (3,25).
// All figures are made-up test data.
import { db } from "@/lib/db";
import { importFrameworkMutation } from "@/lib/frameworks/mutations";
import {
  appraiseSelfScore,
  assignSelfScore,
  openSelfAssessment,
  saveSelfScoreWithFiles,
  submitSelfScore,
} from "@/lib/self-assessment/mutations";
import { encode, freshYear, GOOD_FRAMEWORK_CSV, makeProvince, makeUser, selfView } from "./framework-fixtures";

export async function seedAppraisedSelfAssessment() {
  const year = await freshYear();
  const province = await makeProvince();
  const finance = await db.agency.create({
    data: { provinceId: province.id, name: "Sở Tài chính", kind: "DEPARTMENT" },
  });
  await importFrameworkMutation(await makeUser("NATIONAL_ADMIN", null), {
    year: String(year),
    fileName: "khung.csv",
    bytes: encode(GOOD_FRAMEWORK_CSV),
  });
  const admin = await makeUser("HOME_AFFAIRS", province);
  const staff = await makeUser("AGENCY_STAFF", province, finance.id);
  await openSelfAssessment(admin, { year });
  for (const code of ["1.1.1", "1.2"]) {
    const row = (await selfView(admin, year))?.rows.find((r) => r.code === code);
    await assignSelfScore(admin, { selfScoreId: row?.id, agencyId: finance.id });
  }
  let row = (await selfView(staff, year))?.rows.find((r) => r.code === "1.1.1");
  await saveSelfScoreWithFiles(
    staff,
    { selfScoreId: row?.id, version: row?.version, proposedPoints: "3,5", explanation: "Đã ban hành đủ văn bản" },
    [],
  );
  row = (await selfView(staff, year))?.rows.find((r) => r.code === "1.1.1");
  await submitSelfScore(staff, { selfScoreId: row?.id, version: row?.version });
  row = (await selfView(admin, year))?.rows.find((r) => r.code === "1.1.1");
  await appraiseSelfScore(admin, {
    selfScoreId: row?.id,
    version: row?.version,
    decision: "accept",
    acceptedPoints: "3,25",
    comment: "Thiếu một báo cáo",
  });
  return { year, province, finance, admin, staff };
}
