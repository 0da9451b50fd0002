// Texts written the way other provinces word their plans, to show the parser reads structure (markers,
// restarts, what follows a paragraph) and a directory, not the line numbers or phrases of one document.
import { describe, expect, it } from "vitest";
import type { AgencyDirectory } from "@/lib/agencies/directory";
import { directoryLookup, parsePlanBody } from ".";

const directory: AgencyDirectory = {
  agencies: [
    { name: "Sở Nội vụ", kind: "DEPARTMENT", aliases: [] },
    { name: "Sở Tư pháp", kind: "DEPARTMENT", aliases: [] },
    { name: "Sở Y tế", kind: "DEPARTMENT", aliases: [] },
    { name: "Công an tỉnh Gia Lai", kind: "CENTRAL", aliases: ["Công an tỉnh"] },
  ],
  groups: [{ name: "UBND cấp huyện", aliases: ["Ủy ban nhân dân các huyện, thị xã, thành phố"], members: [] }],
};
const lookup = directoryLookup(directory);
const parse = (lines: string[]) => parsePlanBody(lines.join("\n"), { lookup });
const refs = (lines: string[]) => parse(lines).duties.map((d) => d.sourceRef);

const GIA_LAI = [
  "- 1 Quyết định 1149/QĐ-BNV phê duyệt Đề án xác định Chỉ số cải cách hành chính",
  "ỦY BAN NHÂN DÂN TỈNH GIA LAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
  "Số: 1320/KH-UBND | Gia Lai, ngày 10 tháng 6 năm 2021 |",
  "Căn cứ kết quả Chỉ số CCHC năm 2020, UBND tỉnh ban hành Kế hoạch như sau:",
  "1. Mục đích, yêu cầu",
  "Khắc phục các hạn chế của năm 2020.",
  "1. Công tác chỉ đạo, điều hành",
  "a) Ban hành kế hoạch CCHC đúng thời hạn.",
  "b) Kiểm tra CCHC đạt 30% cơ quan.",
  "a) Rà soát văn bản quy phạm pháp luật.",
  "b) Theo dõi thi hành pháp luật:",
  "- Ở cấp tỉnh;",
  "- Ở cấp huyện.",
  "a) Công bố đầy đủ thủ tục hành chính.",
  "4. Cải cách tổ chức bộ máy",
  "a) Sắp xếp đơn vị sự nghiệp công lập.",
  "Chủ trì tham mưu UBND tỉnh:",
  "a) Theo dõi, đôn đốc thực hiện Kế hoạch.",
  "b) Tổng hợp báo cáo kết quả.",
  "2. Sở Tư pháp",
  "a) Thẩm định văn bản.",
  "3. Ủy ban nhân dân các huyện, thị xã, thành phố",
  "a) Giải quyết hồ sơ đúng hạn.",
  "4. Đối với Công an tỉnh và Sở Y tế",
  "a) Phối hợp tuyên truyền.",
  "a) Hỗ trợ người dân nộp hồ sơ trực tuyến.",
  "Giao Sở Nội vụ chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
  "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan phản ánh về Sở Nội vụ để tổng hợp.",
  "TM. ỦY BAN NHÂN DÂN",
  "KT. CHỦ TỊCH",
  "a) Không phải nội dung kế hoạch.",
];

describe("parsePlanBody on another province's wording", () => {
  const { duties, warnings } = parse(GIA_LAI);
  const get = (ref: string) => duties.find((d) => d.sourceRef === ref);

  it("infers lost headings and sections from restarts alone", () => {
    expect(duties.map((d) => d.sourceRef)).toEqual([
      "II:1.a",
      "II:1.b",
      "II:2.a",
      "II:2.b",
      "II:3.a",
      "II:4.a",
      "III:1.a",
      "III:1.b",
      "III:2.a",
      "III:3.a",
      "III:4.a",
      "III:5.a",
      "IV:1",
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps lost headings null and unassigned, and reads names from the surviving ones", () => {
    expect(get("II:2.b")).toMatchObject({
      headingText: null,
      fieldCode: "2",
      text: "Theo dõi thi hành pháp luật:\n- Ở cấp tỉnh;\n- Ở cấp huyện.",
    });
    expect(get("III:1.b")).toMatchObject({
      headingText: null,
      assigneeNames: [],
      text: "Chủ trì tham mưu UBND tỉnh: Tổng hợp báo cáo kết quả.",
    });
    expect(get("III:3.a")?.assigneeNames).toEqual(["UBND cấp huyện"]);
    expect(get("III:4.a")?.assigneeNames).toEqual(["Công an tỉnh Gia Lai", "Sở Y tế"]);
    // An orphan list after the last heading continues its section, still unassigned.
    expect(get("III:5.a")).toMatchObject({ headingText: null, assigneeNames: [] });
    expect(get("IV:1")?.assigneeNames).toEqual(["Sở Nội vụ"]);
  });
});

describe("parsePlanBody numbering rules", () => {
  it("honours Roman section headings where the text kept them", () => {
    const text = [
      "I. MỤC ĐÍCH",
      "1. Mục đích",
      "a) x",
      "II. NHIỆM VỤ CHUNG",
      "a) Mục tiêu một.",
      "2. Thủ tục",
      "a) Mục tiêu hai.",
      "III. NHIỆM VỤ CỤ THỂ",
      "1. Sở Tư pháp",
      "a) Nhiệm vụ.",
    ];
    expect(refs(text)).toEqual(["II:1.a", "II:2.a", "III:1.a"]);
  });

  it("warns about a numbered list lost with its letters", () => {
    const { duties, warnings } = parse(["1. A", "a) x", "1. Chung", "a) y", "4. Thủ tục", "a) z"]);
    expect(duties.map((d) => d.sourceRef)).toEqual(["II:1.a", "II:4.a"]);
    expect(warnings.map((w) => w.code)).toEqual(["NUMBERING_GAP"]);
  });

  it("ends the previous section with orphans that cannot fit before heading N", () => {
    const { duties, warnings } = parse([
      "1. A",
      "a) x",
      "2. B",
      "a) x",
      "1. C",
      "a) y",
      "2. D",
      "a) y",
      "a) z",
      "a) w",
      "2. Sở Tư pháp",
      "a) v",
    ]);
    expect(duties.map((d) => d.sourceRef)).toEqual(["II:1.a", "II:2.a", "II:3.a", "III:1.a", "III:2.a"]);
    expect(warnings.map((w) => w.code)).toEqual(["NUMBERING_AMBIGUOUS"]);
  });

  it("leaves a heading that names no known agency unassigned, with a warning", () => {
    const { duties, warnings } = parse(["1. A", "a) x", "1. B", "a) y", "1. Hội Liên hiệp Phụ nữ tỉnh", "a) z"]);
    expect(duties.find((d) => d.sourceRef === "III:1.a")?.assigneeNames).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(["HEADING_NAMES_UNKNOWN"]);
  });

  it("reports a text with no numbered body", () => {
    expect(parse(["Văn bản không có mục nào."]).warnings.map((w) => w.code)).toEqual(["NO_BODY"]);
  });
});
