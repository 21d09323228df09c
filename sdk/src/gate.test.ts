import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createQuotaClient, type QuotaClient } from './client.ts';
import type { QuotaDecision } from './decision.ts';
import type { ValidateRequest } from './contract.ts';
import { QuotaConfigError, QuotaIntegrationError } from './errors.ts';
import { clientIp, createGate, endpointOf, type MarketplaceOptions, type RequestFacts } from './gate.ts';

/** The framework-neutral middleware with a stand-in client: what it reads from a request and what it answers. */
function fakeClient(answer: (request: ValidateRequest) => Partial<QuotaDecision> | Error = () => ({})) {
  const asked: { path: 'validate' | 'check'; request: ValidateRequest }[] = [];
  const decide = (path: 'validate' | 'check') => async (request: ValidateRequest): Promise<QuotaDecision> => {
    asked.push({ path, request });
    const result = answer(request);
    if (result instanceof Error) throw result;
    return {
      allowed: true,
      code: 'VALID',
      tier: 'registered',
      limit: 100,
      used: 1,
      remaining: 99,
      resetAt: null,
      features: {},
      subject: { type: 'key' },
      source: 'marketplace',
      headers: {},
      ...result,
    };
  };
  const client: QuotaClient = { validate: decide('validate'), check: decide('check'), status: () => ({ circuit: 'closed', failMode: 'closed', lastAnsweredAt: null, lastUnavailableAt: null, secretRefused: false }) };
  return { client, asked };
}

function facts(overrides: Partial<RequestFacts> & { headers?: Record<string, string>; queryParams?: Record<string, string> } = {}): RequestFacts {
  const { headers = {}, queryParams = {}, ...rest } = overrides;
  return {
    method: 'GET',
    path: '/v1/rates/INR',
    header: (name) => headers[name],
    query: (name) => queryParams[name],
    remoteAddress: '198.51.100.20',
    ...rest,
  };
}

function gateWith(options: Partial<MarketplaceOptions> = {}, answer?: Parameters<typeof fakeClient>[0]) {
  const fake = fakeClient(answer);
  return { gate: createGate({ client: fake.client, onError: () => {}, ...options }), asked: fake.asked };
}

