import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalOf } from './address-guard.ts';
import { probeHealth, type ProbeOptions } from './health-probe.ts';

/** Local servers that behave as partners' health endpoints do, good and bad. */
let server: Server;
let base: string;
let port: number;
const open = new Set<ServerResponse>();

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/up': (_req, res) => res.writeHead(200, { 'content-type': 'application/health+json' }).end('{"status":"pass"}'),
  '/warn': (_req, res) => res.writeHead(200).end('{"status":"warn"}'),
  '/slow': (_req, res) => void setTimeout(() => res.writeHead(200).end('{"status":"pass"}'), 150),
  '/hang': (_req, res) => void open.add(res),
  '/hang-body': (_req, res) => {
    res.writeHead(200).write('{"status":');
    open.add(res);
  },
  '/500': (_req, res) => res.writeHead(500).end('oops'),
  '/fail': (_req, res) => res.writeHead(503).end('{"status":"fail"}'),
  '/garbage': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>It works!</html>'),
  '/no-status': (_req, res) => res.writeHead(200).end('{"ok":true}'),
  '/huge': (_req, res) => res.writeHead(200).end(`{"status":"pass","pad":"${'x'.repeat(100_000)}"}`),
  '/same-host': (_req, res) => res.writeHead(302, { location: '/up' }).end(),
  '/other-host': (_req, res) => res.writeHead(302, { location: 'https://elsewhere.example/health' }).end(),
  '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
};

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? ((_q, r) => r.writeHead(404).end()))(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  for (const res of open) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const dev: ProbeOptions = { timeoutMs: 400, policy: { allowLoopback: true, blockedPorts: [] } };
const probe = (path: string, options: Partial<ProbeOptions> = {}) => probeHealth(`${base}${path}`, { ...dev, ...options });

describe('a health check', () => {
  it('is up on a 2xx with health JSON, with its latency', async () => {
    expect(await probe('/up')).toMatchObject({ up: true, httpStatus: 200, failure: null, detail: null });
    expect(await probe('/warn')).toMatchObject({ up: true, detail: 'the solution reports "warn"' });
    const slow = await probe('/slow');
    expect(slow.up).toBe(true);
    expect(slow.latencyMs).toBeGreaterThanOrEqual(140);
  });

  it('follows a redirect on the same host, and calls one to another host down', async () => {
    expect(await probe('/same-host')).toMatchObject({ up: true });
    expect(await probe('/other-host')).toMatchObject({ up: false, failure: 'REDIRECT', detail: 'redirected to another host (elsewhere.example)', httpStatus: 302 });
    expect(await probe('/loop')).toMatchObject({ up: false, failure: 'REDIRECT', detail: 'too many redirects' });
    routes['/to-address'] = (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
    expect(await probe('/to-address')).toMatchObject({ up: false, failure: 'REDIRECT', detail: 'redirected to another host' });
  });

  it('is down with the reason on a 500, a reported fail, garbage, a body without status, or an oversized body', async () => {
    expect(await probe('/500')).toMatchObject({ up: false, failure: 'HTTP_STATUS', detail: 'HTTP 500', httpStatus: 500 });
    expect(await probe('/fail')).toMatchObject({ up: false, failure: 'REPORTED_DOWN', httpStatus: 503 });
    expect(await probe('/garbage')).toMatchObject({ up: false, failure: 'BAD_BODY' });
    expect(await probe('/no-status')).toMatchObject({ up: false, failure: 'BAD_BODY' });
    expect(await probe('/huge')).toMatchObject({ up: false, failure: 'BAD_BODY' });
    expect(await probe('/missing')).toMatchObject({ up: false, failure: 'HTTP_STATUS', detail: 'HTTP 404' });
  });

  it('gives up at the deadline on a server that never answers, or stops half-way through the body', async () => {
    for (const path of ['/hang', '/hang-body']) {
      const started = performance.now();
      const result = await probe(path, { timeoutMs: 200 });
      expect(result).toMatchObject({ up: false, failure: 'TIMEOUT', detail: 'no answer within 200 ms' });
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('is down when nothing listens, or the name does not resolve', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const gone = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await probeHealth(`http://127.0.0.1:${gone}/health`, dev)).toMatchObject({ up: false, failure: 'UNREACHABLE', detail: 'connection refused' });
    expect(await probeHealth('http://api.partner.example/health', { ...dev, resolve: async () => [] })).toMatchObject({ up: false, failure: 'UNREACHABLE' });
  });

  it('refuses URLs that are not http(s) or carry credentials', async () => {
    expect(await probeHealth('file:///etc/passwd', dev)).toMatchObject({ up: false, failure: 'INVALID_URL' });
    expect(await probeHealth(`http://user:pw@127.0.0.1:${port}/up`, dev)).toMatchObject({ up: false, failure: 'INVALID_URL' });
  });
});

describe('the SSRF guard', () => {
  const production = { allowLoopback: false, blockedPorts: [] };

  it('never connects to loopback in production, by literal address or by a name resolving to it', async () => {
    let hits = 0;
    const before = routes['/up']!;
    routes['/up'] = (req, res) => {
      hits++;
      before(req, res);
    };
    try {
      expect(await probe('/up', { policy: production })).toMatchObject({ up: false, failure: 'BLOCKED', detail: 'the health URL points at a loopback address' });
      const rebinding = async () => [{ address: '127.0.0.1', family: 4 }];
      expect(await probeHealth(`http://api.partner.example:${port}/up`, { ...dev, policy: production, resolve: rebinding })).toMatchObject({ up: false, failure: 'BLOCKED' });
      expect(await probeHealth(`http://[::ffff:127.0.0.1]:${port}/up`, { ...dev, policy: production })).toMatchObject({ up: false, failure: 'BLOCKED' });
      expect(hits).toBe(0);
    } finally {
      routes['/up'] = before;
    }
  });

  it("refuses the platform's own ports even where loopback is allowed (development)", async () => {
    expect(await probe('/up', { policy: { allowLoopback: true, blockedPorts: [port] } })).toMatchObject({ up: false, failure: 'BLOCKED', detail: "the health URL points at one of the platform's own ports" });
  });

  it('classifies private, link-local, metadata and reserved addresses as refused, public ones as allowed', () => {
    const dev = { allowLoopback: true, blockedPorts: [4000] };
    for (const address of ['10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', 'fe80::1', 'fd00::1', '::', '::ffff:10.0.0.1']) {
      expect(refusalOf(address, 443, dev), address).toMatch(/private|reserved/);
    }
    for (const address of ['93.184.216.34', '2606:4700::1111', '8.8.8.8']) expect(refusalOf(address, 443, production), address).toBeNull();
    expect(refusalOf('127.0.0.1', 4000, dev)).toMatch(/own ports/);
    expect(refusalOf('127.0.0.1', 5099, dev)).toBeNull();
    expect(refusalOf('::1', 5099, production)).toMatch(/loopback/);
  });

  it('checks every hop of a redirect, by the address the name resolves to', async () => {
    const names = async (host: string) => [{ address: host === 'internal.partner.example' ? '10.0.0.5' : '127.0.0.1', family: 4 }];
    routes['/to-internal'] = (_req, res) => res.writeHead(302, { location: `http://internal.partner.example:${port}/up` }).end();
    // Another host is refused before its address is even looked at; same-host hops go through the guard again.
    expect(await probe('/to-internal', { resolve: names })).toMatchObject({ up: false, failure: 'REDIRECT' });
  });
});
