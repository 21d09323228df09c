import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock, Logger, Mailer } from '@marketplace/shared';
import type { SolutionReferenceCache } from './data/catalog.loaders.ts';
import type { CatalogEvents } from './services/catalog-events.ts';
import type { HealthMonitorSettings } from './services/health-monitor.ts';

/**
 * Identity's role writer (`createRoleGrants` of `@marketplace/identity/public`, on identity's table): approving a
 * partner application grants the partner role; the catalog never reads or writes identity's items itself.
 */
export interface RoleGrants {
  grant(input: { userId: string; role: 'partner'; actorId: string; reason: string }): Promise<unknown>;
}

/** Everything the catalog subgraph needs from its process; tests build their own. */
export interface CatalogDeps {
  db: DynamoDBDocumentClient;
  /** The catalog's own table. */
  table: string;
  /** Grants the partner role when an application is approved. */
  roles: RoleGrants;
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

export interface HealthSettings extends HealthMonitorSettings {
  /** How long every single check is kept. */
  checkRetentionDays: number;
}
