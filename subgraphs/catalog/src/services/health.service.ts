import { InputError } from '@marketplace/shared';
import type { HealthCheckRecord, HealthIncidentRecord, HealthStateRecord } from '../data/health.repository.ts';
import type { Repositories } from '../data/repositories.ts';
import type { SolutionRecord } from '../data/solution.repository.ts';
import type { CatalogDeps } from '../deps.ts';
import { type RollupSummary, summarise } from './health-rollup.ts';

export type PublicHealthStatus = 'UP' | 'DOWN' | 'UNKNOWN';

/** A status older than this many intervals means the monitor is not running: shown as UNKNOWN, not as UP. */
const STALE_INTERVALS = 3;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface HealthPeriodView extends RollupSummary {
  start: Date;
}

/** Reads solution health for GraphQL: current status, rollups as gap-free series, incidents, checks. */
export class HealthService {
  constructor(
    private readonly deps: CatalogDeps,
    private readonly repos: Repositories,
  ) {}

  /** UP or DOWN from a fresh check; UNKNOWN without a health URL, before the first check, or when stale. */
  statusOf(solution: Pick<SolutionRecord, 'healthCheckUrl'>, state: HealthStateRecord | null): PublicHealthStatus {
    if (!solution.healthCheckUrl || !state?.status || !state.lastCheckedAt) return 'UNKNOWN';
    const age = this.deps.clock.now().getTime() - new Date(state.lastCheckedAt).getTime();
    return age > STALE_INTERVALS * this.deps.health.intervalMs ? 'UNKNOWN' : state.status;
  }

  /** One entry per UTC day, the oldest first, today last; days without checks have zero checks. */
  async daily(solutionId: string, days: number): Promise<HealthPeriodView[]> {
    if (!Number.isInteger(days) || days < 1 || days > 90) throw new InputError('days', 'days must be between 1 and 90.');
    const today = Math.floor(this.deps.clock.now().getTime() / DAY_MS) * DAY_MS;
    const first = today - (days - 1) * DAY_MS;
    const rows = await this.repos.health.rollups(solutionId, 'DAY', new Date(first).toISOString().slice(0, 10));
    return series(rows, first, days, DAY_MS, 10);
  }

  /** One entry per UTC hour, the oldest first, the current hour last. */
  async hourly(solutionId: string, hours: number): Promise<HealthPeriodView[]> {
    if (!Number.isInteger(hours) || hours < 1 || hours > 168) throw new InputError('hours', 'hours must be between 1 and 168.');
    const now = Math.floor(this.deps.clock.now().getTime() / HOUR_MS) * HOUR_MS;
    const first = now - (hours - 1) * HOUR_MS;
    const rows = await this.repos.health.rollups(solutionId, 'HOUR', new Date(first).toISOString().slice(0, 13));
    return series(rows, first, hours, HOUR_MS, 13);
  }

  incidents(solutionId: string, first: number): Promise<HealthIncidentRecord[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new InputError('first', 'first must be between 1 and 100.');
    return this.repos.health.incidents(solutionId, first);
  }

  recentChecks(solutionId: string, first: number): Promise<HealthCheckRecord[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new InputError('first', 'first must be between 1 and 100.');
    return this.repos.health.recentChecks(solutionId, first);
  }
}

function series(rows: { period: string; checks: number; up: number; buckets: Record<string, number> }[], first: number, count: number, stepMs: number, keyLength: number) {
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  return Array.from({ length: count }, (_, i) => {
    const start = first + i * stepMs;
    const row = byPeriod.get(new Date(start).toISOString().slice(0, keyLength));
    return { start: new Date(start), ...summarise(row ?? { checks: 0, up: 0, buckets: {} }) };
  });
}
