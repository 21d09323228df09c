import { createServer } from 'node:http';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/support/platform.ts';
import { seedCustomer, seedSolution, type SeededCustomer, type SeededSolution } from '../../test/support/seed.ts';
import type { MarketplaceOptions, QuotaClient } from '../src/index.ts';
import * as sdkExpress from '../src/express.ts';
import * as sdkFastify from '../src/fastify.ts';
import * as sdkHono from '../src/hono.ts';
import * as sdkNode from '../src/node.ts';
import { call, countingClient, listen, TEST_SOLUTION } from './harness.ts';

/**
 * The same small API (`GET /v1/rates/:base`, `POST /v1/convert`, `GET /health`) built with each framework's
 * middleware, against the real shim: what reaches the handler, what the caller gets, what the marketplace is
 * told (the route template, not the caller's path), and where the key and the IP are read from.
 */
type App = { url: string; close: () => Promise<void> };
type Build = (client: QuotaClient, options: Omit<MarketplaceOptions, 'client'>) => Promise<App>;

const rates = (base: string, marketplace: unknown) => ({ base, rates: { USD: 0.012 }, marketplace });

const FRAMEWORKS: Record<string, { build: Build; knowsRoutes: boolean }> = {
  express: {
    knowsRoutes: true,
    async build(client, options) {
      const app = express();
      app.get('/health', sdkExpress.healthHandler({ client, version: '1.0.0' }));
      const gate = sdkExpress.marketplace({ client, ...options });
      app.get('/v1/rates/:base', gate, (req, res) => void res.json(rates(String(req.params.base), req.marketplace)));
      app.post('/v1/convert', gate, (req, res) => void res.json({ converted: true, marketplace: req.marketplace }));
      return listen(createServer(app));
    },
  },
  fastify: {
    knowsRoutes: true,
    async build(client, options) {
      const app = Fastify();
      app.get('/health', sdkFastify.healthHandler({ client, version: '1.0.0' }));
      await app.register(async (api) => {
        await api.register(sdkFastify.marketplace, { client, ...options });
        api.get<{ Params: { base: string } }>('/v1/rates/:base', async (request) => rates(request.params.base, request.marketplace));
        api.post('/v1/convert', async (request) => ({ converted: true, marketplace: request.marketplace }));
      });
      await app.ready();
      return listen(app.server);
    },
  },
  hono: {
    knowsRoutes: true,
    async build(client, options) {
      const app = new Hono<sdkHono.MarketplaceEnv>();
      app.get('/health', sdkHono.healthHandler({ client, version: '1.0.0' }));
      app.use('/v1/*', sdkHono.marketplace({ client, ...options }));
      app.get('/v1/rates/:base', (c) => c.json(rates(c.req.param('base'), c.get('marketplace'))));
      app.post('/v1/convert', (c) => c.json({ converted: true, marketplace: c.get('marketplace') }));
      // Served on node:http as @hono/node-server would: the Node request as `c.env.incoming`.
      return listen(
        createServer(async (req, res) => {
          const response = await app.fetch(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as Record<string, string> }), { incoming: req });
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(Buffer.from(await response.arrayBuffer()));
        }),
      );
    },
  },
  'node:http': {
    knowsRoutes: false,
    async build(client, options) {
      const health = sdkNode.healthHandler({ client, version: '1.0.0' });
      const api = sdkNode.withMarketplace({ client, ...options }, (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const base = /^\/v1\/rates\/(\w+)/.exec(req.url ?? '')?.[1];
        res.end(JSON.stringify(base ? rates(base, req.marketplace) : { converted: true, marketplace: req.marketplace }));
      });
      return listen(createServer((req, res) => (req.url === '/health' ? health(req, res) : api(req, res))));
    },
  },
};

let platform: TestPlatform;
let solution: SeededSolution;
let customer: SeededCustomer;
beforeAll(async () => {
  platform = await startTestPlatform();
  solution = await seedSolution(platform, TEST_SOLUTION);
  customer = await seedCustomer(platform, solution.solutionId);
});
afterAll(() => platform?.close());

let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

