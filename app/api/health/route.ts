import { db } from "@/lib/db";

// Liveness and readiness: answers 200 only when the database answers (within 2 s); reveals nothing else.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const headers = { "Cache-Control": "no-store" };
  try {
    await Promise.race([
      db.$queryRaw`select 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000).unref()),
    ]);
    return Response.json({ ok: true, database: "ok" }, { headers });
  } catch {
    return Response.json({ ok: false, database: "unavailable" }, { status: 503, headers });
  }
}
