export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, { status: 'ok' | 'unavailable'; latencyMs: number; error?: string }>;
}

/** Runs every check in parallel with a timeout; the platform is healthy only when all are. */
export async function checkHealth(
  checks: Record<string, () => Promise<void>>,
  timeoutMs = 2000,
): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const started = performance.now();
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs).unref()),
        ]);
        return [name, { status: 'ok' as const, latencyMs: Math.round(performance.now() - started) }] as const;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return [name, { status: 'unavailable' as const, latencyMs: Math.round(performance.now() - started), error: message }] as const;
      }
    }),
  );
  const report = Object.fromEntries(entries);
  return { status: entries.every(([, c]) => c.status === 'ok') ? 'ok' : 'unavailable', checks: report };
}

/** A process is up when its /healthz (which checks its table) answers 200. */
export function serviceCheck(healthUrl: string): () => Promise<void> {
  return async () => {
    const res = await fetch(healthUrl, { signal: AbortSignal.timeout(2000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  };
}

/** A subgraph's /healthz beside its /graphql. */
export function subgraphCheck(graphqlUrl: string): () => Promise<void> {
  return serviceCheck(graphqlUrl.replace(/\/graphql\/?$/, '') + '/healthz');
}
