import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Caller, newId } from '@marketplace/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@marketplace/shared/testing';
import { buildAnalyticsSchema, createAnalyticsContext, type AnalyticsDeps, FiguresCache, type SolutionLookup } from '../index.ts';
import { createEventWriter, type EventLog } from '../public/event-writer.ts';
import { openAnalyticsLog, type AnalyticsLog } from '../services/analytics-log.ts';

export { ANONYMOUS, codes, fields, type Result } from '@marketplace/shared/testing';

/** Solutions and their partners, as the catalog would answer. */
export class FakeSolutions implements SolutionLookup {
  readonly owners = new Map<string, string>();
  async solution(id: string) {
    const partnerId = this.owners.get(id);
    return partnerId ? { id, partnerId } : null;
  }
}

export const PSEUDONYM_KEY = 'analytics-test-pseudonym-key-0123456789';

/** The analytics subgraph over a fresh log in a temporary DATA_DIR, with a producer writing into it. */
export interface AnalyticsHarness extends SubgraphHarness<AnalyticsDeps> {
  dataDir: string;
  log: AnalyticsLog;
  events: EventLog;
  solutions: FakeSolutions;
  customer(): Caller;
  partner(): Caller;
  analyst(): Caller;
  admin(): Caller;
  /** A solution listed by `partner`; its id. */
  solution(partner: Caller): string;
  close(): Promise<void>;
}

export async function startAnalyticsHarness(
  label = 'analytics',
  options: { sql?: { timeoutMs: number; rowLimit: number; maxBytes?: number }; afterWrite?: (day: string) => void } = {},
): Promise<AnalyticsHarness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'analytics-'));
  const solutions = new FakeSolutions();
  let log: AnalyticsLog | undefined;
  const base = await startSubgraphHarness<AnalyticsDeps>({
    subgraph: 'analytics',
    label,
    deps: (b) => ({
      ...b,
      get engine() {
        return log!.engine;
      },
      root: join(dataDir, 'analytics'),
      solutions,
      sql: options.sql ?? { timeoutMs: 5000, rowLimit: 1000 },
      freshAt: () => log!.freshAt(),
      figuresCache: new FiguresCache(),
    }),
    buildSchema: buildAnalyticsSchema,
    createContext: createAnalyticsContext,
  });
  log = await openAnalyticsLog({ dataDir, clock: base.clock, logger: base.logger, graceMs: 0, memoryLimit: '256MB', afterWrite: options.afterWrite });
  base.deps.root = log.root;
  const person = (roles: Caller['roles']) => (): Caller => ({ userId: newId('usr'), roles, clientId: 'test-client' });
  return {
    ...base,
    dataDir,
    log,
    events: createEventWriter({ dataDir, writer: 'test', pseudonymKey: PSEUDONYM_KEY, clock: base.clock, logger: base.logger }),
    solutions,
    customer: person(['customer']),
    partner: person(['customer', 'partner']),
    analyst: person(['customer', 'analyst']),
    admin: person(['customer', 'admin']),
    solution(partner) {
      const id = newId('sol');
      solutions.owners.set(id, partner.userId!);
      return id;
    },
    async close() {
      await log!.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The analytics query as the client sends it. */
export const ANALYTICS = /* GraphQL */ `
  query Analytics($input: AnalyticsQueryInput!) {
    analytics(input: $input) { dataset scope columns { name role } rows { dimensions metrics } truncated freshAt }
  }
`;
export const SQL = /* GraphQL */ `query Sql($sql: String!) { analyticsSql(sql: $sql) { columns rows truncated rowLimit elapsedMs } }`;
export const SETTINGS = /* GraphQL */ `
  query Settings { analyticsSettings { datasets { dataset view fields { name type dimension filterOps } dimensions metrics { fn fields } scopes maxRangeDays pageSize } sql { views rowLimit timeoutMs } freshAt } }
`;
const FUNNEL = 'anonymous registered paid registeredRate paidRate medianSecondsToRegister medianSecondsToPay';
export const SOLUTION_ANALYTICS = /* GraphQL */ `
  query SolutionAnalytics($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    solutionAnalytics(solutionId: $id, from: $from, to: $to) {
      solutionId calls daily { day outcome calls } tiers { tier callers calls } revenuePaise commissionPaise uniqueConsumers uniqueAnonymous funnel { ${FUNNEL} } topConsumers { consumer calls }
      leads { at80 at100 consumers { consumer tier reached } } freshAt
    }
  }
`;
export const PLATFORM_ANALYTICS = /* GraphQL */ `
  query PlatformAnalytics($from: DateTimeISO!, $to: DateTimeISO!) {
    platformAnalytics(from: $from, to: $to) {
      calls daily { day outcome calls } signupsDaily { day count } activeCustomers signups payingCustomers mrrPaise arrPaise churnRate revenuePaise commissionPaise
      popularSolutions { solutionId calls customers revenuePaise } funnel { ${FUNNEL} } cohorts { week size retention } freshAt
    }
  }
`;
export const MY_ANALYTICS = /* GraphQL */ `
  query MyAnalytics($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    myAnalytics(solutionId: $id, from: $from, to: $to) {
      solutionId calls daily { day outcome calls } byKey { keyId calls refused } byEndpoint { endpoint calls refused } hourOfDay
      tierHistory { time change tier previousTier } freshAt
    }
  }
`;
