import type { IncomingMessage } from 'node:http';
import { invalidInput, RazorpayError, routeNotFound } from './errors.ts';
import { decodeSegment, readBody } from './http.ts';
import type { ChargeResult, SimulatorCore } from './simulator-core.ts';
import type { StoredEvent } from './store.ts';
import { SUCCESS_CARD } from './test-cards.ts';
import type { SimulatorClock } from './time.ts';
import { asInput, oneOf, onlyKeys, optionalInt, optionalString } from './validate.ts';
import type { ReleaseOrder, WebhookDispatcher } from './webhooks.ts';

/**
 * Time and life-cycle controls under `/_simulator/…` — not Razorpay's API, the simulator's own (same Basic
 * auth). They call the same rules as the REST routes; see README.md for the list.
 */

/** What the controls drive: the simulator's parts and its test helpers (`RazorpaySimulator` implements it). */
export interface SimulatorControls {
  readonly core: SimulatorCore;
  readonly clock: SimulatorClock;
  readonly webhooks: WebhookDispatcher;
  chargeNextCycle(subscriptionId: string, outcome?: 'success' | 'failure'): ChargeResult;
  failNextCharges(subscriptionId: string, count?: number): ReturnType<SimulatorCore['failNextCharges']>;
  payPending(subscriptionId: string): ChargeResult;
  advanceClock(ms: number): ChargeResult[];
  runDue(): ChargeResult[];
  setWebhookSecret(secret: string): void;
  reset(): void;
}

const MAX_ADVANCE_DAYS = 3660;

function eventView(e: StoredEvent) {
  return {
    id: e.id,
    event: e.event,
    created_at: e.created_at,
    state: e.state,
    attempts: e.attempts,
    subscription_id: e.subscription_id,
    payment_id: e.payment_id,
    payload: JSON.parse(e.body) as unknown,
  };
}

function eventIds(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw invalidInput(`The ${field} must be an array of event ids.`, field);
  return value as string[];
}

function webhookSettings(sim: SimulatorControls) {
  return { url: sim.webhooks.url, held: sim.webhooks.held, retry: sim.webhooks.retry };
}

/** `GET /_simulator`: what the controls are, for a human with curl. */
const CONTROLS = [
  'POST /_simulator/subscriptions/:id/authenticate {card_number?, name?, email?, contact?}',
  'POST /_simulator/subscriptions/:id/charge {outcome?: "success" | "failure"}',
  'POST /_simulator/subscriptions/:id/fail-next-charges {count?}',
  'POST /_simulator/subscriptions/:id/pay-pending',
  'POST /_simulator/payments/:id/refund {amount?}',
  'GET  /_simulator/clock',
  'POST /_simulator/clock/advance {days?, hours?, seconds?}',
  'POST /_simulator/run-due',
  'GET  /_simulator/events?event=&subscription_id=&payment_id=&state=',
  'POST /_simulator/events/:event_id/redeliver',
  'GET  /_simulator/webhooks',
  'PUT  /_simulator/webhooks {url?, secret?}',
  'POST /_simulator/webhooks/hold',
  'POST /_simulator/webhooks/release {order?: "recorded" | "reverse", event_ids?}',
  'POST /_simulator/webhooks/deliver {event_ids}',
  'POST /_simulator/reset',
];

