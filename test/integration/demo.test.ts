import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableName } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo, type DemoResult } from '../demo/demo.ts';
import { testDb } from '../support/dynamo.ts';
import { linkIn } from '../support/smtp.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

/** `npm run demo` on a platform: what it promises, and that a second run changes nothing. */
let platform: TestPlatform;
let ticking: NodeJS.Timeout;
const db = testDb();
const secretsFile = join(mkdtempSync(join(tmpdir(), 'mp-demo-')), 'demo-secrets.json');

beforeAll(async () => {
  platform = await startTestPlatform();
  // The demo waits out per-second rate limits, so the platform's clock must move with real time.
  ticking = setInterval(() => platform.clock.advance(100), 100);
});
afterAll(async () => {
  clearInterval(ticking);
  await platform?.close();
});

const demo = () =>
  runDemo({
    graphql: platform.graphql,
    admin: platform.admin,
    verificationToken: async (email) => linkIn(await platform.smtp.waitFor(email, /verify/i), 'http://localhost:4000/verify-email?token=').searchParams.get('token')!,
    shimUrl: platform.shimUrl,
    usage: { db, table: tableName(platform.tablePrefix, 'quotas') },
    secretsFile,
    razorpaySimulator: { url: platform.simulator.url, keyId: platform.simulator.keyId, keySecret: platform.simulator.keySecret },
  });

describe('npm run demo', () => {
  let first: DemoResult;

  it('publishes three solutions in three categories, each with four priced tiers and endpoints', { timeout: 120_000 }, async () => {
    first = await demo();
    expect(first.changes.length).toBeGreaterThan(10);
    const catalog = await platform.graphql<{ solutions: { nodes: { slug: string; category: string; status: string; tiers: any[]; endpoints: any[] }[] } }>(
      `{ solutions { nodes { slug category status tiers { tier monthlyPricePaise highlights features { key } } endpoints { path } } } }`,
    );
    const nodes = catalog.data!.solutions.nodes;
    expect(nodes).toHaveLength(3);
    expect(new Set(nodes.map((n) => n.category))).toEqual(new Set(['AI & Machine Learning', 'Communication', 'Data & Analytics']));
    for (const node of nodes) {
      expect(node.status).toBe('PUBLISHED');
      expect(node.tiers.map((t) => t.tier)).toEqual(['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE']);
      expect(node.tiers.filter((t) => t.monthlyPricePaise > 0)).toHaveLength(2);
      expect(node.tiers.every((t) => t.highlights.length > 0)).toBe(true);
      expect(node.endpoints.length).toBeGreaterThanOrEqual(2);
    }
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
  });

  it('gives the customer two keys with usage today and on past days', async () => {
    const customer = await platform.login(first.customer.email, first.customer.password);
    const keys = await platform.graphql<{ myKeys: { id: string; status: string }[] }>(`{ myKeys { id status } }`, {}, customer.accessToken);
    expect(keys.data!.myKeys.filter((k) => k.status === 'ACTIVE')).toHaveLength(2);
    for (const key of first.keys) {
      const solution = first.solutions.find((s) => s.slug === key.slug)!;
      const usage = await platform.graphql<{ myUsage: { tier: string; daily: { day: string; allowed: number }[] } }>(
        `query($sol: ID!) { myUsage(solutionId: $sol) { tier daily(days: 28) { day allowed } } }`,
        { sol: solution.id },
        customer.accessToken,
      );
      const daily = usage.data!.myUsage.daily;
      expect(usage.data!.myUsage.tier).toBe(key.tier);
      expect(daily.at(-1)!.allowed).toBeGreaterThan(0); // today, through the shim
      expect(daily.slice(0, -1).filter((d) => d.allowed > 0).length).toBeGreaterThanOrEqual(20); // weeks of history
    }
  });

  it('gives the customer a Pro subscription with two months of invoices (on the Razorpay simulator)', async () => {
    expect(first.subscription).toEqual({ slug: 'demo-sms-notify', tier: 'PRO', status: 'ACTIVE', invoices: 2 });
    const customer = await platform.login(first.customer.email, first.customer.password);
    const invoices = await platform.graphql<{ myInvoices: { nodes: { kind: string; total: { paise: number }; description: string }[] } }>(
      `{ myInvoices { nodes { kind total { paise } description } } }`,
      {},
      customer.accessToken,
    );
    const nodes = invoices.data!.myInvoices.nodes;
    expect(nodes).toHaveLength(2);
    expect(nodes.every((n) => n.kind === 'INVOICE' && n.description.startsWith('SMS Notify — Pro plan'))).toBe(true);
    expect(new Set(nodes.map((n) => n.description)).size).toBe(2); // two different months
  });

  it('changes nothing when run again, and names the same logins', { timeout: 60_000 }, async () => {
    const before = await platform.graphql(`{ solutions { nodes { id updatedAt } } }`);
    const second = await demo();
    expect(second.changes).toEqual([]);
    expect({ ...second, changes: [] }).toEqual({ ...first, changes: [] });
    expect(await platform.graphql(`{ solutions { nodes { id updatedAt } } }`)).toEqual(before);
  });
});
