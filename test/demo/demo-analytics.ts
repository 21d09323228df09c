import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { openEventLog, type EventInput } from '@marketplace/analytics/public';
import type { PastHealthCheck } from '@marketplace/catalog/public';
import { callFact, UsageRecorder, type UsageEvent } from '@marketplace/quotas/public';
import { createLogger, systemClock } from '@marketplace/shared';

/**
 * The demo's history is one plan, written to every store that shows it: calls go through the quotas package's own
 * `UsageRecorder` (the dashboards' rollups, as the shim writes them) and, as the same sums, to the analytics log
 * (`callFact`, the shim's own mapping), so "Usage, last 30 days", "Calls by endpoint", the funnel and the analysts'
 * tables count the same calls. Nobody is invented: the past callers are anonymous visitors (keyed fingerprints, never
 * users) and the demo's customer on days after their account was made; revenue is what billing books for real
 * subscriptions.
 */

/** `count` calls of one kind at `at` (a past day), recorded as the shim records them; `dedupeKey` names its `call` fact. */
export interface PlannedCalls {
  at: Date;
  event: UsageEvent;
  count: number;
  dedupeKey: string;
}

/** A solution as the plan needs it: where anonymous visitors call, and how many calls their trial allows. */
export interface HistorySolution {
  id: string;
  slug: string;
  /** `METHOD /path` of the endpoints anonymous callers may use. */
  anonymousEndpoints: string[];
  anonymousLimit: number;
}

