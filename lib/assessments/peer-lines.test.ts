import { describe, expect, it } from "vitest";
import { parsePeerLines, provinceCode } from "./peer-lines";

describe("parsePeerLines", () => {
  it("reads semicolon, tab and table rows with decimal comma or point, an optional rank and STT", () => {
    const text = [
      "Quảng Ninh; 91,06; 1",
      "Hải Phòng\t89.5",
      "3 | tỉnh Bắc Giang | 88,123 | 3",
      "",
      "TP. Hà Nội; 87",
    ].join("\n");
    expect(parsePeerLines(text, "Lâm Đồng")).toEqual({
      errors: [],
      scores: [
        { provinceName: "Quảng Ninh", score: "91.06", rank: 1, line: 1 },
        { provinceName: "Hải Phòng", score: "89.5", rank: null, line: 2 },
        { provinceName: "Bắc Giang", score: "88.123", rank: 3, line: 3 },
        { provinceName: "Hà Nội", score: "87", rank: null, line: 5 },
      ],
    });
  });

  it("names the line of each mistake, in Vietnamese", () => {
    const text = [
      "Quảng Ninh; 91,06",
      "quảng ninh; 90",
      "Hải Phòng; chín mươi",
      "Bắc Ninh; 101",
      "; 80",
      "Huế; 85; hạng 2",
      "Lâm Đồng; 83,93",
    ].join("\n");
    expect(parsePeerLines(text, "Lâm Đồng").errors).toEqual([
      "Dòng 2: «quảng ninh» đã có ở dòng 1.",
      "Dòng 3: «chín mươi» không phải là điểm (ví dụ 91,06).",
      "Dòng 4: điểm 101 phải lớn hơn 0, không quá 100 và có tối đa 3 chữ số thập phân.",
      "Dòng 5: thiếu tên tỉnh (dạng «Quảng Ninh; 91,06»).",
      "Dòng 6: hạng «hạng 2» phải là số nguyên (1–63).",
      "Dòng 7: «Lâm Đồng» là tỉnh của bạn; điểm của tỉnh lấy từ kết quả đánh giá, không nhập ở đây.",
    ]);
  });

  it("asks for at least one line", () => {
    expect(parsePeerLines("  \n", "Lâm Đồng").errors).toEqual([
      "Chưa có dòng nào: mỗi dòng một tỉnh, dạng «Quảng Ninh; 91,06».",
    ]);
  });

  it("makes a stable code from the name", () => {
    expect(provinceCode("Thành phố Hồ Chí Minh")).toBe("ho-chi-minh");
    expect(provinceCode("Đắk Lắk")).toBe("dak-lak");
  });
});
