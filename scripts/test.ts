// `npm test`: every test against a real Postgres in a fresh database for this run. The server is the
// DATABASE_URL given (its database part is replaced), else the local one on 127.0.0.1:5432, else an
// embedded PostgreSQL (so it passes on a laptop with no server). Stages: unit + integration (Vitest), then
// a production build and the browser journeys (Playwright, Chromium).
import { canConnect, createDatabaseIfMissing, dropDatabase, startEmbedded, withDatabase, type Server } from "./lib/postgres";
import { ensureChromium } from "./lib/chromium";
import { run, step } from "./lib/proc";

const LOCAL = "postgres://postgres@127.0.0.1:5432/postgres";

async function findServer(): Promise<{ adminUrl: string; embedded?: Server }> {
  const given = process.env.DATABASE_URL;
  if (given) return { adminUrl: withDatabase(given, "postgres") };
  if (await canConnect(LOCAL)) return { adminUrl: LOCAL };
  step("Không thấy PostgreSQL trên 127.0.0.1:5432: dùng PostgreSQL nhúng (.data/pg-test)");
  const embedded = await startEmbedded(".data/pg-test", 54330);
  return { adminUrl: embedded.adminUrl, embedded };
}

async function main(): Promise<void> {
  const only = process.argv[2]; // "unit" | "e2e" | undefined (all)
  const { adminUrl, embedded } = await findServer();
  const database = `par_test_${Date.now()}_${process.pid}`;
  await createDatabaseIfMissing(adminUrl, database);
  const env = {
    ...process.env,
    DATABASE_URL: withDatabase(adminUrl, database),
    TEST_ADMIN_DATABASE_URL: adminUrl,
    NEXTAUTH_SECRET: "test-secret-for-this-run-only-0123456789",
    ALLOW_DEMO_ACCOUNTS: "1",
  };
  try {
    step(`Cơ sở dữ liệu kiểm thử: ${database}`);
    await run("prisma", ["generate"], env);
    await run("prisma", ["migrate", "deploy"], env);
    if (only !== "e2e") {
      step("Vitest: unit + integration");
      await run("vitest", ["run"], { ...env, NODE_ENV: "test" });
    }
    if (only !== "unit") {
      step("Nạp dữ liệu mẫu cho kiểm thử trình duyệt");
      await run("tsx", ["prisma/seed.ts"], env);
      step("next build");
      await run("next", ["build"], { ...env, NODE_ENV: "production" });
      step("Playwright (Chromium)");
      await run("playwright", ["test"], { ...env, CHROMIUM_PATH: ensureChromium() });
    }
  } finally {
    await dropDatabase(adminUrl, database).catch((e) => console.error(`Không xoá được ${database}: ${e}`));
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