describe.each(Object.entries(FRAMEWORKS))('%s', (name, framework) => {
  let app: App;
  let shim: ReturnType<typeof countingClient>;
  beforeAll(async () => {
    shim = countingClient({ baseUrl: platform.shimUrl, solutionSecret: solution.secret });
    app = await framework.build(shim.client, { trustedProxies: 1, apiKey: { query: 'api_key' } });
  });
  afterAll(() => app?.close());

  it('passes an admitted anonymous call on with the marketplace context and headers, telling the marketplace the route', async () => {
    const ip = freshIp();
    const res = await call(app.url, '/v1/rates/INR?amount=5', { ip });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ base: 'INR', marketplace: { tier: 'anonymous', code: 'VALID', limit: 3, used: 1, remaining: 2, degraded: false } });
    expect(res.headers.get('x-marketplace-tier')).toBe('anonymous');
    expect(res.headers.get('ratelimit-policy')).toMatch(/^"quota";q=3;w=1296000/);
    expect(res.headers.get('ratelimit')).toMatch(/^"quota";r=2;t=\d+$/);
    expect(shim.sent.at(-1)).toEqual({
      client: { ip, userAgent: 'sdk-test/1.0', acceptLanguage: 'en-IN' },
      endpoint: framework.knowsRoutes ? 'GET /v1/rates/{base}' : 'GET /v1/rates/INR',
    });
  });

  it('reads the key from Authorization: Bearer, X-API-Key and the configured query parameter', async () => {
    // One call a second: the tier allows two.
    const byBearer = await call(app.url, '/v1/rates/EUR', { headers: { authorization: `Bearer ${customer.apiKey}` } });
    platform.clock.advance(1000);
    const byHeader = await call(app.url, '/v1/rates/EUR', { key: customer.apiKey });
    platform.clock.advance(1000);
    const byQuery = await call(app.url, `/v1/rates/EUR?api_key=${encodeURIComponent(customer.apiKey)}`);
    for (const res of [byBearer, byHeader, byQuery]) {
      expect(res.status).toBe(200);
      expect(res.body.marketplace).toMatchObject({ tier: 'registered', subject: { type: 'key', keyId: customer.keyId } });
    }
    expect(shim.sent.slice(-3).map((body) => [body.apiKey, body.client])).toEqual([
      [customer.apiKey, undefined],
      [customer.apiKey, undefined],
      [customer.apiKey, undefined],
    ]);
    platform.clock.advance(1000);
  });

  it('answers a refusal itself, per the standard, without reaching the handler', async () => {
    const res = await call(app.url, '/v1/rates/INR', { key: 'mk_live_notakeyatall0000000000000000' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json(;|$)/);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api", error="invalid_token"');
    expect(res.body).toEqual({ type: 'https://marketplace.local/problems/key-invalid', title: 'Invalid API key', status: 401, detail: 'The API key is not valid.', code: 'KEY_INVALID', tier: null });

    const convert = await call(app.url, '/v1/convert', { ip: freshIp(), method: 'POST' });
    expect(convert.status).toBe(403);
    expect(convert.body).toMatchObject({ code: 'ENDPOINT_NOT_IN_TIER', upgrade: { tier: 'registered' } });
    expect(convert.headers.get('x-marketplace-upgrade-url')).toBe(convert.body.upgrade.url);
  });

  it('tells anonymous callers apart by the IP behind the trusted proxy', async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++) {
      expect((await call(app.url, '/v1/rates/INR', { ip })).status).toBe(200);
      platform.clock.advance(1000);
    }
    expect((await call(app.url, '/v1/rates/INR', { ip })).status).toBe(429);
    // The same peer, another caller behind the proxy: its own allowance.
    expect((await call(app.url, '/v1/rates/INR', { ip: freshIp() })).status).toBe(200);
    // A spoofed extra hop in front of the real one does not change who the caller is.
    expect((await call(app.url, '/v1/rates/INR', { ip: `10.9.9.9, ${ip}` })).status).toBe(429);
  });

  it('serves the standard health endpoint, unmetered', async () => {
    const before = shim.shimCalls();
    const res = await call(app.url, '/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/health\+json/);
    expect(res.body).toMatchObject({ status: 'pass', version: '1.0.0', checks: { 'marketplace:quota': [{ status: 'pass', observedValue: 'closed' }] }, notes: ['@marketplace/sdk 0.1.0'] });
    expect(shim.shimCalls()).toBe(before);
  });

  if (name === 'fastify' || name === 'hono') {
    it('leaves a request that matches no route to the framework\'s 404, at no cost', async () => {
      const before = shim.shimCalls();
      expect((await call(app.url, '/v1/nothing-here', { ip: freshIp() })).status).toBe(404);
      expect(shim.shimCalls()).toBe(before);
    });
  }
});