describe('who the caller is', () => {
  it('reads the key from Authorization: Bearer, then X-API-Key, then the configured query parameter', async () => {
    const { gate, asked } = gateWith({ apiKey: { query: 'api_key' } });
    await gate(facts({ headers: { authorization: 'Bearer mk_live_a', 'x-api-key': 'mk_live_b' } }));
    await gate(facts({ headers: { authorization: 'Basic dXNlcjpwdw==', 'x-api-key': 'mk_live_b' } }));
    await gate(facts({ queryParams: { api_key: 'mk_live_c' } }));
    expect(asked.map((a) => a.request.apiKey)).toEqual(['mk_live_a', 'mk_live_b', 'mk_live_c']);
  });

  it('sends nothing about the client with a key, and IP, user agent and accept-language without one', async () => {
    const { gate, asked } = gateWith();
    await gate(facts({ headers: { 'x-api-key': 'mk_live_a', 'user-agent': 'curl/8' } }));
    await gate(facts({ headers: { 'user-agent': 'x'.repeat(2000), 'accept-language': 'hi-IN' } }));
    expect(asked[0]!.request.client).toBeUndefined();
    expect(asked[1]!.request.client).toEqual({ ip: '198.51.100.20', userAgent: 'x'.repeat(1024), acceptLanguage: 'hi-IN' });
  });

  it('answers a key longer than any key 401 without asking the marketplace', async () => {
    const { gate, asked } = gateWith();
    const outcome = await gate(facts({ headers: { 'x-api-key': 'k'.repeat(201) } }));
    expect(outcome).toMatchObject({ pass: false, status: 401 });
    expect(asked).toHaveLength(0);
  });

  it('takes the IP behind exactly the configured number of trusted proxies', () => {
    const request = (xff: string | undefined, peer = '10.0.0.2') => ({ header: (n: string) => (n === 'x-forwarded-for' ? xff : undefined), remoteAddress: peer });
    // No trusted proxy: X-Forwarded-For is whatever the caller wrote, so it is ignored.
    expect(clientIp(request('203.0.113.1'), 0)).toBe('10.0.0.2');
    expect(clientIp(request('203.0.113.1, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientIp(request('203.0.113.1, 198.51.100.7'), 2)).toBe('203.0.113.1');
    // A chain shorter than the proxies: its leftmost entry.
    expect(clientIp(request('203.0.113.1'), 3)).toBe('203.0.113.1');
    expect(clientIp(request(undefined, '::ffff:192.0.2.4'), 1)).toBe('192.0.2.4');
    expect(clientIp(request('[2001:db8::1]:4711'), 1)).toBe('2001:db8::1');
    expect(clientIp(request('192.0.2.5:8080'), 1)).toBe('192.0.2.5');
    expect(clientIp(request('fe80::1%eth0'), 1)).toBe('fe80::1');
    // Not an address (the quota API would refuse it with a 400): the peer's.
    expect(clientIp(request('<script>'), 1)).toBe('10.0.0.2');
    for (const bad of ['999.1.1.1', '01.2.3.4', '1.2.3.256', '1:2:3:4:5:6:7:8:9', '::1::2', 'ab:cd', ':::']) expect(clientIp(request(bad), 1), bad).toBe('10.0.0.2');
  });
});

describe('what the call is', () => {
  it('sends the route template in the marketplace\'s {param} form where the framework knows it, else the path', () => {
    expect(endpointOf({ method: 'get', path: '/v1/rates/INR', route: '/v1/rates/:base' })).toBe('GET /v1/rates/{base}');
    expect(endpointOf({ method: 'GET', path: '/v1/items/7', route: '/v1/items/:id{[0-9]+}' })).toBe('GET /v1/items/{id}');
    expect(endpointOf({ method: 'GET', path: '/v1/files/a/b', route: '/v1/files/*' })).toBe('GET /v1/files/a/b');
    expect(endpointOf({ method: 'POST', path: '/v1/convert' })).toBe('POST /v1/convert');
    // A HEAD is the GET route's (the frameworks route it there; no HEAD endpoint can be registered).
    expect(endpointOf({ method: 'HEAD', path: '/v1/items/7', route: '/v1/items/:id' })).toBe('GET /v1/items/{id}');
    expect(endpointOf({ method: 'head', path: '/v1/convert' })).toBe('GET /v1/convert');
  });

  it('sends the cost and endpoint the options give, or none', async () => {
    const { gate, asked } = gateWith({ cost: (r) => (r.method === 'POST' ? 5 : undefined), endpoint: false });
    await gate(facts({ method: 'POST', path: '/v1/convert' }));
    await gate(facts());
    expect(asked.map((a) => a.request)).toEqual([
      { client: { ip: '198.51.100.20' }, cost: 5 },
      { client: { ip: '198.51.100.20' } },
    ]);
  });

  it('checks without consuming when consume is false', async () => {
    const { gate, asked } = gateWith({ consume: false });
    await gate(facts());
    expect(asked[0]!.path).toBe('check');
  });
});

describe('integration problems', () => {
  it('answers 404 for an endpoint the marketplace does not know, and tells the partner', async () => {
    const errors: Error[] = [];
    const fake = fakeClient(() => new QuotaIntegrationError({ type: 'x', title: 'The request is not valid', status: 400, detail: 'not registered', field: 'endpoint' }));
    const gate = createGate({ client: fake.client, onError: (e) => errors.push(e) });
    const outcome = await gate(facts({ path: '/v1/nope' }));
    expect(outcome).toMatchObject({ pass: false, status: 404 });
    // The standard's problem shape, with a code like every other refusal.
    expect(JSON.parse((outcome as { body: string }).body)).toEqual({
      type: 'https://marketplace.local/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'This API has no such endpoint.',
      code: 'NOT_FOUND',
    });
    expect(errors[0]!.message).toContain('GET /v1/nope is not a registered endpoint');
    expect(await gate(facts({ path: `/${'a'.repeat(300)}` }))).toMatchObject({ status: 404 });
    expect(fake.asked).toHaveLength(1);
  });

  it('answers 500 without details on a refused secret, and tells the partner', async () => {
    const errors: Error[] = [];
    const fake = fakeClient(() => new QuotaIntegrationError({ type: 'x', title: 'A valid solution secret is required', status: 401, detail: 'revoked' }));
    const outcome = await createGate({ client: fake.client, onError: (e) => errors.push(e) })(facts());
    expect(outcome).toMatchObject({ pass: false, status: 500 });
    expect((outcome as { body: string }).body).not.toContain('revoked');
    expect(JSON.parse((outcome as { body: string }).body)).toEqual({
      type: 'https://marketplace.local/problems/integration-error',
      title: 'API misconfigured',
      status: 500,
      detail: 'This API cannot check access with the marketplace right now.',
      code: 'INTEGRATION_ERROR',
    });
    expect(errors[0]).toBeInstanceOf(QuotaIntegrationError);
  });

  it('refuses bad options at construction, naming each', () => {
    expect(() => createGate({ client: undefined as never, trustedProxies: -1, cors: { origins: ['marketplace.example'] } })).toThrow(QuotaConfigError);
    try {
      createGate({ client: undefined as never, trustedProxies: -1, cors: { origins: ['https://marketplace.example/path'] } });
    } catch (e) {
      expect((e as QuotaConfigError).problems).toEqual([
        expect.stringContaining('client is required'),
        expect.stringContaining('trustedProxies must be a whole number from 0 to 10'),
        expect.stringContaining('"https://marketplace.example/path" is not an origin'),
      ]);
    }
    expect(() => createGate({ client: { baseUrl: 'https://quota.example', solutionSecret: '' } })).toThrow(/solutionSecret is required/);
  });
});

describe('CORS for the marketplace\'s origin', () => {
  const cors = { origins: ['https://marketplace.example'] };

  it('answers the preflight itself, without a quota call', async () => {
    const { gate, asked } = gateWith({ cors });
    const outcome = await gate(facts({ method: 'OPTIONS', headers: { origin: 'https://marketplace.example', 'access-control-request-method': 'POST' } }));
    expect(outcome).toMatchObject({
      pass: false,
      status: 204,
      headers: { 'access-control-allow-origin': 'https://marketplace.example', 'access-control-allow-headers': 'authorization, x-api-key, content-type' },
    });
    expect(asked).toHaveLength(0);
  });

  it('lets the marketplace\'s pages read the marketplace headers, and no other origin', async () => {
    const { gate } = gateWith({ cors });
    const allowed = await gate(facts({ headers: { origin: 'https://marketplace.example' } }));
    expect(allowed.headers['access-control-allow-origin']).toBe('https://marketplace.example');
    expect(allowed.headers['access-control-expose-headers']).toBe('RateLimit-Policy, RateLimit, Retry-After, X-Marketplace-Tier, X-Marketplace-Upgrade-Url');
    const other = await gate(facts({ headers: { origin: 'https://evil.example' } }));
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(other.headers.vary).toBe('origin');
  });
});

describe('with the shim stopped', () => {
  async function stoppedShimUrl(): Promise<string> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return `http://127.0.0.1:${port}`;
  }

  it('fail mode closed answers 503 MARKETPLACE_UNAVAILABLE with Retry-After, per the standard', async () => {
    const gate = createGate({ client: createQuotaClient({ baseUrl: await stoppedShimUrl(), solutionSecret: 'mps_x', retries: 0 }) });
    const outcome = await gate(facts());
    expect(outcome).toMatchObject({ pass: false, status: 503, headers: { 'retry-after': '1', 'content-type': 'application/problem+json' } });
    expect(JSON.parse((outcome as { body: string }).body)).toEqual({
      type: 'https://marketplace.local/problems/marketplace-unavailable',
      title: 'Access check unavailable',
      status: 503,
      detail: 'Access to this API cannot be checked right now; retry shortly.',
      code: 'MARKETPLACE_UNAVAILABLE',
      tier: null,
      retryAfterSeconds: 1,
    });
  });

  it('fail mode open passes the call on, marked degraded, with no tier and no marketplace headers', async () => {
    const gate = createGate({ client: createQuotaClient({ baseUrl: await stoppedShimUrl(), solutionSecret: 'mps_x', retries: 0, failMode: 'open' }) });
    expect(await gate(facts())).toEqual({
      pass: true,
      headers: {},
      context: { tier: null, features: {}, limit: 0, used: 0, remaining: 0, resetAt: null, subject: { type: 'anonymous' }, code: 'VALID', source: 'fail-open', degraded: true },
    });
  });
});
