import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createLogger, systemClock } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingProxy } from './billing-proxy.ts';

// The gateway's /billing/… proxy: a webhook's bytes reach billing untouched, and a body past the limit is refused
// before billing sees it.
const received: { method: string; body: Buffer; signature: string | undefined }[] = [];
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
      received.push({ method: req.method!, body: await bodyOf(req), signature: req.headers['x-razorpay-signature'] as string | undefined });
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
    expect(received.at(-1)).toEqual({ method: 'POST', body, signature: 'sig' });
  });

  it('refuses a body past the limit as problem+json, without passing it on', async () => {
    const before = received.length;
    const res = await fetch(`${gateway}/billing/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1001) });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is larger than 1000 bytes.' });
    expect(received.length).toBe(before);
  });
});
