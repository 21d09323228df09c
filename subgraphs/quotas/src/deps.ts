import type { EventLog } from '@marketplace/analytics/public';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createCatalogReader } from '@marketplace/catalog/public';
import type { Tier } from '@marketplace/contracts';
import { createUserStatusReader } from '@marketplace/identity/public';
import type { Clock, Logger } from '@marketplace/shared';
import { createTierDirectory } from './data/grant.repository.ts';
import type { AccountDirectory, QuotaPolicy, TierDirectory } from './services/ports.ts';

/**
 * The catalog's answers the quotas subgraph needs. In production this is the catalog's exported read module
 * (`@marketplace/catalog/public`), which reads the catalog's table with a short cache.
 */
export interface SolutionCatalog {
  /** A solution in any state, with the partner who owns it; `fresh` skips the short cache (an admin's change reads the status of now). */
  solution(solutionId: string, options?: { fresh?: boolean }): Promise<{ id: string; slug: string; name: string; status: string; partnerId: string } | null>;
  policy(solutionId: string, tier: Tier): Promise<QuotaPolicy | null>;
}

/** Everything the quotas subgraph needs from its process; tests build their own. */
export interface QuotasDeps {
  /** The analytics event log: facts are appended after their change commits (absent: not recorded). */
  events?: EventLog;
  db: DynamoDBDocumentClient;
  /** The quotas table (counters, rollups, grants, the grants' audit trail). */
  table: string;
  clock: Clock;
  logger: Logger;
  catalog: SolutionCatalog;
  /** Identity's account states (`@marketplace/identity/public`): a grant names an existing user. */
  accounts: AccountDirectory;
  /** The grant directory (`createTierDirectory`), shared by every request of the process. */
  tiers: TierDirectory & { forget(userId: string, solutionId: string): void };
  production: boolean;
}

export interface QuotasWiring {
  db: DynamoDBDocumentClient;
  tables: { quotas: string; catalog: string; identity: string };
  clock: Clock;
  logger: Logger;
  /** Freshness bound of cached policies, solution owners, grants and account states. */
  cacheMs: number;
  production: boolean;
  events?: EventLog;
}

/** Wires the subgraph to the owners' read modules (catalog, identity) and its own grant directory. */
export function createQuotasDeps(w: QuotasWiring): QuotasDeps {
  const on = (table: string) => ({ db: w.db, table, clock: w.clock });
  return {
    db: w.db,
    table: w.tables.quotas,
    clock: w.clock,
    logger: w.logger,
    catalog: createCatalogReader(on(w.tables.catalog), { cacheMs: w.cacheMs }),
    accounts: createUserStatusReader(on(w.tables.identity), { cacheMs: w.cacheMs }),
    tiers: createTierDirectory(on(w.tables.quotas), { cacheMs: w.cacheMs }),
    production: w.production,
    events: w.events,
  };
}
