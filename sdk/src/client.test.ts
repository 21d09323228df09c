import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createQuotaClient, type QuotaClientEvent, type QuotaClientOptions } from './client.ts';
import type { Verdict } from './contract.ts';
import { createCallerKeyer } from './denial-cache.ts';
import { QuotaConfigError, QuotaIntegrationError } from './errors.ts';

/**
 * The client against small local servers standing in for the shim (answering, failing, hanging, gone), with
 * an injected clock for the circuit, the denial cache and the allowance. The real shim: sdk/test/.
 */
const SECRET = 'mps_test_secret_0123456789';
const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

interface Fake {
  url: string;
  calls: { path: string; authorization: string | undefined; body: Record<string, unknown> }[];
}

async function fakeShim(answer: (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, n: number) => void): Promise<Fake> {
  const calls: Fake['calls'] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(text || '{}') as Record<string, unknown>;
      calls.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      answer(req, res, body, calls.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ close: () => (server.closeAllConnections(), server.close()) });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls };
}

/** A port nothing listens on: the shim is stopped. */
async function stoppedShimUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const verdict = (overrides: Partial<Verdict> = {}): Verdict => ({
  allowed: true,
  code: 'VALID',
  tier: 'anonymous',
  limit: 10,
  used: 1,
  remaining: 9,
  resetAt: '2026-12-16T00:00:00.000Z',
  features: { hd: true },
  subject: { type: 'anonymous' },
  ...overrides,
});

function sendVerdict(res: ServerResponse, v: Verdict, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(v));
}