export async function handleControl(sim: SimulatorControls, req: IncomingMessage, url: URL): Promise<unknown> {
  const path = url.pathname.replace(/\/+$/, '');
  const method = req.method;
  const body = async () => asInput(method === 'GET' ? {} : await readBody(req));
  if (path === '/_simulator' && method === 'GET') return { simulator: 'Razorpay test mode', controls: CONTROLS };
  const sub = /^\/_simulator\/subscriptions\/([^/]+)\/([a-z-]+)$/.exec(path);
  if (sub && method === 'POST') {
    const id = decodeSegment(sub[1]!);
    const input = await body();
    switch (sub[2]) {
      case 'authenticate': {
        onlyKeys(input, ['card_number', 'name', 'email', 'contact']);
        const result = sim.core.checkout(id, {
          cardNumber: optionalString(input, 'card_number') ?? SUCCESS_CARD,
          name: optionalString(input, 'name'),
          email: optionalString(input, 'email'),
          contact: optionalString(input, 'contact'),
        });
        if (!result.ok) throw new RazorpayError(400, { error: result.error });
        return { ...result.response, subscription: result.subscription, payment: result.payment };
      }
      case 'charge': {
        onlyKeys(input, ['outcome']);
        const outcome = oneOf(input, 'outcome', ['success', 'failure'] as const);
        return sim.chargeNextCycle(id, outcome);
      }
      case 'fail-next-charges': {
        onlyKeys(input, ['count']);
        const count = optionalInt(input, 'count', 'count', { min: 0, max: 100 }) ?? 1;
        return { subscription: sim.failNextCharges(id, count), failing_charges: count };
      }
      case 'pay-pending':
        onlyKeys(input, []);
        return sim.payPending(id);
    }
  }
  const refund = /^\/_simulator\/payments\/([^/]+)\/refund$/.exec(path);
  if (refund && method === 'POST') return sim.core.refundPayment(decodeSegment(refund[1]!), await body());

  if (path === '/_simulator/clock' && method === 'GET') {
    return { now: sim.clock.now().toISOString(), now_unix: sim.clock.seconds(), offset_seconds: Math.round(sim.clock.offset / 1000) };
  }
  if (path === '/_simulator/clock/advance' && method === 'POST') {
    const input = await body();
    onlyKeys(input, ['days', 'hours', 'seconds']);
    const days = optionalInt(input, 'days', 'days', { min: 0, max: MAX_ADVANCE_DAYS }) ?? 0;
    const hours = optionalInt(input, 'hours', 'hours', { min: 0, max: MAX_ADVANCE_DAYS * 24 }) ?? 0;
    const seconds = optionalInt(input, 'seconds', 'seconds', { min: 0, max: MAX_ADVANCE_DAYS * 86_400 }) ?? 0;
    const due = sim.advanceClock(((days * 24 + hours) * 3600 + seconds) * 1000);
    return { now: sim.clock.now().toISOString(), now_unix: sim.clock.seconds(), due };
  }
  if (path === '/_simulator/run-due' && method === 'POST') return { due: sim.runDue() };

  if (path === '/_simulator/events' && method === 'GET') {
    const q = Object.fromEntries(url.searchParams);
    const states = ['unsent', 'held', 'pending', 'delivered', 'failed'] as const;
    const items = sim.webhooks
      .events({ event: q.event, subscriptionId: q.subscription_id, paymentId: q.payment_id, state: oneOf(q, 'state', states) })
      .map(eventView);
    return { entity: 'collection', count: items.length, items };
  }
  const redeliver = /^\/_simulator\/events\/([^/]+)\/redeliver$/.exec(path);
  if (redeliver && method === 'POST') {
    const result = await sim.webhooks.redeliver(decodeSegment(redeliver[1]!));
    if (!result) throw invalidInput('The id provided does not exist', 'event_id');
    return result;
  }
  if (path === '/_simulator/webhooks' && method === 'GET') return webhookSettings(sim);
  if (path === '/_simulator/webhooks' && method === 'PUT') {
    const input = await body();
    onlyKeys(input, ['url', 'secret']);
    if (input.url !== undefined) {
      const target = input.url === null ? null : optionalString(input, 'url');
      if (target && !/^https?:\/\//.test(target)) throw invalidInput('The url must be an http(s) URL.', 'url');
      sim.webhooks.setUrl(target ?? null);
    }
    const secret = optionalString(input, 'secret', 'secret', { min: 8, max: 200 });
    if (secret !== undefined) sim.setWebhookSecret(secret);
    return webhookSettings(sim);
  }
  if (path === '/_simulator/webhooks/hold' && method === 'POST') {
    sim.webhooks.hold();
    return webhookSettings(sim);
  }
  if (path === '/_simulator/webhooks/release' && method === 'POST') {
    const input = await body();
    onlyKeys(input, ['order', 'event_ids']);
    const order: ReleaseOrder = input.event_ids !== undefined ? eventIds(input.event_ids, 'event_ids') : (oneOf(input, 'order', ['recorded', 'reverse'] as const) ?? 'recorded');
    return { results: await sim.webhooks.release(order) };
  }
  if (path === '/_simulator/webhooks/deliver' && method === 'POST') {
    const input = await body();
    onlyKeys(input, ['event_ids']);
    return { results: await sim.webhooks.deliver(eventIds(input.event_ids, 'event_ids')) };
  }
  if (path === '/_simulator/reset' && method === 'POST') {
    sim.reset();
    return { reset: true };
  }
  throw routeNotFound();
}
