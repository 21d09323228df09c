import { type DomainError, InputError, malformedBody } from '@marketplace/shared';
import type { BillingDeps } from '../deps.ts';
import { WebhookEventRepository } from '../data/webhook-event.repository.ts';
import type { RzpRefund } from './razorpay-gateway.ts';
import type { SubscriptionSync } from './subscription-sync.ts';

/** How a webhook delivery was answered: acknowledged (200), or refused with the error the transport sends as problem+json. */
export type WebhookAnswer = { status: 200; body: { ok: true; outcome: 'processed' | 'replayed' | 'ignored' } } | { status: 400; refusal: DomainError };

type Entity = Record<string, unknown> & { id?: string };
interface RazorpayEvent {
  event?: string;
  payload?: Record<string, { entity?: Entity } | undefined>;
}

/**
 * An id as Razorpay writes them (`sub_…`, `pay_…`, `rfnd_…`: letters, digits, underscores, well under 64); anything
 * else names nothing billing knows, and is never used as a key (DynamoDB refuses a 10 000-character one as an error).
 */
function isRazorpayId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(value);
}

/**
 * Owns Razorpay's webhooks. The signature is checked on the raw body before anything else is read (constant
 * time, current and previous secret); a bad one is refused (400) with nothing stored. Each `X-Razorpay-Event-Id`
 * takes effect once: a replay is acknowledged and changes nothing. Events are not trusted for ordering: a
 * subscription event makes the subscription converge on what Razorpay says now, so events arriving in any order
 * end in the same state, and payments and refunds are booked once each by their own ids.
 */
export class WebhookService {
  private readonly events: WebhookEventRepository;

  constructor(
    private readonly deps: BillingDeps,
    private readonly sync: SubscriptionSync,
  ) {
    this.events = new WebhookEventRepository(deps.db, deps.table);
  }

  async receive(rawBody: Buffer, headers: { signature?: string; eventId?: string }): Promise<WebhookAnswer> {
    if (!headers.signature || !this.deps.razorpay.webhookSignatureValid(rawBody, headers.signature)) {
      this.deps.logger.warn({ eventId: headers.eventId?.slice(0, 64) }, 'refused a webhook with a bad signature');
      return { status: 400, refusal: new InputError('X-Razorpay-Signature', 'The X-Razorpay-Signature header does not match the body.') };
    }
    const eventId = headers.eventId;
    if (!eventId || !/^[A-Za-z0-9_-]{1,100}$/.test(eventId)) {
      return { status: 400, refusal: new InputError('X-Razorpay-Event-Id', 'The X-Razorpay-Event-Id header is missing or malformed.') };
    }
    let event: RazorpayEvent;
    try {
      event = JSON.parse(rawBody.toString('utf8')) as RazorpayEvent;
    } catch {
      return { status: 400, refusal: malformedBody() };
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event)) {
      return { status: 400, refusal: malformedBody('The request body is not a JSON object (a Razorpay event).') };
    }
    if (await this.events.seen(eventId)) {
      this.deps.logger.info({ eventId, event: event.event }, 'webhook replayed: acknowledged, no change');
      return { status: 200, body: { ok: true, outcome: 'replayed' } };
    }
    const handled = await this.dispatch(event);
    await this.events.record(eventId, String(event.event), this.deps.clock.now());
    return { status: 200, body: { ok: true, outcome: handled ? 'processed' : 'ignored' } };
  }

  /** True when the event concerned billing; unknown events are logged and acknowledged. */
  private async dispatch(event: RazorpayEvent): Promise<boolean> {
    const name = String(event.event ?? '');
    const entity = (kind: string) => event.payload?.[kind]?.entity;
    const payment = entity('payment');
    if (name.startsWith('subscription.')) {
      const razorpayId = entity('subscription')?.id;
      const sub = isRazorpayId(razorpayId) ? await this.sync.subscriptions.byRazorpayId(razorpayId) : null;
      if (!sub) {
        this.deps.logger.warn({ event: name }, 'webhook for a subscription billing does not know: acknowledged');
        return false;
      }
      await this.sync.sync(sub.id, `webhook ${name}`);
      if (payment?.status === 'captured' && isRazorpayId(payment.id)) await this.sync.bookPayment(payment.id);
      return true;
    }
    if (name === 'payment.captured' || name === 'invoice.paid') {
      if (!isRazorpayId(payment?.id)) return false;
      return (await this.sync.bookPayment(payment.id)) !== null;
    }
    if (name === 'payment.failed') {
      // The subscription's own event (pending, halted) carries the change; nothing to book.
      return true;
    }
    if (name === 'refund.created' || name === 'refund.processed') {
      const refund = entity('refund');
      if (!isRazorpayId(refund?.id)) return false;
      return (await this.sync.bookRefund(refund as unknown as RzpRefund)) !== null;
    }
    this.deps.logger.info({ event: name }, 'unhandled Razorpay event: acknowledged');
    return false;
  }
}
