import "server-only";
// Aggregates that only change when a write changes what they read (the dashboard's datasets, the overview's
// counts) are kept in this process, keyed by the province, the version of that province's data and of the
// national data ("*"), and the request's own parameters. The versions are bumped at COMMIT by constraint
// triggers on every table the aggregates read (migration 20261201020000_aggregate_versions), so a write through
// any app instance, a script or raw SQL is seen by every instance on its next request: each request reads the
// two versions (one primary-key query, or a page's session statement: lib/aggregate-version.ts) and reuses an
// aggregate only when neither moved.
// The cache holds the promise, so concurrent requests for the same missing aggregate run its query once; a
// rejected load is dropped at once. Cached values are shared between requests: callers must not mutate them.
// Two pools, each evicting its least recently used entries: the province-wide aggregates, and the pages' reads (an
// agency's board, a page of the review queue), which at national size are counted in thousands and must not push
// the dashboards out.
import { requestAggregateVersion } from "@/lib/aggregate-version";

/**
 * "aggregates": ≈ 400, a few per province and plan, each tens of KB at national scale. "pages": one per agency,
 * plan and status filter read lately (its board, its cycle picker), or per page of a review queue, a few KB each.
 */
const POOLS = { aggregates: 400, pages: 1_000 } as const;
export type AggregatePool = keyof typeof POOLS;

const pools: Record<AggregatePool, Map<string, Promise<unknown>>> = { aggregates: new Map(), pages: new Map() };
const stats = { hits: 0, misses: 0 };

export type AggregateCache = {
  /** "<province version>.<national version>", the part of every key that a write moves */
  version: string;
  get<T>(key: readonly unknown[], load: () => Promise<T>): Promise<T>;
};

/** A cache view for one request: the versions are read once, here or by the page's session statement. */
export async function aggregateCache(provinceId: string, pool: AggregatePool = "aggregates"): Promise<AggregateCache> {
  const version = await requestAggregateVersion(provinceId);
  const entries = pools[pool];
  return {
    version,
    get<T>(key: readonly unknown[], load: () => Promise<T>): Promise<T> {
      const id = JSON.stringify([provinceId, version, ...key]);
      const found = entries.get(id);
      if (found) {
        stats.hits += 1;
        entries.delete(id); // re-inserted: Map order is the LRU order
        entries.set(id, found);
        return found as Promise<T>;
      }
      stats.misses += 1;
      const promise = load();
      entries.set(id, promise);
      promise.catch(() => {
        if (entries.get(id) === promise) entries.delete(id);
      });
      while (entries.size > POOLS[pool]) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return promise;
    },
  };
}

/** For tests and the benchmark: hits and misses so far, and the number of cached aggregates. */
export function aggregateCacheStats(): { hits: number; misses: number; size: number } {
  return { ...stats, size: pools.aggregates.size + pools.pages.size };
}

/** For tests: forget every cached aggregate. */
export function clearAggregateCache(): void {
  for (const entries of Object.values(pools)) entries.clear();
}