function clock(start = Date.UTC(2026, 11, 1, 12, 0, 30)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const anon = { client: { ip: '203.0.113.9', userAgent: 'curl/8', acceptLanguage: 'en' } };

function baseClient(url: string, options: Partial<QuotaClientOptions> = {}) {
  return createQuotaClient({ baseUrl: url, solutionSecret: SECRET, random: () => 0.5, ...options });
}

/** The same rules over both transports: Node's own (the default on Node) and an injected fetch (other runtimes, tests). */
const TRANSPORTS: [string, Partial<QuotaClientOptions>][] = [
  ['node:http (the default on Node)', {}],
  ['an injected fetch', { fetch: (input, init) => fetch(input, init) }],
];

describe('construction', () => {
  it('names every bad option at once, without echoing the secret', () => {
    let error: unknown;
    try {
      createQuotaClient({ baseUrl: 'not a url', solutionSecret: '', timeoutMs: 0, retries: 9, failMode: 'sometimes' as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuotaConfigError);
    const { problems } = error as QuotaConfigError;
    expect(problems).toEqual([
      expect.stringMatching(/^baseUrl is not an absolute URL/),
      expect.stringMatching(/^solutionSecret is required/),
      expect.stringMatching(/^timeoutMs must be a whole number from 10 to 60000/),
      expect.stringMatching(/^retries must be a whole number from 0 to 5/),
      expect.stringMatching(/^failMode must be 'closed', 'open' or \{ allowance: n \}/),
    ]);
  });

  it('refuses a missing secret, a customer key in its place, and URLs that cannot be the shim', () => {
    const problems = (options: Partial<QuotaClientOptions>) => {
      try {
        createQuotaClient({ baseUrl: 'https://quota.example', solutionSecret: SECRET, ...options } as QuotaClientOptions);
        return [];
      } catch (e) {
        return (e as QuotaConfigError).problems;
      }
    };
    expect(problems({ solutionSecret: undefined })).toEqual([expect.stringContaining('solutionSecret is required')]);
    expect(problems({ solutionSecret: 'mk_live_abc123' })).toEqual([expect.stringContaining('looks like a customer API key')]);
    expect(problems({ solutionSecret: 'mps_abc\n' })).toEqual([expect.stringContaining('whitespace')]);
    expect(problems({ baseUrl: undefined })).toEqual([expect.stringContaining('baseUrl is required')]);
    expect(problems({ baseUrl: 'ftp://quota.example' })).toEqual(['baseUrl must be http or https (got ftp:).']);
    expect(problems({ baseUrl: 'https://user:pw@quota.example' })).toEqual([expect.stringContaining('must not carry credentials')]);
    expect(problems({ failMode: { allowance: 0 } })).toEqual([expect.stringContaining('failMode.allowance must be a whole number from 1')]);
    expect(problems({ failMode: 'open' })).toEqual([]);
    const secretShown = problems({ solutionSecret: 'mk_live_topsecretvalue' }).join(' ');
    expect(secretShown).not.toContain('topsecretvalue');
  });
});

describe.each(TRANSPORTS)('over %s', (_name, via) => {
  const client = (url: string, options: Partial<QuotaClientOptions> = {}) => baseClient(url, { ...via, ...options });

  describe('asking the shim', () => {
    it('posts the request with the secret and returns the typed verdict with the headers to pass on', async () => {
      const shim = await fakeShim((_req, res) =>
        sendVerdict(res, verdict(), { 'ratelimit-policy': '"quota";q=10;w=1296000', ratelimit: '"quota";r=9;t=1296000', 'x-other': 'no' }),
      );
      const quota = client(`${shim.url}/prefix/`);
      const decision = await quota.validate({ ...anon, endpoint: 'GET /v1/rates/{base}' });
      expect(decision).toMatchObject({ allowed: true, code: 'VALID', tier: 'anonymous', remaining: 9, features: { hd: true }, source: 'marketplace' });
      expect(decision.headers).toEqual({ 'ratelimit-policy': '"quota";q=10;w=1296000', ratelimit: '"quota";r=9;t=1296000' });
      await quota.check(anon);
      expect(shim.calls.map((c) => c.path)).toEqual(['/prefix/quota/validate', '/prefix/quota/check']);
      expect(shim.calls[0]).toMatchObject({ authorization: `Bearer ${SECRET}`, body: { ...anon, endpoint: 'GET /v1/rates/{base}' } });
    });

    it('throws the shim\'s problem on a refused secret or request, and never fails open on it', async () => {
      const shim = await fakeShim((_req, res) => {
        res.writeHead(401, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: '/docs/errors#unauthenticated', title: 'A valid solution secret is required', status: 401, detail: 'The solution secret is not valid.', code: 'UNAUTHENTICATED', requestId: 'req_1' }));
      });
      const quota = client(shim.url, { failMode: 'open' });
      const error = await quota.validate(anon).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QuotaIntegrationError);
      expect(error).toMatchObject({ status: 401, problem: { code: 'UNAUTHENTICATED', requestId: 'req_1' } });
      expect((error as Error).message).toContain('[request req_1]');
      expect((error as Error).message).not.toContain(SECRET);
    });

    it('names the field of a 400', async () => {
      const shim = await fakeShim((_req, res) => {
        res.writeHead(400, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'x', title: 'The request is not valid', status: 400, detail: '"GET /nope" is not a registered endpoint of this solution.', field: 'endpoint' }));
      });
      await expect(client(shim.url).validate({ ...anon, endpoint: 'GET /nope' })).rejects.toMatchObject({ status: 400, field: 'endpoint' });
    });
  });

  describe('when the marketplace cannot answer', () => {
    it('gives up after timeoutMs on a hanging shim and answers by the fail mode (closed: refuse, with Retry-After)', async () => {
      const shim = await fakeShim(() => {});
      const events: QuotaClientEvent[] = [];
      const quota = client(shim.url, { timeoutMs: 150, onEvent: (e) => events.push(e) });
      const started = Date.now();
      const decision = await quota.validate(anon);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(decision).toMatchObject({ allowed: false, code: 'MARKETPLACE_UNAVAILABLE', tier: null, source: 'fail-closed', retryAfterSeconds: 1, headers: { 'retry-after': '1' } });
      expect(events).toEqual([{ type: 'unavailable', reason: 'timeout', failMode: 'closed', admitted: false }]);
      expect(shim.calls).toHaveLength(1);
    });

    it('retries a 503 with jittered backoff, at most `retries` times', async () => {
      const shim = await fakeShim((_req, res) => {
        res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '1' });
        res.end('{"title":"unavailable","detail":"x","status":503,"type":"x"}');
      });
      const events: QuotaClientEvent[] = [];
      const decision = await client(shim.url, { retries: 2, onEvent: (e) => events.push(e) }).validate(anon);
      expect(shim.calls).toHaveLength(3);
      expect(events.filter((e) => e.type === 'retry')).toEqual([
        { type: 'retry', attempt: 1, reason: 'unavailable', delayMs: 25 },
        { type: 'retry', attempt: 2, reason: 'unavailable', delayMs: 50 },
      ]);
      expect(decision).toMatchObject({ allowed: false, source: 'fail-closed' });
    });

    it('succeeds when a retry does', async () => {
      const shim = await fakeShim((_req, res, _body, n) => {
        if (n === 1) {
          res.writeHead(503);
          return void res.end();
        }
        sendVerdict(res, verdict());
      });
      expect(await client(shim.url).validate(anon)).toMatchObject({ allowed: true, source: 'marketplace' });
      expect(shim.calls).toHaveLength(2);
    });

    it('does not retry a 500 (only 503 and network errors), and treats it as unavailable', async () => {
      const shim = await fakeShim((_req, res) => {
        res.writeHead(500);
        res.end();
      });
      expect(await client(shim.url, { failMode: 'open' }).validate(anon)).toMatchObject({ allowed: true, code: 'VALID', tier: null, source: 'fail-open' });
      expect(shim.calls).toHaveLength(1);
    });

    it('treats a 200 that is not a verdict as unavailable, never as a pass', async () => {
      const shim = await fakeShim((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>captive portal</html>');
      });
      expect(await client(shim.url).validate(anon)).toMatchObject({ allowed: false, source: 'fail-closed' });
    });

    it('fail mode open admits every call while the shim is stopped', async () => {
      const quota = client(await stoppedShimUrl(), { failMode: 'open', retries: 1 });
      for (let i = 0; i < 3; i++) {
        expect(await quota.validate({ apiKey: 'mk_live_x' })).toMatchObject({ allowed: true, tier: null, features: {}, subject: { type: 'key' }, source: 'fail-open' });
      }
    });

    it('fail mode allowance admits n calls per minute in the process, then refuses until the next minute', async () => {
      const time = clock(Date.UTC(2026, 11, 1, 12, 0, 30));
      const quota = client(await stoppedShimUrl(), { failMode: { allowance: 3 }, retries: 0, circuitBreaker: false, now: time.now });
      const first = await Promise.all(Array.from({ length: 5 }, () => quota.validate(anon)));
      expect(first.filter((d) => d.allowed)).toHaveLength(3);
      expect(first.filter((d) => !d.allowed)).toEqual([
        expect.objectContaining({ code: 'MARKETPLACE_UNAVAILABLE', source: 'fail-allowance', retryAfterSeconds: 30 }),
        expect.objectContaining({ code: 'MARKETPLACE_UNAVAILABLE', source: 'fail-allowance', retryAfterSeconds: 30 }),
      ]);
      time.advance(30_000);
      expect(await quota.validate(anon)).toMatchObject({ allowed: true, source: 'fail-allowance' });
    });
  });

  describe('connections and cut-off answers', () => {
    it('counts an answer cut off by the deadline as a timeout, not retried', async () => {
      const shim = await fakeShim((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"allowed":tr');
      });
      const events: QuotaClientEvent[] = [];
      const decision = await client(shim.url, { timeoutMs: 150, onEvent: (e) => events.push(e) }).validate(anon);
      expect(decision).toMatchObject({ allowed: false, source: 'fail-closed' });
      expect(events).toEqual([{ type: 'unavailable', reason: 'timeout', failMode: 'closed', admitted: false }]);
      expect(shim.calls).toHaveLength(1);
    });

    it('retries an answer the shim cut off (a network error) and takes the retry\'s verdict', async () => {
      const shim = await fakeShim((req, res, _body, n) => {
        if (n > 1) return sendVerdict(res, verdict());
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
        res.write('{"allowed":tr', () => req.socket.destroy());
      });
      const events: QuotaClientEvent[] = [];
      expect(await client(shim.url, { onEvent: (e) => events.push(e) }).validate(anon)).toMatchObject({ allowed: true, source: 'marketplace' });
      expect(events).toEqual([{ type: 'retry', attempt: 1, reason: 'network', delayMs: 25 }]);
      expect(shim.calls).toHaveLength(2);
    });
  });
});

