// A small province built inside the test's transaction: three active districts and one inactive in
// "UBND cấp huyện", an empty "UBND cấp xã", a plan with four measures and a short body.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { unusedFrameworkYear } from "./test-years";

export class Rollback extends Error {}

export const BODY = [
  "- 1 Quyết định 1149/QĐ-BNV (văn bản liên quan, bỏ qua)",
  "Số: 77/KH-UBND | Tỉnh thử, ngày 23 tháng 8 năm 2021 |",
  "1. Mục đích",
  "a) Nâng cao Chỉ số CCHC.",
  "1. Công tác chỉ đạo điều hành",
  "a) Hoàn thành kế hoạch CCHC năm 2021.",
  "a) Rà soát văn bản quy phạm pháp luật.",
  "3. Cải cách thủ tục hành chính",
  "a) Công khai đầy đủ TTHC.",
  "a) Theo dõi công tác CCHC.",
  "2. Sở Thông tin và Truyền thông",
  "a) Phát triển hạ tầng kỹ thuật.",
  "3. UBND cấp huyện",
  "a) Giải quyết hồ sơ đúng hạn.",
  "4. UBND cấp xã",
  "a) Niêm yết TTHC tại bộ phận một cửa.",
  "Ủy ban nhân dân tỉnh giao Sở Nội vụ chịu trách nhiệm theo dõi, đôn đốc thực hiện Kế hoạch.",
  "Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan tổ chức thực hiện.",
  "| CHỦ TỊCH |",
].join("\n");

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

export async function buildFixture(tx: Tx) {
  const tag = randomUUID().slice(0, 8);
  const province = await tx.province.create({ data: { code: `gen-${tag}`, name: `Tỉnh thử ${tag}` } });
  const provinceId = province.id;
  const agency = (name: string, kind: "DEPARTMENT" | "DISTRICT" | "OTHER", active = true) =>
    tx.agency.create({ data: { provinceId, name, kind, active } });
  const snv = await agency("Sở Nội vụ", "DEPARTMENT");
  const stc = await agency("Sở Tài chính", "DEPARTMENT");
  const stt = await agency("Sở Thông tin và Truyền thông", "DEPARTMENT");
  const post = await agency("Bưu điện tỉnh", "OTHER");
  const [hA, hB, hC, hD] = await Promise.all(
    ["A", "B", "C", "D"].map((p) => agency(`UBND huyện ${p}`, "DISTRICT", p !== "D")),
  );
  const group = (name: string, members: string[]) =>
    tx.agencyGroup.create({
      data: { provinceId, name, members: { create: members.map((agencyId) => ({ agencyId })) } },
    });
  const districts = await group("UBND cấp huyện", [hA!.id, hB!.id, hC!.id, hD!.id]);
  const communes = await group("UBND cấp xã", []);
  const departments = await group("Các Sở, ban, ngành", [snv.id, stc.id, stt.id]);

  const framework = await tx.framework.create({
    data: { year: await unusedFrameworkYear(tx), title: "Khung thử" },
  });
  const criterion = (code: string, level: "FIELD" | "CRITERION" | "SUBCRITERION") =>
    tx.criterion.create({
      data: { frameworkId: framework.id, code, sortKey: code, level, title: `Tiêu chí ${code}`, standardPoints: 1 },
    });
  const field1 = await criterion("1", "FIELD");
  const field3 = await criterion("3", "FIELD");
  const c341 = await criterion("3.4.1", "SUBCRITERION");
  const assessment = await tx.assessment.create({
    data: { provinceId, frameworkId: framework.id, year: 2020, totalScore: 80 },
  });
  const plan = await tx.plan.create({
    data: {
      provinceId,
      assessmentId: assessment.id,
      number: `77/KH-UBND-${tag}`,
      issuedOn: new Date("2021-08-23T00:00:00Z"),
      title: "Kế hoạch thử",
      sourceFileName: "thu.txt",
      sourceText: BODY,
      sourceSha256: "0".repeat(64),
    },
  });
  type Target = { label: string; agencyId?: string; groupId?: string };
  const measure = async (criterionId: string, position: number, text: string, lead: Target[], support: Target[]) =>
    tx.measure.create({
      data: {
        planId: plan.id,
        criterionId,
        position,
        text,
        timeframeText: "Năm 2021 và các năm tiếp theo",
        endsOn: new Date("2021-12-31T00:00:00Z"),
        recurrence: "YEARLY",
        assignments: {
          create: [
            ...lead.map((t, i) => ({ role: "LEAD" as const, position: i + 1, ...t })),
            ...support.map((t, i) => ({ role: "SUPPORT" as const, position: i + 1, ...t })),
          ],
        },
      },
    });
  const byDistricts = await measure(
    c341.id,
    1,
    "Giải quyết hồ sơ đúng hạn 100%",
    [{ label: "UBND cấp huyện", groupId: districts.id }],
    [
      { label: "Sở Nội vụ", agencyId: snv.id },
      { label: "Bưu điện tỉnh", agencyId: post.id },
    ],
  );
  const byDepartments = await measure(
    c341.id,
    2,
    "Rà soát quy trình nội bộ",
    [
      { label: "Sở Tài chính", agencyId: stc.id },
      { label: "Các Sở, ban, ngành", groupId: departments.id },
    ],
    [{ label: "Sở TT&TT", agencyId: stt.id }],
  );
  const lost = await measure(
    field3.id,
    1,
    "Tổ chức đối thoại",
    [{ label: "Ban Chỉ đạo CCHC" }, { label: "UBND cấp xã", groupId: communes.id }],
    [{ label: "Sở Nội vụ", agencyId: snv.id }],
  );
  const homeAffairs = await measure(
    field1.id,
    1,
    "Ban hành kế hoạch CCHC",
    [{ label: "Sở Nội vụ", agencyId: snv.id }],
    [],
  );
  const user = await tx.user.create({
    data: {
      provinceId,
      agencyId: hA!.id,
      email: `staff-${tag}@example.test`,
      name: "Cán bộ thử",
      role: "AGENCY_STAFF",
      passwordHash: "x",
    },
  });
  return {
    planId: plan.id,
    agencies: { snv, stc, stt, post, hA: hA!, hB: hB!, hC: hC!, hD: hD! },
    groups: { districts, communes, departments },
    criteria: { field1, field3, c341 },
    measures: { byDistricts, byDepartments, lost, homeAffairs },
    user,
  };
}
