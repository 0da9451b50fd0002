import { describe, expect, it } from "vitest";
import { editDistance, exactKey, foldKey, normalizeText, quotableReference } from "./vietnamese";

describe("Vietnamese text keys", () => {
  it("normalises to NFC and collapses odd spaces", () => {
    const decomposed = "Sở\u00A0 Nội   vụ".normalize("NFD");
    expect(normalizeText(decomposed)).toBe("Sở Nội vụ");
    expect(normalizeText(decomposed)).toBe(normalizeText(decomposed).normalize("NFC"));
  });

  it("exactKey ignores case, dash style and tone-mark placement but keeps diacritics", () => {
    expect(exactKey("Ủy ban nhân dân")).toBe(exactKey("UỶ BAN NHÂN DÂN"));
    expect(exactKey("Sở Văn hoá")).toBe(exactKey("Sở Văn hóa"));
    expect(exactKey("Lao động – Thương binh")).toBe(exactKey("Lao động - Thương binh"));
    expect(exactKey("Thanh tra tình")).not.toBe(exactKey("Thanh tra tỉnh"));
  });

  it("foldKey drops diacritics (đ → d) and punctuation", () => {
    expect(foldKey("Thanh tra tình")).toBe(foldKey("Thanh tra tỉnh"));
    expect(foldKey("Sở KH & ĐT")).toBe("so kh&dt");
    expect(foldKey("Đạ Tẻh, Cát Tiên.")).toBe("da teh cat tien");
  });

  it("editDistance counts edits and stops past the bound", () => {
    expect(editDistance("tinh", "tinh", 2)).toBe(0);
    expect(editDistance("so tai chinh", "so tai chinhh", 2)).toBe(1);
    expect(editDistance("ubnd tinh", "hdnd tinh", 1)).toBe(2);
    expect(editDistance("abc", "abcdef", 1)).toBe(2);
  });
});

describe("quotableReference", () => {
  it("drops brackets around the whole text and closing punctuation, keeps brackets inside", () => {
    expect(quotableReference("(Quyết định 12/QĐ-UBND)")).toBe("Quyết định 12/QĐ-UBND");
    expect(quotableReference("((Quyết định 12/QĐ-UBND).)")).toBe("Quyết định 12/QĐ-UBND");
    expect(quotableReference("Sắp xếp (số quyết định: …).")).toBe("Sắp xếp (số quyết định: …)");
    expect(quotableReference("(a) và (b)")).toBe("(a) và (b)");
    expect(quotableReference(" ( ) ")).toBe("");
  });
});
