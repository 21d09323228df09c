import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/support/platform.ts';
import { freePort } from '../../test/support/ports.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../../test/support/seed.ts';
import { createFxApp } from '../examples/fx-rates/app.ts';
import { createQuotaClient } from '../src/index.ts';
import { call, listen, SHIM_TIMEOUT_MS } from './harness.ts';

/**
 * The FX Rates example solution against the real shim, registered with the demo's endpoints: what a caller of
 * a solution built with the SDK gets, and that `main.ts` runs as the README says.
 */
let platform: TestPlatform;
let solution: SeededSolution;
let customer: SeededCustomer;
let api: { url: string; close: () => Promise<void> };
const MARKETPLACE = 'http://localhost:4000';

beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform, {
    category: 'Data & Analytics',
    endpoints: [
      { method: 'GET', path: '/v1/rates/latest' },
      { method: 'GET', path: '/v1/rates/{date}', tiers: ['REGISTERED', 'PRO', 'ENTERPRISE'] },
      { method: 'GET', path: '/v1/convert' },
    ],
  });
  customer = await seedCustomer(platform, solution.solutionId);
  const client = createQuotaClient({ baseUrl: platform.shimUrl, solutionSecret: solution.secret, timeoutMs: SHIM_TIMEOUT_MS });
  api = await listen(createServer(createFxApp({ client, corsOrigins: [MARKETPLACE], trustedProxies: 1 })));
});
afterAll(async () => {
  await api?.close();
  await platform?.close();
});

describe('the FX Rates example', () => {
  it('serves anonymous callers the latest rates, metered, and keeps history for registered callers', async () => {
    const latest = await call(api.url, '/v1/rates/latest?base=INR', { ip: '203.0.113.50' });
    expect(latest.status).toBe(200);
    expect(latest.body).toMatchObject({ base: 'INR', date: '2026-12-01', rates: { USD: 0.0118 } });
    expect(latest.headers.get('x-marketplace-tier')).toBe('anonymous');
    expect(latest.headers.get('ratelimit')).toMatch(/^"quota";r=9;t=\d+$/);

    const history = await call(api.url, '/v1/rates/2026-11-30?base=EUR', { ip: '203.0.113.50' });
    expect(history.status).toBe(403);
    expect(history.body).toMatchObject({ code: 'ENDPOINT_NOT_IN_TIER', upgrade: { tier: 'registered', url: `${MARKETPLACE}/signup?solution=${solution.slug}` } });

    const keyed = await call(api.url, `/v1/rates/2026-11-30?base=EUR&api_key=${customer.apiKey}`);
    expect(keyed.status).toBe(200);
    expect(keyed.body).toMatchObject({ base: 'EUR', date: '2026-11-30' });
    expect(keyed.headers.get('x-marketplace-tier')).toBe('registered');
  });

  it('converts with the rate used, and refuses a bad amount naming the field', async () => {
    const res = await call(api.url, '/v1/convert?from=INR&to=JPY&amount=1000', { key: customer.apiKey });
    expect(res.body).toEqual({ from: 'INR', to: 'JPY', amount: 1000, rate: 1.779659, result: 1780, date: '2026-12-01' });
    platform.clock.advance(1000);
    const bad = await call(api.url, '/v1/convert?from=INR&to=USD&amount=-5', { key: customer.apiKey });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'amount' });
  });

  it('lets the marketplace\'s pages call it (CORS), preflight unmetered', async () => {
    const preflight = await fetch(`${api.url}/v1/rates/latest`, { method: 'OPTIONS', headers: { origin: MARKETPLACE, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-api-key' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(MARKETPLACE);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const res = await call(api.url, '/v1/rates/latest', { ip: '203.0.113.51', headers: { origin: MARKETPLACE } });
    expect(res.headers.get('access-control-allow-origin')).toBe(MARKETPLACE);
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Marketplace-Upgrade-Url');
    expect(res.headers.get('ratelimit')).toMatch(/r=9;/);
  });

  it('runs from main.ts with the environment the README gives, and names what is missing', async () => {
    const script = new URL('../examples/fx-rates/main.ts', import.meta.url).pathname;
    const missing = await runMain(script, { MARKETPLACE_SHIM_URL: 'not a url', SOLUTION_SECRET: '' });
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('MARKETPLACE_SHIM_URL is not an absolute URL');
    expect(missing.output).toContain('SOLUTION_SECRET is required');

    const port = await freePort();
    const running = await runMain(script, { MARKETPLACE_SHIM_URL: platform.shimUrl, SOLUTION_SECRET: solution.secret, PORT: String(port) }, async () => {
      const res = await call(`http://127.0.0.1:${port}`, '/v1/convert?from=USD&to=INR&amount=2', { key: customer.apiKey });
      expect(res.status).toBe(200);
      expect(res.body.result).toBe(168.92);
    });
    expect(running.output).toContain(`fx-rates listening on http://localhost:${port}`);
  }, 30_000);
});

/** Runs main.ts; with `whileUp`, waits until it listens, runs it, then stops the process it started. */
function runMain(script: string, env: Record<string, string>, whileUp?: () => Promise<void>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (whileUp && output.includes('listening on')) {
        const run = whileUp;
        whileUp = undefined;
        run().then(() => child.kill('SIGTERM'), (error: unknown) => (child.kill('SIGTERM'), reject(error)));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => resolve({ code, output }));
  });
}
