import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type HealthCheckRecord, type HealthIncidentRecord, HealthRepository } from '../data/health.repository.ts';
import type { CatalogEvent } from '../services/catalog-events.ts';
import { healthFacts } from '../services/health-monitor.ts';

/** A check of the past, as the monitor would have recorded it. */
export interface PastHealthCheck extends HealthCheckRecord {
  /** The incident this check opened (its first failure) or closed (its first success after it). */
  opens?: HealthIncidentRecord;
  closes?: HealthIncidentRecord;
}

/**
 * Writes a solution's past health checks (the demo's history) into the catalog's health items — checks, hourly and
 * daily rollups, incidents — and tells their analytics facts as the monitor does (`healthFacts`), so the Health
 * page and the analytics' HEALTH dataset count the same checks. The live state (status now) is the monitor's alone.
 */
export function createHealthHistoryWriter(deps: { db: DynamoDBDocumentClient; table: string }) {
  const health = new HealthRepository(deps.db, deps.table);
  return {
    /** Checks and passes per UTC day (`YYYY-MM-DD`) from `fromDay` on, as the daily rollups hold them. */
    async daily(solutionId: string, fromDay: string): Promise<Map<string, { checks: number; up: number }>> {
      return new Map((await health.rollups(solutionId, 'DAY', fromDay)).map((r) => [r.period, { checks: r.checks, up: r.up }]));
    },
    /** Records the checks (and the incidents they open, closed at once when they close them). */
    async write(solutionId: string, checks: readonly PastHealthCheck[]): Promise<void> {
      for (const check of checks) {
        const incidents = check.closes ? [check.closes] : [];
        await health.recordPast({ solutionId, ...check }, incidents);
      }
    },
    /** The checks' analytics facts, named as the monitor names them (the check's minute stands for its slot). */
    facts(solution: { id: string; partnerId: string }, checks: readonly PastHealthCheck[]): CatalogEvent[] {
      return checks.flatMap((check) => {
        const transition = check.opens ? ({ kind: 'down', incident: check.opens } as const) : check.closes ? ({ kind: 'up', incident: check.closes, since: check.closes.startedAt } as const) : ({ kind: 'none' } as const);
        return healthFacts(solution, { solutionId: solution.id, slot: Math.floor(Date.parse(check.at) / 60_000), ...check }, transition, check.at);
      });
    },
  };
}
