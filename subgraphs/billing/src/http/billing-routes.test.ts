import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingServices } from '../services/billing-services.ts';
import { billingRoutes } from './billing-routes.ts';

// A webhook body larger than any Razorpay sends is refused before it is read whole or checked.
let server: Server;
let base = '';
beforeAll(async () => {
  const routes = billingRoutes({} as BillingServices, { internalSecret: 'x'.repeat(32), now: () => new Date(), logger: createLogger('test', 'silent') });
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
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
