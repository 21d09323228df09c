import type { IncomingMessage } from 'node:http';
import { routeNotFound } from './errors.ts';
import { decodeSegment, readBody } from './http.ts';
import type { SimulatorCore } from './simulator-core.ts';
import type { Input } from './validate.ts';

/** One REST route of Razorpay's `/v1` API: method, path pattern, and what it does with the core. */
interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  pattern: RegExp;
  run: (core: SimulatorCore, ctx: { params: string[]; query: Input; body: () => Promise<unknown> }) => unknown;
}

const id = '([^/]+)';
const route = (method: ApiRoute['method'], path: string, run: ApiRoute['run']): ApiRoute => ({
  method,
  pattern: new RegExp(`^/v1${path.replace(/:id/g, id)}$`),
  run,
});

/** `expand[]=card` (as Razorpay documents it) or however a client nests it; the rest is the page query. */
function splitExpand(query: Input): { expandCard: boolean; rest: Input } {
  const rest: Input = {};
  let expandCard = false;
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('expand')) expandCard ||= JSON.stringify(value).includes('card');
    else rest[key] = value;
  }
  return { expandCard, rest };
}

/** Every `/v1` route the simulator serves: the subset of Razorpay's API that billing uses, on the same paths. */
const ROUTES: ApiRoute[] = [
  route('POST', '/plans', async (c, x) => c.createPlan(await x.body())),
  route('GET', '/plans', (c, x) => c.listPlans(x.query)),
  route('GET', '/plans/:id', (c, x) => c.fetchPlan(x.params[0]!)),

  route('POST', '/customers', async (c, x) => c.createCustomer(await x.body())),
  route('GET', '/customers', (c, x) => c.listCustomers(x.query)),
  route('GET', '/customers/:id', (c, x) => c.fetchCustomer(x.params[0]!)),
  route('PUT', '/customers/:id', async (c, x) => c.editCustomer(x.params[0]!, await x.body())),

  route('POST', '/subscriptions', async (c, x) => c.createSubscription(await x.body())),
  route('GET', '/subscriptions', (c, x) => c.listSubscriptions(x.query)),
  route('GET', '/subscriptions/:id', (c, x) => c.fetchSubscription(x.params[0]!)),
  route('PATCH', '/subscriptions/:id', async (c, x) => c.updateSubscription(x.params[0]!, await x.body())),
  route('POST', '/subscriptions/:id/cancel', async (c, x) => c.cancelSubscription(x.params[0]!, await x.body())),
  route('POST', '/subscriptions/:id/pause', async (c, x) => c.pauseSubscription(x.params[0]!, await x.body())),
  route('POST', '/subscriptions/:id/resume', async (c, x) => c.resumeSubscription(x.params[0]!, await x.body())),
  route('GET', '/subscriptions/:id/retrieve_scheduled_changes', (c, x) => c.scheduledChanges(x.params[0]!)),
  route('POST', '/subscriptions/:id/cancel_scheduled_changes', (c, x) => c.cancelScheduledChanges(x.params[0]!)),

  route('GET', '/invoices', (c, x) => c.listInvoices(x.query)),
  route('GET', '/invoices/:id', (c, x) => c.fetchInvoice(x.params[0]!)),

  route('GET', '/payments', (c, x) => c.listPayments(splitExpand(x.query).rest)),
  route('GET', '/payments/:id', (c, x) => c.fetchPayment(x.params[0]!, splitExpand(x.query).expandCard)),
  route('POST', '/payments/:id/refund', async (c, x) => c.refundPayment(x.params[0]!, await x.body())),
  route('GET', '/payments/:id/refunds', (c, x) => c.listRefunds(x.query, x.params[0]!)),
  route('GET', '/payments/:id/refunds/:id', (c, x) => c.fetchRefund(x.params[1]!, x.params[0]!)),
  route('GET', '/refunds', (c, x) => c.listRefunds(x.query)),
  route('GET', '/refunds/:id', (c, x) => c.fetchRefund(x.params[0]!)),
];

/** Runs the `/v1` route for this request; an unknown path or verb is Razorpay's 400 "URL was not found". */
export async function handleApi(core: SimulatorCore, req: IncomingMessage, url: URL, query: Input): Promise<unknown> {
  for (const r of ROUTES) {
    if (r.method !== req.method) continue;
    const match = r.pattern.exec(url.pathname);
    if (!match) continue;
    const params = match.slice(1).map(decodeSegment);
    return r.run(core, { params, query, body: () => readBody(req) });
  }
  throw routeNotFound();
}