describe('the transport', () => {
  it('on Node keeps one connection alive for consecutive calls', async () => {
    const ports = new Set<number | undefined>();
    const shim = await fakeShim((req, res) => {
      ports.add(req.socket.remotePort);
      sendVerdict(res, verdict());
    });
    const quota = baseClient(shim.url);
    for (let i = 0; i < 3; i++) await quota.validate(anon);
    expect(shim.calls).toHaveLength(3);
    expect(ports.size).toBe(1);
  });

  it('on Node is node:http, not the global fetch; with no node:http (other runtimes) it is the global fetch', async () => {
    const shim = await fakeShim((_req, res) => sendVerdict(res, verdict()));
    const globalFetch = globalThis.fetch;
    const fetched: string[] = [];
    globalThis.fetch = ((input: string, init?: RequestInit) => (fetched.push(String(input)), globalFetch(input, init))) as typeof fetch;
    const runtime = process as { getBuiltinModule?: unknown };
    const builtin = runtime.getBuiltinModule;
    try {
      expect(await baseClient(shim.url).validate(anon)).toMatchObject({ allowed: true });
      expect(fetched).toEqual([]);
      runtime.getBuiltinModule = undefined;
      expect(await baseClient(shim.url).validate(anon)).toMatchObject({ allowed: true });
      expect(fetched).toEqual([`${shim.url}/quota/validate`]);
    } finally {
      runtime.getBuiltinModule = builtin;
      globalThis.fetch = globalFetch;
    }
    expect(shim.calls).toHaveLength(2);
  });
});

