import { describe, expect, it } from "vitest";
import { IN_MEMORY_EXPORTS, inMemoryExport, inMemoryExportsRunning } from "./limit";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("in-memory exports", () => {
  it("run at most IN_MEMORY_EXPORTS at once; the others wait their turn and all finish", async () => {
    let now = 0;
    let most = 0;
    const build = (i: number) =>
      inMemoryExport(async () => {
        now += 1;
        most = Math.max(most, now);
        await tick();
        now -= 1;
        return i;
      });
    const results = await Promise.all(Array.from({ length: 7 }, (_, i) => build(i)));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(IN_MEMORY_EXPORTS);
    expect(inMemoryExportsRunning()).toBe(0);
  });

  it("a failed export frees its place", async () => {
    const failures = Array.from({ length: IN_MEMORY_EXPORTS + 1 }, () =>
      inMemoryExport(async () => {
        await tick();
        throw new Error("hỏng");
      }),
    );
    for (const f of failures) await expect(f).rejects.toThrow("hỏng");
    expect(inMemoryExportsRunning()).toBe(0);
    await expect(inMemoryExport(async () => "xong")).resolves.toBe("xong");
  });
});
