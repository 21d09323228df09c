import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createLogger, httpBinding, serveSubgraphRoutes, signCaller } from '@marketplace/shared';
import { expectProblem } from '../../../../test/support/problem.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingServices } from '../services/billing-services.ts';
import { billingRoutes } from './billing-routes.ts';

// A webhook body larger than any Razorpay sends is refused before it is read whole or checked.
let server: Server;
let base = '';
const SECRET = 'x'.repeat(32);
/** What billing's services do when the store or a bug fails them: the message may carry anything. */
const services = {
  revenue: { payoutCsv: async () => { throw new Error(`query failed for rzp_live_key ${SECRET}`); } },
  invoices: { visible: async () => { throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' }); } },
} as unknown as BillingServices;
beforeAll(async () => {
  // Served as the subgraph's server serves its routes.
  const logger = createLogger('test', 'silent');
  const routes = serveSubgraphRoutes(billingRoutes(services, { internalSecret: SECRET, now: () => new Date(), logger }), logger);
  server = createServer((req, res) => void routes(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("billing's webhook route", () => {
  it('refuses a body past 1 MB as problem+json', async () => {
    const res = await fetch(`${base}/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1_000_001) });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'body', problems: [{ field: 'body' }] });
  });

  it('refuses a body that is not sent as JSON with 415 on content-type, before reading it or checking its signature', async () => {
    const res = await fetch(`${base}/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-razorpay-signature': 'sig' }, body: '{}' });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type', problems: [{ field: 'content-type' }] });
  });

  it('refuses a compressed body with 415 on content-encoding: the signature is over the bytes as sent, which are not the JSON', async () => {
    for (const coding of ['gzip', 'br', 'deflate, identity']) {
      const res = await fetch(`${base}/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': coding, 'x-razorpay-signature': 'sig' }, body: gzipSync('{}') });
      expect(res.status, coding).toBe(415);
      expect(await res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-encoding', problems: [{ field: 'content-encoding' }] });
    }
  });
});

describe("billing's document routes when their services fail", () => {
  const asAdmin = (path: string) => signCaller(SECRET, { userId: 'usr_admin', roles: ['admin'] }, httpBinding('GET', path));

  it('answers the payout CSV of a failed report as a 500 problem, not a 200 cut short, with no internals', async () => {
    const path = '/payout-report.csv?month=2026-11';
    const res = await fetch(`${base}${path}`, { headers: { ...asAdmin(path), 'x-request-id': 'req-csv-1' } });
    const body = await expectProblem(res, 500, 'INTERNAL');
    expect(body.requestId).toBe('req-csv-1');
    expect(JSON.stringify(body)).not.toMatch(/rzp_live_key|x{32}|query failed/);
  });

  it('answers an invoice PDF when the store does not answer as a 503 problem with Retry-After', async () => {
    const path = '/invoices/inv_1.pdf';
    const res = await fetch(`${base}${path}`, { headers: asAdmin(path) });
    expect(res.headers.get('retry-after')).toBe('1');
    const body = await expectProblem(res, 503, 'UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});

describe("billing's document routes answer HEAD as GET, and a second month is refused", () => {
  const PDF = Buffer.from('%PDF-1.7 test');
  const CSV = 'month,partner_id\n2026-11,usr_p\n';
  let other = '';
  let months: string[] = [];
  beforeAll(async () => {
    const logger = createLogger('test', 'silent');
    const working = {
      revenue: { payoutCsv: async (month: string) => (months.push(month), CSV) },
      invoices: { visible: async (_caller: unknown, id: string) => (id === 'inv_1' ? { number: 'INV/2026/1' } : null) },
      documents: { pdf: async () => ({ bytes: PDF }) },
    } as unknown as BillingServices;
    const routes = serveSubgraphRoutes(billingRoutes(working, { internalSecret: SECRET, now: () => new Date(), logger }), logger);
    const server = createServer((req, res) => void routes(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    other = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return () => new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const as = (method: string, path: string) => signCaller(SECRET, { userId: 'usr_admin', roles: ['admin'] }, httpBinding(method, path));
  const call = (method: string, path: string) => fetch(`${other}${path}`, { method, headers: as(method, path) });
  const headersOf = (res: Response) => Object.fromEntries(['content-type', 'content-length', 'content-disposition', 'cache-control'].map((h) => [h, res.headers.get(h)]));

  it('HEAD of a PDF and of the payout CSV: the status and headers of GET, no body', async () => {
    for (const [path, status] of [['/invoices/inv_1.pdf', 200], ['/payout-report.csv?month=2026-11', 200], ['/invoices/inv_2.pdf', 404]] as const) {
      const [get, head] = [await call('GET', path), await call('HEAD', path)];
      expect([get.status, head.status], path).toEqual([status, status]);
      expect(headersOf(head), path).toEqual(headersOf(get));
      expect(await head.text()).toBe('');
      expect((await get.arrayBuffer()).byteLength).toBe(Number(get.headers.get('content-length')));
    }
    const post = await fetch(`${other}/payout-report.csv`, { method: 'POST' });
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    await expectProblem(post, 405, 'METHOD_NOT_ALLOWED');
  });

  it('refuses month given twice (BAD_USER_INPUT on month) rather than using the first', async () => {
    months = [];
    const path = '/payout-report.csv?month=2026-11&month=2026-10';
    await expectProblem(await call('GET', path), 400, 'BAD_USER_INPUT', 'month');
    expect(months).toEqual([]);
  });
});
