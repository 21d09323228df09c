import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock, Logger, Mailer } from '@marketplace/shared';
import type { SolutionReferenceCache } from './data/catalog.loaders.ts';
import type { HealthMonitorSettings } from './services/health-monitor.ts';

/** Everything the catalog subgraph needs from its process; tests build their own. */
export interface CatalogDeps {
  db: DynamoDBDocumentClient;
  /** The catalog's own table. */
  table: string;
  /**
   * Identity's table, written only through identity's exported `grantRole` (approving a partner application
   * grants the partner role); the catalog never reads or writes its items itself.
   */
  identityTable: string;
  clock: Clock;
  /**
   * The platform's internal secret: a price change is saved only with its preview's confirmation, sealed by
   * billing under a key derived from it (`price-confirmation.ts`).
   */
  internalSecret: string;
  mailer: Mailer;
  logger: Logger;
  /** Where users open the app (e.g. http://localhost:4000); email links point here. */
  publicUrl: string;
  production: boolean;
  /** The solution health monitor's settings (GraphQL reads the interval to tell a stale status). */
  health: HealthSettings;
  /** The analytics event log (approvals are appended after they commit); absent in tests that do not look. */
  events?: CatalogEvents;
  /** Solutions other subgraphs reference, kept per process for a second; absent: read on every request. */
  solutionReferences?: SolutionReferenceCache;
}

/** An analytics event of the catalog (analytics' `EventInput`, the part the catalog writes). */
export interface CatalogEvent {
  type: 'partner.approved' | 'solution.approved' | 'health.checked' | 'health.changed';
  time: Date;
  /** Keyed by the fact: a repeat has the same event id and is counted once. */
  dedupeKey: string;
  partnerId: string;
  userId?: string;
  solutionId?: string;
  ref?: string;
  /** Of health events: the check's result (`UP` or its failure) or the status changed to (`UP`, `DOWN`). */
  outcome?: string;
  /** Of `health.checked`: the check's latency in milliseconds. */
  latencyMs?: number;
}

/**
 * The part of analytics' `EventLog` the catalog uses (analytics reads the catalog, so the catalog names the
 * port instead of importing the package; `setup.ts` passes analytics' writer). The catalog appends through its
 * outbox (`createEventOutbox`): the events commit with their change.
 */
export interface CatalogEvents {
  append(events: readonly CatalogEvent[]): Promise<void>;
}

export interface HealthSettings extends HealthMonitorSettings {
  /** How long every single check is kept. */
  checkRetentionDays: number;
}