const DAY_MS = 86_400_000;
const startOfDay = (now: Date) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Anonymous trials on each solution over the past `days` days (not today: the shim logs today's itself): a few
 * visitors a day, each a keyed fingerprint making a few calls on one endpoint, refused past the anonymous
 * allowance (a refusal consumes nothing); their `trial.started`, and `trial.ended` once the 15-day window closed.
 * The same on every run (a fixed random sequence) but for the day they end on.
 */
export function demoTrialHistory(options: { solutions: HistorySolution[]; days: number; now?: Date }): { calls: PlannedCalls[]; facts: EventInput[] } {
  let seed = 11;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const today = startOfDay(options.now ?? new Date());
  const calls: PlannedCalls[] = [];
  const facts: EventInput[] = [];
  for (const [s, solution] of options.solutions.entries()) {
    for (let ago = options.days; ago >= 1; ago--) {
      const day = today - ago * DAY_MS;
      const trials = 3 + Math.floor(random() * 4);
      for (let i = 0; i < trials; i++) {
        const id = `${solution.slug}-${ago}-${i}`;
        const fingerprint = `anon_demo${s}${ago}x${i}`;
        const at = new Date(day + (9 + Math.floor(random() * 10)) * 3_600_000);
        const endpoint = solution.anonymousEndpoints[Math.floor(random() * solution.anonymousEndpoints.length)];
        const tried = 1 + Math.floor(random() * 8);
        const allowed = Math.min(tried, solution.anonymousLimit);
        const base = { solutionId: solution.id, tier: 'anonymous' as const, fingerprint, endpoint, overage: 0 };
        facts.push({ type: 'trial.started', dedupeKey: `demo-trial-${id}`, time: at, solutionId: solution.id, fingerprint, tier: 'anonymous' });
        calls.push({ at, event: { ...base, code: 'VALID', allowed: true, units: 1 }, count: allowed, dedupeKey: `demo-anon-${id}` });
        if (tried > allowed) {
          calls.push({ at, event: { ...base, code: 'QUOTA_EXCEEDED', allowed: false, units: 0, nearLimit: true }, count: tried - allowed, dedupeKey: `demo-anon-${id}-refused` });
        }
        // The anonymous window (15 days) closes unless it is still open today.
        const ends = at.getTime() + 15 * DAY_MS;
        if (ends < today) facts.push({ type: 'trial.ended', dedupeKey: `demo-trial-${id}`, time: new Date(ends), solutionId: solution.id, fingerprint, tier: 'anonymous', outcome: 'expired' });
      }
    }
  }
  return { calls, facts };
}

/**
 * The health monitor's checks of each solution over the past `days` days, every half hour (48 a day): mostly passing
 * at 80–300 ms, slower in the afternoon, a rare lone failure (not an outage: the monitor wants consecutive ones), and
 * one two-hour outage a week ago (an incident, opened by its first failure and closed by the first pass after it).
 */
export function demoHealthHistory(options: { solutions: { id: string }[]; days: number; now?: Date }): Map<string, PastHealthCheck[]> {
  const today = startOfDay(options.now ?? new Date());
  const out = new Map<string, PastHealthCheck[]>();
  for (const [s, solution] of options.solutions.entries()) {
    let seed = 7 + s;
    const jitter = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const outage = { ago: Math.min(7, options.days), from: 14, to: 16 };
    const checks: PastHealthCheck[] = [];
    let open: PastHealthCheck['opens'] | undefined;
    for (let ago = options.days; ago >= 1; ago--) {
      for (let i = 0; i < 48; i++) {
        const at = new Date(today - ago * DAY_MS + i * 1_800_000).toISOString();
        const hour = i / 2;
        const down = ago === outage.ago && hour >= outage.from && hour < outage.to;
        const latencyMs = down ? 10_000 : Math.round(80 + jitter() * 120 + (hour >= 12 && hour < 18 ? 100 : 0));
        const check: PastHealthCheck = down
          ? i % 2
            ? { at, up: false, latencyMs, httpStatus: null, failure: 'TIMEOUT', detail: 'No answer within 10 s.' }
            : { at, up: false, latencyMs: 420, httpStatus: 503, failure: 'HTTP_STATUS', detail: 'HTTP 503' }
          : jitter() < 0.003
            ? { at, up: false, latencyMs, httpStatus: null, failure: 'UNREACHABLE', detail: 'Connection refused.' }
            : { at, up: true, latencyMs, httpStatus: 200, failure: null, detail: null };
        if (down && !open) {
          open = { id: `${solution.id}:${at}`, startedAt: at, endedAt: null, failure: check.failure!, detail: check.detail ?? '' };
          check.opens = open;
        } else if (!down && open) {
          check.closes = { ...open, endedAt: at };
          open = undefined;
        }
        checks.push(check);
      }
    }
    out.set(solution.id, checks);
  }
  return out;
}

/** Items by key, in first-seen order (`Map.groupBy` needs Node 21). */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/** The analytics facts of planned calls: the shim's `call` fact of each sum, named by its dedupe key. */
export function callFactsOf(planned: readonly PlannedCalls[], partnerId: string): EventInput[] {
  return planned.map((p) => callFact({ event: p.event, minute: new Date(p.at.getTime() - (p.at.getTime() % 60_000)), count: p.count, units: p.event.units * p.count }, partnerId, p.dedupeKey));
}

/**
 * Writes planned calls' rollups with the quotas package's `UsageRecorder`, each at its own time, a day per flush (a
 * few writes at once, as the shim's flushes are: all four weeks in one flush time out on a busy DynamoDB Local). The
 * recorder keeps failed writes for a next flush that never comes: callers check that the days arrived.
 */
export async function recordCalls(usage: { db: DynamoDBDocumentClient; table: string }, planned: readonly PlannedCalls[]): Promise<void> {
  const recorder = new UsageRecorder({ ...usage, clock: systemClock, logger: createLogger('demo', 'silent') });
  for (const calls of groupBy(planned, (p) => dayOf(p.at.getTime())).values()) {
    for (const p of calls) for (let i = 0; i < p.count; i++) recorder.record(p.event, undefined, p.at.getTime());
    await recorder.flush();
  }
  await recorder.close();
}

/** Appends the demo's analytics facts to the platform's event log under `DATA_DIR`, as producers write them. */
export async function writeDemoAnalytics(options: { dataDir: string; nodeEnv: string; facts: EventInput[]; log: (line: string) => void }): Promise<number> {
  const events = openEventLog('demo', { NODE_ENV: options.nodeEnv, DATA_DIR: options.dataDir }, { clock: systemClock, logger: createLogger('demo', 'silent') });
  await events.append(options.facts);
  await events.close();
  options.log(`${options.facts.length} analytics events of the same history (calls, trials, health checks; appended once)`);
  return options.facts.length;
}
