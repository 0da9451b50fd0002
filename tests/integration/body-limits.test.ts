// Item 11: bodies are judged before they are read. A stranger's body is never read at all; a signed-in user's
// JSON is read up to 64 KB and the upload cancelled beyond. The streams count what the handler pulled.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

const { PATCH } = await import("@/app/api/tasks/[id]/route");
const { ACTION_BODY_LIMIT, ANONYMOUS_BODY_LIMIT, JSON_BODY_LIMIT, judgeBody } = await import(
  "@/lib/server/body-limits"
);
const { signInAs } = await import("./tasks-session-mock");
const { buildTaskWorld } = await import("./tasks-fixtures");

/** A request whose body would be `total` bytes, produced only as the reader pulls; `pulled()` says how much. */
function hugeRequest(total: number) {
  let sent = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= total) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  ); // nothing is produced until someone reads
  const request = new Request("http://t/api/tasks/x", {
    method: "PATCH",
    body,
    headers: { "content-type": "application/json" },
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => sent };
}

let world: Awaited<ReturnType<typeof buildTaskWorld>>;
beforeAll(async () => {
  world = await buildTaskWorld();
});

describe("PATCH /api/tasks/[id] with a 500 MB body", () => {
  it("without a session: 401 and not one byte read", async () => {
    signInAs(null);
    const { request, pulled } = hugeRequest(500 * 1024 * 1024);
    const response = await PATCH(request, { params: Promise.resolve({ id: "x" }) });
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe("UNAUTHENTICATED");
    expect(pulled()).toBe(0);
  });

  it("signed in: 413 after at most 64 KB and one chunk, the upload cancelled", async () => {
    signInAs(world.users.financeStaff);
    const { request, pulled } = hugeRequest(500 * 1024 * 1024);
    const response = await PATCH(request, { params: Promise.resolve({ id: "x" }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "TOO_LARGE", error: "Dữ liệu gửi lên quá lớn." });
    expect(pulled()).toBeLessThanOrEqual(JSON_BODY_LIMIT + 2 * 64 * 1024);
  });
});

describe("the server's verdict before reading (scripts/server.ts)", () => {
  it("refuses big or unsized bodies from strangers, oversized ones from anyone, and lets the rest through", () => {
    expect(judgeBody("PATCH", "/api/tasks/x", 500 * 1024 * 1024, false)).toMatchObject({ status: 413 });
    expect(judgeBody("POST", "/nhiem-vu/x", ANONYMOUS_BODY_LIMIT + 1, false)).toMatchObject({
      status: 401,
      message: expect.stringMatching(/đăng nhập lại/),
    });
    expect(judgeBody("POST", "/nhiem-vu/x", null, false)).toMatchObject({ status: 401 });
    expect(judgeBody("POST", "/api/auth/callback/credentials", 300, false)).toBeNull();
    expect(judgeBody("POST", "/nhiem-vu/x", 20 * 1024 * 1024, true)).toBeNull();
    expect(judgeBody("POST", "/nhiem-vu/x", ACTION_BODY_LIMIT + 1, true)).toMatchObject({ status: 413 });
    expect(judgeBody("GET", "/", null, false)).toBeNull();
  });
});
