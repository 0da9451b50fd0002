// npm run evidence:check — lists evidence records whose file is missing; exit code 1 when any is.
// (react-server condition: the server-only evidence modules load in this server-side script.)
async function main(): Promise<void> {
  const { describeMissing, findMissingEvidenceFiles } = await import("@/lib/evidence/check");
  const { db } = await import("@/lib/db");
  try {
    const missing = await findMissingEvidenceFiles();
    (missing.length > 0 ? console.error : console.log)(describeMissing(missing));
    process.exitCode = missing.length > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
