import type { QuotaClient } from './client.ts';
import { optionChecker } from './errors.ts';
import { SDK_VERSION } from './version.ts';

export type HealthStatus = 'pass' | 'warn' | 'fail';

export interface HealthCheckResult {
  status: HealthStatus;
  componentType?: string;
  observedValue?: string;
  time: string;
  output?: string;
}

/** The health endpoint's body (`application/health+json`, after draft-inadarei-api-health-check). */
export interface HealthReport {
  status: HealthStatus;
  version?: string;
  description?: string;
  checks: Record<string, HealthCheckResult[]>;
  notes: string[];
}

export interface HealthOptions {
  /** The client the middleware uses: its link to the marketplace is reported as `marketplace:quota`. */
  client?: QuotaClient;
  /** The solution's version, e.g. from its package.json. */
  version?: string;
  description?: string;
  /** The solution's own dependencies: a check passes unless it throws, returns false or outlasts `checkTimeoutMs`. */
  checks?: Record<string, () => unknown>;
  /** Default 2000. */
  checkTimeoutMs?: number;
  now?: () => number;
}

export const HEALTH_CONTENT_TYPE = 'application/health+json';

/**
 * The standard health report: `pass`, `warn` (the marketplace is unreachable and the fail mode admits callers)
 * or `fail` (a check failed, the marketplace refuses the solution secret, or it is unreachable and the fail mode
 * refuses callers). Answered
 * 200 for pass and warn, 503 for fail. Outputs never carry error messages, which may hold internals.
 */
export function createHealthReporter(options: HealthOptions = {}): () => Promise<{ status: number; headers: Record<string, string>; body: HealthReport }> {
  const check = optionChecker();
  const timeoutMs = check.int('checkTimeoutMs', options.checkTimeoutMs, 1, 60_000, 2000);
  for (const [name, fn] of Object.entries(options.checks ?? {})) if (typeof fn !== 'function') check.fail(`checks.${name} must be a function.`);
  check.throwIfAny();
  const now = options.now ?? Date.now;

  return async () => {
    const time = new Date(now()).toISOString();
    const checks: Record<string, HealthCheckResult[]> = {};
    if (options.client) {
      const link = options.client.status();
      const down = link.circuit === 'open' || link.circuit === 'half-open';
      // A refused secret fails every call (the standard's 500), whatever the fail mode: the API is down for callers.
      const status: HealthStatus = link.secretRefused ? 'fail' : !down ? 'pass' : link.failMode === 'closed' ? 'fail' : 'warn';
      const result: HealthCheckResult = { status, componentType: 'component', observedValue: link.circuit, time: link.lastAnsweredAt ?? time };
      if (link.secretRefused) result.output = 'The marketplace refuses the solution secret (revoked, expired or mistyped); every call is refused.';
      else if (down) result.output = `The marketplace is not answering; fail mode ${typeof link.failMode === 'object' ? `allowance ${link.failMode.allowance}/min` : link.failMode}.`;
      checks['marketplace:quota'] = [result];
    }
    await Promise.all(
      Object.entries(options.checks ?? {}).map(async ([name, fn]) => {
        const outcome = await runCheck(fn, timeoutMs);
        checks[name] = [{ status: outcome === 'ok' ? 'pass' : 'fail', time, ...(outcome === 'ok' ? {} : { output: outcome === 'timeout' ? 'timed out' : 'failed' }) }];
      }),
    );
    const all = Object.values(checks).flat();
    const status: HealthStatus = all.some((c) => c.status === 'fail') ? 'fail' : all.some((c) => c.status === 'warn') ? 'warn' : 'pass';
    const body: HealthReport = { status, checks, notes: [`@marketplace/sdk ${SDK_VERSION}`] };
    if (options.version) body.version = options.version;
    if (options.description) body.description = options.description;
    return { status: status === 'fail' ? 503 : 200, headers: { 'content-type': HEALTH_CONTENT_TYPE, 'cache-control': 'no-store' }, body };
  };
}

async function runCheck(fn: () => unknown, timeoutMs: number): Promise<'ok' | 'failed' | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const run = (async () => ((await fn()) === false ? 'failed' : 'ok'))().catch(() => 'failed' as const);
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A fetch-style health handler (Hono, Bun, Deno, Workers): `app.get('/health', healthHandler({ client }))`. */
export function healthHandler(options: HealthOptions = {}): () => Promise<Response> {
  const report = createHealthReporter(options);
  return async () => {
    const { status, headers, body } = await report();
    return new Response(JSON.stringify(body), { status, headers });
  };
}
