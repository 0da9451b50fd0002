import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on these machines; the CLI runs whatever
// PRISMA_SCHEMA_ENGINE_BINARY names, so point it at our WebAssembly-backed stand-in unless the
// environment already chose an engine (e.g. a real binary on a machine with internet).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./scripts/prisma-schema-engine.mjs", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // Optional: `prisma generate` needs no database; migrate/db commands fail clearly without it.
    url: process.env.DATABASE_URL,
  },
});