describe('the circuit breaker', () => {
  const client = baseClient;
  it('opens after N consecutive failures, then sends one probe after openMs; a good probe closes it', async () => {
    let healthy = false;
    const shim = await fakeShim((_req, res) => {
      if (healthy) return sendVerdict(res, verdict());
      res.writeHead(503);
      res.end();
    });
    const time = clock();
    const events: QuotaClientEvent[] = [];
    const quota = client(shim.url, { retries: 0, circuitBreaker: { failureThreshold: 3, openMs: 5000 }, now: time.now, onEvent: (e) => e.type === 'circuit' && events.push(e) });
    for (let i = 0; i < 3; i++) await quota.validate(anon);
    expect(shim.calls).toHaveLength(3);
    expect(quota.status().circuit).toBe('open');
    expect(events).toEqual([{ type: 'circuit', state: 'open' }]);

    // Open: answered locally, no network, Retry-After until the probe.
    time.advance(1000);
    for (let i = 0; i < 10; i++) expect(await quota.validate(anon)).toMatchObject({ allowed: false, source: 'fail-closed', retryAfterSeconds: 4 });
    expect(shim.calls).toHaveLength(3);

    // Half-open: of concurrent calls exactly one probes; it fails, so the circuit opens again.
    time.advance(4000);
    expect(quota.status().circuit).toBe('half-open');
    await Promise.all(Array.from({ length: 5 }, () => quota.validate(anon)));
    expect(shim.calls).toHaveLength(4);
    expect(quota.status().circuit).toBe('open');

    healthy = true;
    time.advance(5000);
    expect(await quota.validate(anon)).toMatchObject({ allowed: true, source: 'marketplace' });
    expect(quota.status().circuit).toBe('closed');
    expect(events.at(-1)).toEqual({ type: 'circuit', state: 'closed' });
    await quota.validate(anon);
    expect(shim.calls).toHaveLength(6);
  });

  it('counts an answered problem (a refused secret) as the marketplace answering', async () => {
    const shim = await fakeShim((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/problem+json' });
      res.end('{"type":"x","title":"t","status":401,"detail":"d"}');
    });
    const quota = client(shim.url, { circuitBreaker: { failureThreshold: 1 } });
    await expect(quota.validate(anon)).rejects.toBeInstanceOf(QuotaIntegrationError);
    expect(quota.status().circuit).toBe('closed');
  });

  it('reports a refused secret (401) in its status until a call gets a verdict again; a 400 is no refused secret', async () => {
    const shim = await fakeShim((_req, res, body) => {
      if (body.endpoint === 'GET /nope') {
        res.writeHead(400, { 'content-type': 'application/problem+json' });
        return void res.end('{"type":"x","title":"t","status":400,"detail":"d","field":"endpoint"}');
      }
      if (body.apiKey === 'mk_after_rotation') return sendVerdict(res, verdict());
      res.writeHead(401, { 'content-type': 'application/problem+json' });
      res.end('{"type":"x","title":"t","status":401,"detail":"d"}');
    });
    const quota = client(shim.url);
    expect(quota.status().secretRefused).toBe(false);
    await expect(quota.validate({ ...anon, endpoint: 'GET /nope' })).rejects.toMatchObject({ status: 400 });
    expect(quota.status().secretRefused).toBe(false);
    await expect(quota.validate(anon)).rejects.toMatchObject({ status: 401 });
    expect(quota.status().secretRefused).toBe(true);
    await quota.validate({ apiKey: 'mk_after_rotation' });
    expect(quota.status().secretRefused).toBe(false);
  });
});

