import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { createLogger, systemClock } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingProxy } from './billing-proxy.ts';

// The gateway's /billing/… proxy: a webhook's bytes reach billing untouched, and a body past the limit is refused
// before billing sees it.
const received: { method: string; body: Buffer; signature: string | undefined; requestId?: string | undefined }[] = [];
/** What billing answers when a route of its fails: problem+json from its server, which the gateway passes on as it is. */
const FAILED = JSON.stringify({ type: '/docs/errors#unavailable', title: 'Temporarily unavailable', status: 503, detail: 'The data store did not answer in time; retry shortly.', code: 'UNAVAILABLE', requestId: 'req-from-caller', retryAfterSeconds: 1 });
const servers: Server[] = [];
let gateway = '';

const listen = async (server: Server) => {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

beforeAll(async () => {
  const billing = await listen(
    createServer(async (req, res) => {
      const body = await bodyOf(req);
      received.push({ method: req.method!, body, signature: req.headers['x-razorpay-signature'] as string | undefined, requestId: req.headers['x-request-id'] as string | undefined });
      if (body.toString() === 'fail') {
        return void res.writeHead(503, { 'content-type': 'application/problem+json', 'x-request-id': String(req.headers['x-request-id']), 'retry-after': '1' }).end(FAILED);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    }),
  );
  const app = express();
  app.use(
    '/billing',
    billingProxy(billing, {
      internalSecret: 'x'.repeat(32),
      clock: systemClock,
      logger: createLogger('test', 'silent'),
      maxBodyBytes: 1000,
      verifyToken: async () => null,
      sessionStatus: async () => ({ active: false, roles: [] }),
      fingerprintSecret: 'y'.repeat(32),
      trustProxyHops: 0,
    }),
  );
  gateway = await listen(createServer(app));
});
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

describe('the billing proxy', () => {
  it("passes a webhook's raw bytes and signature on to billing", async () => {
    const body = Buffer.from('{"event":"payment.captured","amount":  118000}\n');
    const res = await fetch(`${gateway}/billing/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-razorpay-signature': 'sig' }, body });
    expect([res.status, await res.text()]).toEqual([200, '{"ok":true}']);
    expect(received.at(-1)).toEqual({ method: 'POST', body, signature: 'sig', requestId: undefined });
  });

  it("passes billing's problem+json on unchanged, under the caller's request id", async () => {
    const res = await fetch(`${gateway}/billing/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-from-caller' }, body: 'fail' });
    expect(received.at(-1)?.requestId).toBe('req-from-caller');
    expect({ status: res.status, type: res.headers.get('content-type'), id: res.headers.get('x-request-id'), retry: res.headers.get('retry-after') }).toEqual({
      status: 503,
      type: 'application/problem+json',
      id: 'req-from-caller',
      retry: '1',
    });
    expect(await res.text()).toBe(FAILED);
  });

  it("answers a path of billing's that names no route with a 404 problem, never the web app's page", async () => {
    const before = received.length;
    for (const path of ['/billing/invoices/inv_1', '/billing/invoices/inv_1.PDF', '/billing/invoices', '/billing/payout-report', '/billing/webhooks/stripe']) {
      for (const accept of ['*/*', 'text/html', 'application/json']) {
        const res = await fetch(`${gateway}${path}`, { headers: { accept } });
        expect([res.status, res.headers.get('content-type')], `${path} ${accept}`).toEqual([404, 'application/problem+json']);
        expect(await res.json()).toMatchObject({ code: 'NOT_FOUND', detail: `There is no GET ${path} here.` });
      }
    }
    expect(received.length).toBe(before);
    // The web app's own pages under /billing are left to it.
    const page = await fetch(`${gateway}/billing/checkout/return`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toBe('application/problem+json');
  });

  it('refuses a body past the limit as problem+json, without passing it on', async () => {
    const before = received.length;
    const res = await fetch(`${gateway}/billing/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1001) });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is larger than 1000 bytes.', field: 'body', problems: [{ field: 'body' }] });
    expect(received.length).toBe(before);
  });

  it('refuses a compressed body with 415 on content-encoding, as billing would, without passing it on', async () => {
    const before = received.length;
    const res = await fetch(`${gateway}/billing/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync('{"event":"payment.captured"}') });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-encoding', problems: [{ field: 'content-encoding' }] });
    expect(received.length).toBe(before);
    const plain = await fetch(`${gateway}/billing/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'identity' }, body: '{}' });
    expect(plain.status).toBe(200);
  });
});
