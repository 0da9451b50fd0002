import { describe, expect, it } from "vitest";
import { generateTemporaryPassword } from "./password";

describe("generateTemporaryPassword", () => {
  it("gives three groups of four unambiguous characters, different each time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generateTemporaryPassword();
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}$/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
