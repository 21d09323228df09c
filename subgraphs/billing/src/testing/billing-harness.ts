import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type Caller, createErrorFormatter, createLogger, ensureTable, ManualClock, type Mailer, type MailMessage, newId, randomToken, tableName } from '@marketplace/shared';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { EventLog } from '@marketplace/analytics/public';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { LocalDocumentStore } from '../data/document-store.ts';
import type { PendingPriceChange, PriceChangeFeed, SolutionCatalog, TierGrant, TierGrants, UserDirectory } from '../deps.ts';
import { type BillingDeps, type BillingServices, buildBillingSchema, createBillingContext, createBillingServices } from '../index.ts';
import { createRazorpayGateway } from '../services/razorpay-gateway.ts';
import type { Tier } from '../services/billing-types.ts';
import { type RazorpaySimulator, startRazorpaySimulator } from '../razorpay-simulator/simulator-server.ts';

// Execute with the graphql instance that built the schema (one copy; see vitest.config.ts).
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** The catalog as billing sees it: solutions with prices, changed by tests at will. */
export class FakeCatalog implements SolutionCatalog {
  readonly solutions = new Map<string, { id: string; slug: string; name: string; status: string; partnerId: string; prices: Partial<Record<Tier, number>> }>();

  async solution(id: string) {
    return this.solutions.get(id) ?? null;
  }

  async policy(id: string, tier: Tier) {
    const solution = this.solutions.get(id);
    if (!solution) return null;
    return { callAllowance: tier === 'enterprise' ? 1_000_000 : 10_000, ratePerSecond: null, monthlyPricePaise: solution.prices[tier] ?? null };
  }

  /** The platform's default bounds of the paid tiers (catalog's tier-rules), call allowances widened for tests. */
  async tierBounds(tier: Tier) {
    const maxMonthlyPricePaise = tier === 'enterprise' ? 1_000_000_000 : tier === 'pro' ? 100_000_000 : null;
    return { minCallAllowance: 1_000, maxCallAllowance: 1_000_000_000, maxRatePerSecond: null, minMonthlyPricePaise: maxMonthlyPricePaise && 100, maxMonthlyPricePaise };
  }

  /** Price changes saved and not yet settled by billing (the catalog's pending list). */
  readonly pendingPriceChanges: PendingPriceChange[] = [];

  /** Saves a new price of a paid tier as the catalog does: the price and its pending change together. */
  changePrice(solutionId: string, tier: 'pro' | 'enterprise', newPricePaise: number, at: Date, actorId = 'usr_partner'): PendingPriceChange {
    const solution = this.solutions.get(solutionId);
    if (!solution) throw new Error(`no solution ${solutionId}`);
    const change = { id: `${solutionId}#${tier}#${at.toISOString()}`, solutionId, tier, oldPricePaise: solution.prices[tier] ?? 0, newPricePaise, changedAt: at.toISOString(), actorId, confirmedSubscribers: null };
    solution.prices[tier] = newPricePaise;
    this.pendingPriceChanges.push(change);
    return change;
  }

  readonly priceChangeFeed: PriceChangeFeed = {
    pending: async (limit = 50) => this.pendingPriceChanges.slice(0, limit),
    settle: async (change) => {
      const at = this.pendingPriceChanges.findIndex((c) => c.id === change.id);
      if (at >= 0) this.pendingPriceChanges.splice(at, 1);
      return at >= 0;
    },
    currentPrice: async (solutionId, tier) => this.solutions.get(solutionId)?.prices[tier] ?? null,
    // The catalog seals with its secret (price-confirmation.ts); here the facts in plain sight, for tests to read.
    confirmation: (previewed) => `fake-seal:${JSON.stringify(previewed)}`,
  };

  /** A new solution (default PUBLISHED, Pro at ₹999 and Enterprise at ₹9,999); its id. */
  add(options: { status?: string; prices?: Partial<Record<Tier, number>>; partnerId?: string } = {}): string {
    const id = newId('sol');
    this.solutions.set(id, {
      id,
      slug: id.toLowerCase(),
      name: `Solution ${this.solutions.size + 1}`,
      status: options.status ?? 'PUBLISHED',
      partnerId: options.partnerId ?? newId('usr'),
      prices: options.prices ?? { pro: 99_900, enterprise: 999_900 },
    });
    return id;
  }
}

/**
 * The billing subgraph with real parts: its schema executed in-process on a billing table of its own, the
 * Razorpay test-mode simulator (through the official SDK) on a manual clock, and stand-ins for the other
 * packages (a fake catalog, users, a recording grant writer and mailer). Errors come back as the subgraph server
 * formats them. For stories across packages use the test platform (`test/support/platform.ts`).
 */
