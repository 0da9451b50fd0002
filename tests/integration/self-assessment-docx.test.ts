// The self-assessment table as DOCX (issue #10) through its download route: re-opened (word/document.xml) for
// the Nghị định 30 header, the title, the table rows and totals, the signature block; scoped as the page is
// (an agency gets its own rows); refused to a caller without a session, for a bad format, and for another
// province (which has no such table of its own, and never reads this one). All figures are made-up test data.
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

const { GET } = await import("@/app/api/tu-danh-gia/[year]/bang-tinh/route");
const { makeProvince, makeUser } = await import("./framework-fixtures");
const { seedAppraisedSelfAssessment } = await import("./self-assessment-fixtures");
const { signInAs } = await import("./tasks-session-mock");

type User = Awaited<ReturnType<typeof makeUser>>;
let year: number;
let admin: User;
let staff: User;
let outsider: User;

beforeAll(async () => {
  ({ year, admin, staff } = await seedAppraisedSelfAssessment());
  outsider = await makeUser("HOME_AFFAIRS", await makeProvince());
});
afterAll(() => signInAs(null));

const get = (user: User | null, query = "?dinh-dang=docx", y = String(year)) => {
  signInAs(user);
  return GET(new Request(`http://localhost/api/tu-danh-gia/${y}/bang-tinh${query}`), {
    params: Promise.resolve({ year: y }),
  });
};

/** The document's paragraphs as text, and the data table's rows as cell texts. */
async function readDocx(response: Response) {
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => text(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) =>
    [...m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => text(tc[0])),
    ),
  );
  return { xml, paragraphs, tables };
}

describe("self-assessment DOCX", () => {
  it("has the administrative header, the title, every row, the totals and the signature block", async () => {
    const response = await get(admin, "?dinh-dang=docx&chuc-vu=Giám đốc&nguoi-ky=Nguyễn Văn A");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("content-disposition")).toContain(`tu-danh-gia-${year}.docx`);
    const { xml, paragraphs, tables } = await readDocx(response);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain("Times New Roman");
    const [header, grid, signature] = tables;
    expect(header?.[0]?.[0]).toBe(`UBND TỈNH ${admin.provinceName.toLocaleUpperCase("vi-VN")}SỞ NỘI VỤSố: ……………`);
    expect(header?.[0]?.[1]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc");
    expect(paragraphs).toContain(`BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`);
    expect(paragraphs).toContain(`Của tỉnh ${admin.provinceName}`);
    expect(grid?.[0]?.slice(0, 3)).toEqual(["Mã", "Tiêu chí", "Điểm tối đa"]);
    expect(grid?.slice(1, -1).map((r) => r[0])).toEqual(["1.1.1", "1.1.2", "1.2"]);
    expect(grid?.[1]).toEqual([
      "1.1.1",
      "Tiêu chí thành phần 1.1.1",
      "4,00",
      "Sở Tài chính",
      "Đã thẩm định",
      "3,50",
      "Đã ban hành đủ văn bản",
      "Chưa có tài liệu kiểm chứng",
      "3,25",
      "Thiếu một báo cáo",
    ]);
    expect(grid?.[2]?.[3]).toBe("Chưa giao");
    const total = grid?.[grid.length - 1];
    expect([total?.[1], total?.[2], total?.[4], total?.[5], total?.[8]]).toEqual([
      "Tổng cộng",
      "10,00",
      "1/3 đã thẩm định",
      "3,50",
      "3,25",
    ]);
    expect(paragraphs.some((p) => p.startsWith("Tổng điểm tự chấm (đề xuất): 3,50/10,00 điểm"))).toBe(true);
    expect(signature?.[0]?.[0]).toBe(`Nơi nhận:- UBND tỉnh ${admin.provinceName} (báo cáo);- Lưu: VT.`);
    expect(signature?.[0]?.[1]).toBe("GIÁM ĐỐC(Ký, ghi rõ họ tên và đóng dấu)Nguyễn Văn A");
  });

  it("gives an agency its own rows, issued by the agency to Sở Nội vụ", async () => {
    const { paragraphs, tables } = await readDocx(await get(staff));
    const [header, grid, signature] = tables;
    expect(header?.[0]?.[0]).toContain("SỞ TÀI CHÍNH");
    expect(paragraphs).toContain(`Các tiêu chí do Sở Tài chính chấm — tỉnh ${staff.provinceName}`);
    expect(grid?.slice(1, -1).map((r) => r[0])).toEqual(["1.1.1", "1.2"]);
    expect(grid?.[grid.length - 1]?.[2]).toBe("8,00"); // 4 + 4: the agency's own criteria only
    expect(signature?.[0]?.[0]).toContain(`Sở Nội vụ tỉnh ${staff.provinceName} (thẩm định);`);
  });

  it("refuses no session, a bad format or signer field, and another province", async () => {
    expect((await get(null)).status).toBe(401);
    const bad = await get(admin, "?dinh-dang=pdf");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error).toBe("Định dạng tải về không hợp lệ: chọn xlsx, docx.");
    expect((await get(admin, `?dinh-dang=docx&so=${"9".repeat(41)}`)).status).toBe(422);
    expect((await get(outsider)).status).toBe(404);
    expect((await get(admin, "?dinh-dang=docx", "20x5")).status).toBe(404);
  });

  it("still answers XLSX by default", async () => {
    const response = await get(admin, "");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });
});