describe('the denial cache', () => {
  const client = baseClient;
  it('answers a denied caller locally until Retry-After, counting the headers down', async () => {
    const shim = await fakeShim((_req, res) =>
      sendVerdict(res, verdict({ allowed: false, code: 'QUOTA_EXCEEDED', tier: 'pro', remaining: 0, retryAfterSeconds: 30 }), {
        'retry-after': '30',
        ratelimit: '"quota";r=0;t=30',
        'ratelimit-policy': '"quota";q=100;w=2592000',
      }),
    );
    const time = clock();
    const quota = client(shim.url, { now: time.now });
    const key = { apiKey: 'mk_live_denied' };
    expect(await quota.validate(key)).toMatchObject({ source: 'marketplace', retryAfterSeconds: 30 });
    time.advance(10_500);
    expect(await quota.validate(key)).toMatchObject({ source: 'denial-cache', code: 'QUOTA_EXCEEDED', retryAfterSeconds: 20, headers: { 'retry-after': '20', ratelimit: '"quota";r=0;t=20' } });
    expect(await quota.check(key)).toMatchObject({ source: 'denial-cache' });
    expect(shim.calls).toHaveLength(1);
    // Another caller, or the same one on another endpoint or cost, is asked about.
    await quota.validate({ apiKey: 'mk_live_other' });
    await quota.validate({ ...key, cost: 2 });
    expect(shim.calls).toHaveLength(3);
    time.advance(20_000);
    await quota.validate(key);
    expect(shim.calls).toHaveLength(4);
  });

  it('keeps a denial without Retry-After for defaultTtlMs, and a long Retry-After at most maxTtlMs', async () => {
    let retryAfter: number | undefined;
    const shim = await fakeShim((_req, res) => sendVerdict(res, verdict({ allowed: false, code: retryAfter ? 'QUOTA_EXCEEDED' : 'KEY_REVOKED', retryAfterSeconds: retryAfter })));
    const time = clock();
    const quota = client(shim.url, { now: time.now, denialCache: { defaultTtlMs: 2000, maxTtlMs: 60_000 } });
    await quota.validate({ apiKey: 'mk_live_revoked' });
    time.advance(1999);
    await quota.validate({ apiKey: 'mk_live_revoked' });
    expect(shim.calls).toHaveLength(1);
    time.advance(1);
    await quota.validate({ apiKey: 'mk_live_revoked' });
    expect(shim.calls).toHaveLength(2);

    retryAfter = 86_400 * 20;
    await quota.validate({ apiKey: 'mk_live_month' });
    time.advance(59_999);
    await quota.validate({ apiKey: 'mk_live_month' });
    expect(shim.calls).toHaveLength(3);
    time.advance(1);
    await quota.validate({ apiKey: 'mk_live_month' });
    expect(shim.calls).toHaveLength(4);
  });

  it('never caches an admitted call', async () => {
    const shim = await fakeShim((_req, res) => sendVerdict(res, verdict()));
    const quota = client(shim.url);
    for (let i = 0; i < 3; i++) await quota.validate(anon);
    expect(shim.calls).toHaveLength(3);
  });

  it('keys callers by a per-process HMAC, never by the raw key or IP', async () => {
    const keyOf = createCallerKeyer();
    const a = await keyOf(['mk_live_secretkey', '203.0.113.9']);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toBe(await keyOf(['mk_live_secretkey', '203.0.113.9']));
    expect(a).not.toBe(await createCallerKeyer()(['mk_live_secretkey', '203.0.113.9']));
    // On Node the key is computed on the spot (no promise per call) …
    expect(typeof keyOf(['mk_live_secretkey'])).toBe('string');
  });

  it('keys callers through Web Crypto where the runtime has no node:crypto, alike in shape and stability', async () => {
    const runtime = process as { getBuiltinModule?: unknown };
    const builtin = runtime.getBuiltinModule;
    runtime.getBuiltinModule = undefined;
    try {
      const keyOf = createCallerKeyer();
      const a = keyOf(['mk_live_secretkey', '203.0.113.9']);
      expect(a).toBeInstanceOf(Promise);
      expect(await a).toMatch(/^[0-9a-f]{64}$/);
      expect(await keyOf(['mk_live_secretkey', '203.0.113.9'])).toBe(await a);
      expect(await keyOf(['mk_live_otherkey', '203.0.113.9'])).not.toBe(await a);
    } finally {
      runtime.getBuiltinModule = builtin;
    }
  });
});
