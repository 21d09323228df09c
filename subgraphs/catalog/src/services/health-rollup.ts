/**
 * Latency percentiles from counters that concurrent writers can add to (DynamoDB `ADD`): each up check counts
 * into one bucket by its latency; p50/p95 are the upper bound of the bucket holding that rank, so they are
 * exact to the bucket (≤ 1.5× apart) and never below the true value.
 */
export const LATENCY_BUCKETS_MS = [5, 10, 25, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10_000, 30_000, 60_000] as const;

/** The counter attribute a latency counts into (`lat00` … `lat18`). */
export function latencyBucket(latencyMs: number): string {
  const index = LATENCY_BUCKETS_MS.findIndex((upper) => latencyMs <= upper);
  return bucketName(index === -1 ? LATENCY_BUCKETS_MS.length - 1 : index);
}

const bucketName = (index: number) => `lat${String(index).padStart(2, '0')}`;

export interface RollupCounts {
  checks: number;
  up: number;
  /** Bucket name → count, as stored. */
  buckets: Record<string, number>;
}

export interface RollupSummary {
  checks: number;
  up: number;
  /** Percent of checks that found it up, two decimals; null without checks. */
  uptimePercent: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
}

export function summarise(counts: RollupCounts): RollupSummary {
  const counted = LATENCY_BUCKETS_MS.map((_, i) => counts.buckets[bucketName(i)] ?? 0);
  const total = counted.reduce((a, b) => a + b, 0);
  const percentile = (p: number): number | null => {
    if (total === 0) return null;
    const rank = Math.ceil(total * p);
    let seen = 0;
    for (let i = 0; i < counted.length; i++) {
      seen += counted[i]!;
      if (seen >= rank) return LATENCY_BUCKETS_MS[i]!;
    }
    return LATENCY_BUCKETS_MS.at(-1)!;
  };
  return {
    checks: counts.checks,
    up: counts.up,
    uptimePercent: counts.checks ? Math.round((counts.up / counts.checks) * 10_000) / 100 : null,
    p50Ms: percentile(0.5),
    p95Ms: percentile(0.95),
  };
}

/** Reads the counters out of a stored rollup item. */
export function countsOf(item: Record<string, unknown>): RollupCounts {
  const buckets: Record<string, number> = {};
  for (const [name, value] of Object.entries(item)) if (/^lat\d\d$/.test(name) && typeof value === 'number') buckets[name] = value;
  return { checks: Number(item.checks ?? 0), up: Number(item.up ?? 0), buckets };
}
