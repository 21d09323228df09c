import { createRequire } from 'node:module';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type CatalogHarness, startCatalogHarness } from '@marketplace/catalog/testing';
import type { Tier } from '@marketplace/contracts';
import type { Session } from '@marketplace/identity/testing';
import { type Caller, createErrorFormatter, createLogger, ensureTable, type ManualClock, randomToken, tableName } from '@marketplace/shared';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { testTablePrefix } from '../../../../test/support/dynamo.ts';
import { keys } from '../data/keys.ts';
import { type ConsumeResult, CounterStore } from '../engine/counter-store.ts';
import { windowAt } from '../engine/windows.ts';
import { buildQuotasSchema, createQuotasContext, createQuotasDeps, type QuotasDeps } from '../index.ts';
import { UsageRecorder } from '../usage/usage-recorder.ts';

// Execute with the graphql instance that built the schema (one copy; see vitest.config.ts).
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** How long the harness's readers cache (of the manual clock): tests move the clock past it to see changes. */
export const CACHE_MS = 2000;

/**
 * The quotas subgraph with real parts: its schema executed in-process on a quotas table of its own, wired like
 * `main.ts` to the catalog and identity read modules over a real catalog harness (which brings identity, users
 * and published solutions). Counters and rollups are seeded through the quotas package's own classes, so the
 * items are the ones the shim writes. One manual clock for all.
 */
export interface QuotasHarness {
  catalog: CatalogHarness;
  clock: ManualClock;
  deps: QuotasDeps;
  schema: GraphQLSchema;
  admin: Session;
  counters: CounterStore;
  recorder: UsageRecorder;
  /** Runs an operation against the quotas subgraph as `caller` (default: anonymous). */
  run<T = Record<string, any>>(source: string, variables?: Record<string, unknown>, caller?: Caller): Promise<Result<T>>;
  /**
   * Consumes `units` from `subject`'s counter of `tier` on a solution, in the window a call made now counts in,
   * as the engine does (soft limits: no ceiling).
   */
  consume(solutionId: string, subject: string, tier: Tier, units?: number): Promise<ConsumeResult>;
  /** Every item in the quotas table. */
  scan(): Promise<Record<string, any>[]>;
  close(): Promise<void>;
}

export async function startQuotasHarness(label = 'quotas'): Promise<QuotasHarness> {
  const catalog = await startCatalogHarness(`${label}-cat`);
  const { db } = catalog.deps;
  const clock = catalog.identity.clock;
  const table = tableName(testTablePrefix(label), 'quotas');
  await ensureTable(db, table);
  const logger = createLogger('quotas-test', 'silent');
  const deps = createQuotasDeps({
    db,
    tables: { quotas: table, catalog: catalog.deps.table, identity: catalog.identity.deps.table },
    clock,
    logger,
    cacheMs: CACHE_MS,
    production: false,
  });
  const schema = await buildQuotasSchema();
  const format = createErrorFormatter({ production: false, logger });
  const counters = new CounterStore(db, table);

  const harness: QuotasHarness = {
    catalog,
    clock,
    deps,
    schema,
    admin: catalog.admin,
    counters,
    recorder: new UsageRecorder({ db, table, clock, logger }),
    async run(source, variables, caller = { roles: [] }) {
      const result = await graphql({
        schema,
        source,
        variableValues: variables,
        contextValue: createQuotasContext(deps, { caller, requestId: randomToken(8) }),
      });
      return { data: result.data as never, errors: result.errors?.map((error) => format(error.toJSON(), error)) };
    },
    async consume(solutionId, subject, tier, units = 1) {
      const policy = await deps.catalog.policy(solutionId, tier);
      if (!policy) throw new Error(`no ${tier} policy on ${solutionId}`);
      const now = clock.now();
      const window = windowAt(policy.window, now);
      const limit = policy.limitMode === 'hard' ? policy.callAllowance : null;
      return counters.consume(keys.counter(solutionId, subject, tier, window.id), units, limit, window.endIfStartedNow, now);
    },
    async scan() {
      const items: Record<string, any>[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.send(new ScanCommand({ TableName: table, ExclusiveStartKey: startKey, ConsistentRead: true }));
        items.push(...(out.Items ?? []));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return items;
    },
    close: () => catalog.close(),
  };
  return harness;
}

/** The `extensions.code` of each error, in order. */
export function codes(result: Result): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}

/** The `extensions.field` of the first error. */
export function field(result: Result): unknown {
  return result.errors?.[0]?.extensions?.field;
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
