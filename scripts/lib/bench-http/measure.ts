// One page under autocannon: its latencies alone (1 connection) and under load (N connections), the requests
// served per second, errors (non-2xx, socket errors, timeouts) and the HTML a request carries. Percentiles are
// computed here from every response time (autocannon's own summary has no p95).
import autocannon from "autocannon";

export type Target = {
  name: string;
  path: string;
  cookie: string | null;
  /**
   * budget group: "page" (rps, p95, errors), "html" (also page weight), "write", "floor" (a page served prerendered,
   * the relative budget's reference), "signin" (the smallest page rendered per request, for comparison), "none"
   */
  budget: "page" | "html" | "write" | "floor" | "signin" | "none";
  /** the HTTP status the page answers with: 200 unless said */
  status?: number;
  write?: { tasks: { id: string; version: number }[]; acknowledged: string[] };
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
  /** answers by HTTP status, e.g. { "200": 812, "409": 3 } */
  statuses: Record<string, number>;
  bytesPerResponse: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * The task-update write: a task is written by one request at a time, with its current version, as a client would.
 * autocannon clears a connection's context before each request (its list of one request wraps around), so a
 * task cannot stay with a connection: a request takes a task nobody is writing (`free`) and hands it back with
 * the new version when answered. Only when none is free (a request that timed out keeps its task) does it share
 * one, and a 409 then is the version check at work.
 */
export function writeRequests(target: Target, cookie: string): autocannon.Request[] {
  const tasks = target.write?.tasks ?? [];
  const free = [...tasks];
  let next = 0;
  type Slot = { task?: { id: string; version: number } };
  return [
    {
      method: "PATCH",
      setupRequest: (request, context) => {
        const slot = context as Slot;
        slot.task = free.shift() ?? tasks[next++ % tasks.length];
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
        if (!slot.task) return;
        if (status === 200) {
          const { task } = JSON.parse(body) as { task: { version: number; updateId: string } };
          slot.task.version = task.version;
          target.write?.acknowledged.push(task.updateId);
        } else if (status === 409) {
          // A write this client abandoned at the end of a run was committed after all: carry on from the new state.
          const current = (JSON.parse(body) as { current?: { version?: number } }).current;
          if (typeof current?.version === "number") slot.task.version = current.version;
        }
        if (!free.includes(slot.task)) free.push(slot.task);
      },
    },
  ];
}

/** Latencies alone need a few samples even when a page takes longer than the run: topped up to this many. */
const MIN_ALONE_SAMPLES = 5;

export async function measure(baseUrl: string, target: Target, connections: number, seconds: number): Promise<Run> {
  const times: number[] = [];
  const counts = { ok: 0, bytes: 0, errors: 0, statuses: {} as Record<string, number> };
  await drive(baseUrl, target, connections, { duration: seconds }, times, counts);
  if (connections === 1 && times.length < MIN_ALONE_SAMPLES)
    await drive(baseUrl, target, 1, { amount: MIN_ALONE_SAMPLES - times.length }, times, counts);
  times.sort((a, b) => a - b);
  const requests = times.length;
  const isWrite = Boolean(target.write);
  return {
    connections: isWrite ? Math.min(connections, target.write?.tasks.length ?? 1) : connections,
    rps: (isWrite ? counts.ok : requests) / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests,
    ok: counts.ok,
    // A 409 on the write is the version check refusing a stale write (e.g. two connections on one task after a
    // reconnect): the guarantee at work, counted in `statuses` but not as an error; rps counts accepted writes.
    errors: requests - counts.ok - (isWrite ? (counts.statuses["409"] ?? 0) : 0) + counts.errors,
    statuses: counts.statuses,
    bytesPerResponse: requests > 0 ? counts.bytes / requests : 0,
  };
}

async function drive(
  baseUrl: string,
  target: Target,
  connections: number,
  length: { duration: number } | { amount: number },
  times: number[],
  counts: { ok: number; bytes: number; errors: number; statuses: Record<string, number> },
): Promise<void> {
  const isWrite = Boolean(target.write);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${target.path}`,
        connections: isWrite ? Math.min(connections, target.write?.tasks.length ?? 1) : connections,
        ...length,
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
        counts.bytes += resBytes;
        counts.statuses[status] = (counts.statuses[status] ?? 0) + 1;
        if (target.status ? status === target.status : status >= 200 && status < 300) counts.ok += 1;
      },
    );
  });
  counts.errors += result.errors; // autocannon counts timeouts among its errors
}

/**
 * Waits until the server answers /api/health quickly again: requests a run abandoned at its end are still being
 * rendered, and must not slow the next page's measurement. False when the server no longer answers at all.
 */
export async function drained(baseUrl: string, alive: () => boolean, seconds = 180): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  let answered = false;
  while (Date.now() < deadline && alive()) {
    const started = performance.now();
    answered = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (answered && performance.now() - started < 1000) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return answered; // still busy after the wait, but alive
}

/**
 * The page once, as a check that the user really sees it (not a redirect to sign-in), for its HTML size, and whether
 * Next served it from its build's prerendered pages (`x-nextjs-prerender`) rather than rendering it.
 */
export async function probe(
  baseUrl: string,
  target: Target,
): Promise<{ status: number; htmlBytes: number; prerendered: boolean }> {
  if (target.write) return { status: 200, htmlBytes: 0, prerendered: false };
  try {
    const response = await fetch(`${baseUrl}${target.path}`, {
      redirect: "manual",
      headers: target.cookie ? { cookie: target.cookie } : {},
      signal: AbortSignal.timeout(60_000),
    });
    const body = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      htmlBytes: body.byteLength,
      prerendered: response.headers.has("x-nextjs-prerender"),
    };
  } catch (error) {
    // Reported as status 0 (a failed page) rather than ending the run: the other pages are still measured.
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    console.error(`  ${target.path}: ${error instanceof Error ? error.message : String(error)}${cause}`);
    return { status: 0, htmlBytes: 0, prerendered: false };
  }
}
