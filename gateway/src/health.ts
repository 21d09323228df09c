export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, { status: 'ok' | 'unavailable'; latencyMs: number; error?: string }>;
}

/** Each check's own time limit unless configured (HEALTH_TIMEOUT_MS): past a store's ~1 s timeout, under a prober's. */
export const DEFAULT_HEALTH_TIMEOUT_MS = 1500;

/**
 * Runs every check in parallel, each given `timeoutMs` (an AbortSignal it should pass on); a check that has not
 * answered by then is reported unavailable. The platform is healthy only when all are.
 */
export async function checkHealth(
  checks: Record<string, (signal: AbortSignal) => Promise<void>>,
  timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS,
): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const started = performance.now();
      const abort = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          check(abort.signal),
          new Promise((_, reject) => {
            timer = setTimeout(() => {
              abort.abort();
              reject(new Error(`no answer in ${timeoutMs} ms`));
            }, timeoutMs);
          }),
        ]);
        return [name, { status: 'ok' as const, latencyMs: Math.round(performance.now() - started) }] as const;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return [name, { status: 'unavailable' as const, latencyMs: Math.round(performance.now() - started), error: message }] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const report = Object.fromEntries(entries);
  return { status: entries.every(([, c]) => c.status === 'ok') ? 'ok' : 'unavailable', checks: report };
}

/** A process is up when its /healthz (which checks its table) answers 200. */
export function serviceCheck(healthUrl: string): (signal: AbortSignal) => Promise<void> {
  return async (signal) => {
    const res = await fetch(healthUrl, { signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  };
}

/** A subgraph's /healthz beside its /graphql. */
export function subgraphCheck(graphqlUrl: string): (signal: AbortSignal) => Promise<void> {
  return serviceCheck(graphqlUrl.replace(/\/graphql\/?$/, '') + '/healthz');
}
