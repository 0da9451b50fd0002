import { describe, expect, it } from "vitest";
import { agencyNamer } from "./at-the-time";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const agencies = [
  { id: "khdt", name: "Sở Kế hoạch và Đầu tư", endedOn: day("2025-03-01"), successorId: "tc" },
  { id: "tc", name: "Sở Tài chính", endedOn: null, successorId: null },
  // renamed twice: "Sở Thông tin" (to 2024) → "Sở Thông tin và Truyền thông" (to 2025) → merged into KHCN
  { id: "tttt", name: "Sở Thông tin và Truyền thông", endedOn: day("2025-03-01"), successorId: "khcn" },
  { id: "khcn", name: "Sở Khoa học và Công nghệ", endedOn: null, successorId: null },
  { id: "vh", name: "Sở Văn hóa, Thể thao và Du lịch", endedOn: null, successorId: null },
  { id: "huyen", name: "UBND huyện Đức Trọng", endedOn: day("2025-07-01"), successorId: null },
  // a chain: A merged into B, B later merged into C
  { id: "a", name: "Cơ quan A", endedOn: day("2024-01-01"), successorId: "b" },
  { id: "b", name: "Cơ quan B", endedOn: day("2025-01-01"), successorId: "c" },
  { id: "c", name: "Cơ quan C", endedOn: null, successorId: null },
];
const renames = [
  { agencyId: "tttt", before: "Sở Thông tin và Truyền thông (cũ)", effectiveOn: day("2025-01-01") },
  { agencyId: "tttt", before: "Sở Thông tin", effectiveOn: day("2024-01-01") },
  { agencyId: "vh", before: "Sở Văn hóa và Thể thao", effectiveOn: day("2024-06-01") },
];
const namer = agencyNamer(agencies, renames);

describe("agencyNamer", () => {
  it("names a merged agency as it was, linked to the agency that took its work", () => {
    expect(namer.at("khdt", day("2024-05-01"))).toEqual({
      id: "khdt",
      name: "Sở Kế hoạch và Đầu tư",
      successor: { id: "tc", name: "Sở Tài chính" },
    });
  });

  it("uses the name before each rename that came later, in date order whatever the input order", () => {
    expect(namer.at("tttt", day("2023-12-31"))?.name).toBe("Sở Thông tin");
    expect(namer.at("tttt", day("2024-01-01"))?.name).toBe("Sở Thông tin và Truyền thông (cũ)");
    expect(namer.at("tttt", day("2025-02-01"))?.name).toBe("Sở Thông tin và Truyền thông");
    expect(namer.at("tttt", day("2023-12-31"))?.successor).toEqual({ id: "khcn", name: "Sở Khoa học và Công nghệ" });
  });

  it("links a renamed living agency to itself under today's name, and a current one to nothing", () => {
    expect(namer.at("vh", day("2024-01-01"))).toEqual({
      id: "vh",
      name: "Sở Văn hóa và Thể thao",
      successor: { id: "vh", name: "Sở Văn hóa, Thể thao và Du lịch" },
    });
    expect(namer.at("vh", day("2024-07-01"))?.successor).toBeNull();
    expect(namer.at("tc", day("2020-01-01"))).toEqual({ id: "tc", name: "Sở Tài chính", successor: null });
    expect(namer.at("vh")?.name).toBe("Sở Văn hóa, Thể thao và Du lịch");
  });

  it("follows a chain of merges to the living agency; a dissolved agency has no link; unknown is null", () => {
    expect(namer.at("a", day("2023-01-01"))?.successor).toEqual({ id: "c", name: "Cơ quan C" });
    expect(namer.current("b")).toEqual({ id: "c", name: "Cơ quan C" });
    expect(namer.current("c")).toEqual({ id: "c", name: "Cơ quan C" });
    expect(namer.at("huyen", day("2024-01-01"))).toEqual({
      id: "huyen",
      name: "UBND huyện Đức Trọng",
      successor: null,
    });
    expect(namer.current("huyen")).toBeNull();
    expect(namer.at("nowhere")).toBeNull();
  });
});
