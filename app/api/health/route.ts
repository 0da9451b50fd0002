import { NextResponse } from "next/server";

// Liveness only (used by the test runner to know the server is up); reveals nothing.
export function GET() {
  return NextResponse.json({ ok: true });
}
