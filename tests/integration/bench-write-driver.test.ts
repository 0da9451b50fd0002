// bench:http's task-update driver (issue 13's write budget): autocannon clears a connection's context before each
// request, so the driver must not rely on it to keep a task with a connection. A task is written by one request
// at a time, with the version its last answer gave, so the run's 409s are real conflicts, not the driver's own.
// No database: the requests are built and answered here as autocannon would.
import { describe, expect, it } from "vitest";
import { type Target, writeRequests } from "@/scripts/lib/bench-http/measure";

function driver(taskCount: number) {
  const tasks = Array.from({ length: taskCount }, (_, i) => ({ id: `t${i}`, version: 0 }));
  const target: Target = {
    name: "PATCH",
    path: "/api/tasks",
    cookie: null,
    budget: "write",
    write: { tasks, acknowledged: [] },
  };
  const [request] = writeRequests(target, "c=1");
  const { setupRequest, onResponse } = request ?? {};
  if (typeof setupRequest !== "function" || typeof onResponse !== "function") throw new Error("no write request");
  /** A request sent with a fresh context, as autocannon sends each one. */
  const send = () => {
    const context = {};
    const built = setupRequest({}, context);
    const sent = {
      task: String(built.path).split("/").pop() ?? "",
      version: (JSON.parse(String(built.body)) as { version: number }).version,
    };
    const answer = (status: number, version: number) =>
      onResponse(
        status,
        JSON.stringify(status === 200 ? { task: { version, updateId: `u${version}` } } : { current: { version } }),
        context,
        undefined,
      );
    return { sent, answer };
  };
  return { send, target };
}

describe("bench:http's write driver", () => {
  it("never sends two writes of one task at once while another task is free", () => {
    const { send } = driver(2);
    const slow = send();
    const quick = send();
    expect([slow.sent.task, quick.sent.task].sort()).toEqual(["t0", "t1"]);
    quick.answer(200, 1);
    // the slow write is still in flight: the next request takes the task just answered, at its new version
    expect(send().sent).toEqual({ task: quick.sent.task, version: 1 });
  });

  it("sends a task again with the version its last answer gave, 200 or 409", () => {
    const { send, target } = driver(1);
    const first = send();
    first.answer(200, 1);
    const second = send();
    expect(second.sent).toEqual({ task: "t0", version: 1 });
    second.answer(409, 4);
    expect(send().sent).toEqual({ task: "t0", version: 4 });
    expect(target.write?.acknowledged).toEqual(["u1"]);
  });
});
