import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests sit next to the code (lib/**, components/**); database tests live in tests/integration and get a
// fresh database from scripts/test.ts (DATABASE_URL). Browser journeys are Playwright's (tests/e2e).
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/setup/server-only.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/integration/**/*.test.ts"],
    exclude: ["node_modules", ".next", "generated"],
    fileParallelism: false,
    testTimeout: 30_000,
    // next.config.mjs turns on experimental.authInterrupts (forbidden() → HTTP 403); the build sets this flag.
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
    hookTimeout: 60_000,
  },
});