export interface BillingHarness {
  deps: BillingDeps;
  services: BillingServices;
  clock: ManualClock;
  catalog: FakeCatalog;
  simulator: RazorpaySimulator;
  /** Every grant billing wrote, in order. */
  grants: TierGrant[];
  mails: MailMessage[];
  schema: GraphQLSchema;
  run<T = Record<string, any>>(source: string, variables?: Record<string, unknown>, caller?: Caller): Promise<Result<T>>;
  /** A new signed-in customer (known to the user directory). */
  customer(): Caller;
  admin(): Caller;
  /** A new customer who checked out `tier` of the solution and paid in Razorpay's checkout: the subscription is active. */
  paidCheckout(solutionId: string, tier?: 'pro' | 'enterprise'): Promise<{ id: string; status: string; razorpayId: string; paymentId: string; customer: Caller }>;
  scan(): Promise<Record<string, any>[]>;
  close(): Promise<void>;
}

export async function startBillingHarness(
  label = 'billing',
  options: { production?: boolean; /** Default: records into `mails`. */ mailer?: Mailer; /** Where billing's analytics facts go (default: none). */ events?: EventLog } = {},
): Promise<BillingHarness> {
  const db = testDb();
  const table = tableName(testTablePrefix(label), 'billing');
  await ensureTable(db, table);
  const clock = new ManualClock('2026-04-01T10:00:00.000Z');
  const logger = createLogger('billing-test', 'silent');
  const catalog = new FakeCatalog();
  const users = new Map<string, { id: string; email: string; name: string }>();
  const directory: UserDirectory = { profile: async (id) => users.get(id) ?? null };
  const grants: TierGrant[] = [];
  const writer: TierGrants = {
    async write(grant) {
      grants.push(grant);
      return true;
    },
  };
  const mails: MailMessage[] = [];
  const mailer: Mailer = options.mailer ?? { send: async (message) => void mails.push(message) };
  const simulator = await startRazorpaySimulator({ clock, logger });
  const documentsDir = await mkdtemp(path.join(tmpdir(), 'billing-harness-'));
  const deps: BillingDeps = {
    events: options.events,
    db,
    table,
    clock,
    logger,
    production: options.production ?? false,
    catalog,
    priceChanges: catalog.priceChangeFeed,
    users: directory,
    grants: writer,
    razorpay: createRazorpayGateway({ keyId: simulator.keyId, keySecret: simulator.keySecret, webhookSecrets: [simulator.webhookSecret], apiUrl: simulator.url, simulator: true }),
    mailer,
    documents: new LocalDocumentStore(documentsDir),
    publicUrl: 'http://localhost:4000',
    graceDays: 3,
    noticeHours: 24,
  };
  const services = createBillingServices(deps);
  const schema = await buildBillingSchema();
  const format = createErrorFormatter({ production: false, logger });
  const caller = (roles: Caller['roles']): Caller => {
    const userId = newId('usr');
    users.set(userId, { id: userId, email: `${userId.toLowerCase()}@example.com`, name: 'Test User' });
    return { userId, roles, clientId: 'test-client' };
  };
  return {
    deps,
    services,
    clock,
    catalog,
    simulator,
    grants,
    mails,
    schema,
    async run(source, variables, who = { roles: [], clientId: 'test-client' }) {
      const result = await graphql({ schema, source, variableValues: variables, contextValue: createBillingContext(services, { caller: who, requestId: randomToken(8) }) });
      return { data: result.data as never, errors: result.errors?.map((error) => format(error.toJSON(), error)) };
    },
    customer: () => caller(['customer']),
    admin: () => caller(['customer', 'admin']),
    async paidCheckout(solutionId, tier = 'pro') {
      const customer = caller(['customer']);
      const view = await services.subscriptions.startCheckout(customer, { solutionId, tier });
      const razorpayId = view.subscription.razorpaySubscriptionId!;
      const paid = simulator.checkout(razorpayId);
      if (!paid.ok) throw new Error(JSON.stringify(paid.error));
      const paymentId = paid.response.razorpay_payment_id;
      const { id, status } = await services.subscriptions.confirmCheckout(customer, { razorpayPaymentId: paymentId, razorpaySubscriptionId: razorpayId, razorpaySignature: paid.response.razorpay_signature });
      return { id, status, razorpayId, paymentId, customer };
    },
    async scan() {
      const items: Record<string, any>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await db.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
        items.push(...(out.Items ?? []));
        start = out.LastEvaluatedKey;
      } while (start);
      return items;
    },
    async close() {
      await simulator.close();
      await rm(documentsDir, { recursive: true, force: true });
    },
  };
}
