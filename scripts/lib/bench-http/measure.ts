// One page under autocannon: its latencies alone (1 connection) and under load (N connections), the requests
// served per second, errors (non-2xx, socket errors, timeouts) and the HTML a request carries. Percentiles are
// computed here from every response time (autocannon's own summary has no p95).
import autocannon from "autocannon";

export type Target = {
  name: string;
  path: string;
  cookie: string | null;
  /** budget group: "page" (rps, p95, errors), "html" (also page weight), "write", "floor" (the static page) */
  budget: "page" | "html" | "write" | "floor" | "none";
  write?: { tasks: { id: string; version: number }[] };
};

export type Run = {
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  ok: number;
  errors: number;
  bytesPerResponse: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The task-update write: each connection owns one task and sends its current version, as a client would. */
function writeRequests(target: Target, cookie: string): autocannon.Request[] {
  const tasks = target.write?.tasks ?? [];
  let next = 0;
  type Slot = { task?: { id: string; version: number } };
  return [
    {
      method: "PATCH",
      setupRequest: (request, context) => {
        const slot = context as Slot;
        slot.task ??= tasks[next++ % tasks.length];
        const task = slot.task ?? { id: "", version: 0 };
        return {
          ...request,
          path: `/api/tasks/${task.id}`,
          headers: { ...request.headers, "content-type": "application/json", cookie },
          body: JSON.stringify({ version: task.version, note: "Ghi chú đo tải (bench:http)." }),
        };
      },
      onResponse: (status, body, context) => {
        const slot = context as Slot;
        if (status === 200 && slot.task)
          slot.task.version = (JSON.parse(body) as { task: { version: number } }).task.version;
      },
    },
  ];
}

export async function measure(baseUrl: string, target: Target, connections: number, seconds: number): Promise<Run> {
  const times: number[] = [];
  let ok = 0;
  let bytes = 0;
  const isWrite = Boolean(target.write);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${target.path}`,
        connections: isWrite ? Math.min(connections, target.write?.tasks.length ?? 1) : connections,
        duration: seconds,
        timeout: 10,
        headers: target.cookie ? { cookie: target.cookie } : {},
        ...(isWrite ? { requests: writeRequests(target, target.cookie ?? "") } : {}),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // The tracker emits (client, status, bytes, time); the typings know only the client's 3-argument event.
    (instance as unknown as NodeJS.EventEmitter).on(
      "response",
      (_client: unknown, status: number, resBytes: number, responseTime: number) => {
        times.push(responseTime);
        bytes += resBytes;
        if (status >= 200 && status < 300) ok += 1;
      },
    );
  });
  times.sort((a, b) => a - b);
  const requests = times.length;
  return {
    connections: isWrite ? Math.min(connections, target.write?.tasks.length ?? 1) : connections,
    rps: requests / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests,
    ok,
    errors: requests - ok + result.errors, // autocannon counts timeouts among its errors
    bytesPerResponse: requests > 0 ? bytes / requests : 0,
  };
}

/** The page once, as a check that the user really sees it (not a redirect to sign-in) and for its HTML size. */
export async function probe(baseUrl: string, target: Target): Promise<{ status: number; htmlBytes: number }> {
  if (target.write) return { status: 200, htmlBytes: 0 };
  const response = await fetch(`${baseUrl}${target.path}`, {
    redirect: "manual",
    headers: target.cookie ? { cookie: target.cookie } : {},
  });
  const body = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, htmlBytes: body.byteLength };
}
