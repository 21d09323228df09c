import { type CatalogHarness, startCatalogHarness } from '@marketplace/catalog/testing';
import type { Tier } from '@marketplace/contracts';
import type { Session } from '@marketplace/identity/testing';
import { startSubgraphHarness, type SubgraphHarness } from '@marketplace/shared/testing';
import { keys } from '../data/keys.ts';
import { type ConsumeResult, CounterStore } from '../engine/counter-store.ts';
import { windowAt } from '../engine/windows.ts';
import { buildQuotasSchema, createQuotasContext, createQuotasDeps, type QuotasDeps } from '../index.ts';
import { UsageRecorder } from '../usage/usage-recorder.ts';

export { codes, field, fields, type Result } from '@marketplace/shared/testing';

/** How long the harness's readers cache (of the manual clock): tests move the clock past it to see changes. */
export const CACHE_MS = 2000;

/**
 * The quotas subgraph on a table of its own (see `startSubgraphHarness`), wired like `main.ts` to the catalog
 * and identity read modules over a real catalog harness (which brings identity, users and published solutions).
 * Counters and rollups are seeded through the quotas package's own classes, so the items are the ones the shim
 * writes. One manual clock for all.
 */
export interface QuotasHarness extends SubgraphHarness<QuotasDeps> {
  catalog: CatalogHarness;
  admin: Session;
  counters: CounterStore;
  recorder: UsageRecorder;
  /**
   * Consumes `units` from `subject`'s counter of `tier` on a solution, in the window a call made now counts in,
   * as the engine does (soft limits: no ceiling).
   */
  consume(solutionId: string, subject: string, tier: Tier, units?: number): Promise<ConsumeResult>;
  close(): Promise<void>;
}

export async function startQuotasHarness(label = 'quotas'): Promise<QuotasHarness> {
  const catalog = await startCatalogHarness(`${label}-cat`);
  const base = await startSubgraphHarness<QuotasDeps>({
    subgraph: 'quotas',
    label,
    db: catalog.db,
    clock: catalog.clock,
    deps: ({ db, table, clock, logger }) =>
      createQuotasDeps({
        db,
        tables: { quotas: table, catalog: catalog.table, identity: catalog.identity.table },
        clock,
        logger,
        cacheMs: CACHE_MS,
        production: false,
      }),
    buildSchema: buildQuotasSchema,
    createContext: createQuotasContext,
  });
  const { db, table, clock, logger, deps } = base;
  const counters = new CounterStore(db, table);

  return {
    ...base,
    catalog,
    admin: catalog.admin,
    counters,
    recorder: new UsageRecorder({ db, table, clock, logger }),
    async consume(solutionId, subject, tier, units = 1) {
      const policy = await deps.catalog.policy(solutionId, tier);
      if (!policy) throw new Error(`no ${tier} policy on ${solutionId}`);
      const now = clock.now();
      const window = windowAt(policy.window, now);
      const limit = policy.limitMode === 'hard' ? policy.callAllowance : null;
      return counters.consume(keys.counter(solutionId, subject, tier, window.id), units, limit, window.endIfStartedNow, now);
    },
    close: () => catalog.close(),
  };
}

export const MY_USAGE = /* GraphQL */ `
  query MyUsage($solutionId: ID!, $days: Int) {
    myUsage(solutionId: $solutionId) {
      solutionId solution { id } tier used limit remaining windowKind windowStart windowEnd daysRemaining trialEnded
      ratePerSecond limitMode overage
      daily(days: $days) { day allowed denied units }
    }
  }
`;
export const MY_TIER = `query($solutionId: ID!) { myTier(solutionId: $solutionId) }`;
export const SOLUTION_USAGE = /* GraphQL */ `
  query SolutionUsage($solutionId: ID!, $from: String!, $to: String!) {
    solutionUsage(solutionId: $solutionId, from: $from, to: $to) { day tier allowed denied units overage }
  }
`;
export const GRANT_TIER = /* GraphQL */ `
  mutation GrantTier($input: GrantTierInput!) {
    grantTier(input: $input) { userId user { id } solutionId solution { id } tier endsAt grantedBy grantedAt }
  }
`;
export const REVOKE_TIER_GRANT = `mutation($userId: ID!, $solutionId: ID!, $reason: String) { revokeTierGrant(userId: $userId, solutionId: $solutionId, reason: $reason) }`;
export const TIER_GRANTS = `query($solutionId: ID!) { tierGrants(solutionId: $solutionId) { userId solutionId tier endsAt grantedBy grantedAt } }`;
export const TIER_GRANT_HISTORY = /* GraphQL */ `
  query History($userId: ID!, $solutionId: ID!) {
    tierGrantHistory(userId: $userId, solutionId: $solutionId) { id actorId action userId solutionId before after reason at }
  }
`;
