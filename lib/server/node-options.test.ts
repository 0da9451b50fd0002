import { describe, expect, it } from "vitest";
import { APP_SEMI_SPACE_MB, appNodeOptions } from "./node-options";

describe("appNodeOptions", () => {
  it("adds the larger young generation to nothing, or to the operator's options", () => {
    expect(appNodeOptions(undefined)).toBe(`--max-semi-space-size=${APP_SEMI_SPACE_MB}`);
    expect(appNodeOptions(" --enable-source-maps ")).toBe(
      `--enable-source-maps --max-semi-space-size=${APP_SEMI_SPACE_MB}`,
    );
  });

  it("keeps an operator's own semi-space setting", () => {
    expect(appNodeOptions("--max-semi-space-size=16")).toBe("--max-semi-space-size=16");
    expect(appNodeOptions("--max-old-space-size=4096 --max-semi-space-size 32")).toBe(
      "--max-old-space-size=4096 --max-semi-space-size 32",
    );
  });
});
