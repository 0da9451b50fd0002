// The prologue both JSON route handlers share (lib/server/json-body.ts): the session before the body, at most
// JSON_BODY_LIMIT bytes, and a JSON object or a 422. Each refusal is asked of both handlers, so a handler that
// stopped using the prologue (or a prologue that lost a check) fails here before any mutation runs.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

const { PATCH } = await import("@/app/api/tasks/[id]/route");
const { POST } = await import("@/app/api/tasks/[id]/duyet-hoan-thanh/route");
const { BODY_MESSAGES, JSON_BODY_LIMIT } = await import("@/lib/server/body-limits");
const { signInAs } = await import("./tasks-session-mock");

const staff = {
  id: "00000000-0000-0000-0000-000000000001",
  email: "staff@test.par.vn",
  name: "Cán bộ",
  role: "AGENCY_STAFF",
  provinceId: "00000000-0000-0000-0000-000000000002",
  provinceName: "Tỉnh thử",
  agencyId: "00000000-0000-0000-0000-000000000003",
  agencyName: "Sở thử",
} as const;

const handlers = [
  ["PATCH /api/tasks/[id]", PATCH, "PATCH"],
  ["POST /api/tasks/[id]/duyet-hoan-thanh", POST, "POST"],
] as const;
const params = { params: Promise.resolve({ id: "x" }) };

/** A request whose body is `text`, counting whether anyone read it. */
function requestWith(method: string, text: string) {
  let read = false;
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        read = true;
        controller.enqueue(bytes);
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://t/api/tasks/x", { method, body, duplex: "half" } as RequestInit);
  return { request, wasRead: () => read };
}

describe.each(handlers)("%s before any mutation", (_name, handler, method) => {
  it("401 without a session, the body unread", async () => {
    signInAs(null);
    const { request, wasRead } = requestWith(method, "{}");
    const response = await handler(request, params);
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe("UNAUTHENTICATED");
    expect(wasRead()).toBe(false);
  });

  it("413 TOO_LARGE for a body beyond the limit", async () => {
    signInAs({ ...staff });
    const { request } = requestWith(method, `{"note":"${"a".repeat(JSON_BODY_LIMIT)}"}`);
    const response = await handler(request, params);
    expect(response.status).toBe(413);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ code: "TOO_LARGE", error: BODY_MESSAGES.tooLarge });
  });

  it.each(["not json", "[1, 2]", "null", '"text"', "42", ""])("422 INVALID for the body %j", async (text) => {
    signInAs({ ...staff });
    const { request } = requestWith(method, text);
    const response = await handler(request, params);
    expect(response.status).toBe(422);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ code: "INVALID", error: BODY_MESSAGES.badJson });
  });
});
