import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDocumentClient, tableName } from '@marketplace/shared';
import { testConnection } from '../support/dynamo.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { freePort } from '../support/ports.ts';
import { seedCustomer, seedSolution, type SeededSolution } from '../support/seed.ts';

/**
 * Exactness across real processes: three quota shims (`subgraphs/quotas/src/shim/main.ts`, as `npm start`
 * runs it) on one DynamoDB Local, driven concurrently.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
let platform: TestPlatform;
let solution: SeededSolution;
const shims: { url: string; child: ChildProcess }[] = [];
const fingerprintSecret = randomBytes(32).toString('base64url');

async function startShim(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/quotas/src/shim/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
      TABLE_PREFIX: platform.tablePrefix,
      SHIM_PORT: String(port),
      FINGERPRINT_SECRET: fingerprintSecret,
      SHIM_CACHE_MS: '2000',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'mp-shim-')),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('a shim process did not start');
}

async function validate(shim: { url: string }, body: unknown) {
  const res = await fetch(`${shim.url}/quota/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${solution.secret}` },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { allowed: boolean; code: string; used: number; remaining: number };
}

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform, {
    tiers: [
      { tier: 'ANONYMOUS', callAllowance: 10, trialDays: 15, ratePerSecond: null },
      { tier: 'REGISTERED', callAllowance: 100, trialDays: 30, ratePerSecond: null },
      { tier: 'PRO', callAllowance: 1000, ratePerSecond: null, monthlyPricePaise: 99_900 },
      { tier: 'ENTERPRISE', callAllowance: 1_000_000, ratePerSecond: null, monthlyPricePaise: 999_900 },
    ],
  });
  shims.push(...(await Promise.all([startShim(), startShim(), startShim()])));
}, 120_000);
afterAll(async () => {
  for (const { child } of shims) child.kill('SIGTERM');
  await platform?.close();
});

function spread(count: number, body: () => unknown) {
  return Promise.all(Array.from({ length: count }, (_, i) => validate(shims[i % shims.length]!, body())));
}

function expectExact(results: { allowed: boolean; used: number; remaining: number }[], limit: number) {
  const allowed = results.filter((r) => r.allowed);
  expect(allowed).toHaveLength(limit);
  // Each admitted call saw its own count: 1..limit once each, so `remaining` only ever went down.
  expect(allowed.map((r) => r.used).sort((a, b) => a - b)).toEqual(Array.from({ length: limit }, (_, i) => i + 1));
  for (const r of results) expect(r.remaining).toBeGreaterThanOrEqual(0);
  for (const r of results.filter((x) => !x.allowed)) expect(r).toMatchObject({ code: 'QUOTA_EXCEEDED', used: limit, remaining: 0 });
}

describe('three shim processes on one DynamoDB', () => {
  it('admit exactly 10 of 200 concurrent anonymous calls', { timeout: 60_000 }, async () => {
    const client = { ip: '192.0.2.10', userAgent: 'load/1', acceptLanguage: 'en' };
    expectExact(await spread(200, () => ({ client })), 10);
  });

  it('admit exactly 100 of 200 concurrent calls with one key', { timeout: 60_000 }, async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    expectExact(await spread(200, () => ({ apiKey: customer.apiKey })), 100);
  });

  it('all refuse a revoked key within 5 seconds', { timeout: 60_000 }, async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    for (const shim of shims) expect((await validate(shim, { apiKey: customer.apiKey })).code).toBe('VALID');
    await platform.graphql(`mutation($id: ID!) { revokeApiKey(id: $id) { status } }`, { id: customer.keyId }, customer.accessToken);
    const revokedAt = Date.now();
    const seen = await Promise.all(
      shims.map(async (shim) => {
        for (;;) {
          if ((await validate(shim, { apiKey: customer.apiKey })).code === 'KEY_REVOKED') return Date.now() - revokedAt;
          if (Date.now() - revokedAt > 10_000) return Infinity;
          await new Promise((r) => setTimeout(r, 100));
        }
      }),
    );
    for (const ms of seen) expect(ms).toBeLessThanOrEqual(5000);
  });

  it('never over-admit when one is killed mid-load (leased path)', { timeout: 90_000 }, async () => {
    const customer = await seedCustomer(platform, solution.solutionId);
    await platform.graphql(
      `mutation($input: GrantTierInput!) { grantTier(input: $input) { tier } }`,
      { input: { userId: customer.userId, solutionId: solution.solutionId, tier: 'PRO' } },
      solution.adminToken,
    );
    // The grant reaches the shims within their 2 s cache.
    await new Promise((r) => setTimeout(r, 2100));
    const victim = shims[2]!;
    let allowed = 0;
    const load = Array.from({ length: 1500 }, async (_, i) => {
      try {
        const verdict = await validate(shims[i % 3]!, { apiKey: customer.apiKey });
        if (verdict.allowed) allowed++;
      } catch {
        /* the killed process's connections fail */
      }
    });
    setTimeout(() => victim.child.kill('SIGKILL'), 150);
    await Promise.all(load);
    expect(allowed).toBeLessThanOrEqual(1000);
    expect(allowed).toBeGreaterThan(0);
    const db = createDocumentClient(testConnection());
    const month = `M${new Date().toISOString().slice(0, 7)}`;
    const counter = await db.send(
      new GetCommand({ TableName: tableName(platform.tablePrefix, 'quotas'), Key: { pk: `COUNTER#${solution.solutionId}#${customer.userId}`, sk: `pro#${month}` }, ConsistentRead: true }),
    );
    expect(Number(counter.Item?.used)).toBeLessThanOrEqual(1000);
    expect(Number(counter.Item?.used)).toBeGreaterThanOrEqual(allowed);
  });
});
