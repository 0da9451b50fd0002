import { describe, expect, it } from "vitest";
import { predecessorsOf } from "./successions";

describe("predecessorsOf", () => {
  const ended = [
    { id: "khdt", successorId: "tc" }, // merged into a living agency
    { id: "a", successorId: "b" }, // a → b → tc: b ended too
    { id: "b", successorId: "tc" },
    { id: "gtvt", successorId: "xd" }, // another successor
    { id: "huyen", successorId: null }, // dissolved, its work back with Sở Nội vụ
    { id: "x", successorId: "y" }, // a loop never reaches anyone
    { id: "y", successorId: "x" },
  ];

  it("follows merges to the living successor, and only to it", () => {
    expect(predecessorsOf(ended, "tc").map((a) => a.id)).toEqual(["khdt", "a", "b"]);
    expect(predecessorsOf(ended, "xd").map((a) => a.id)).toEqual(["gtvt"]);
    expect(predecessorsOf(ended, "snv")).toEqual([]);
  });
});
