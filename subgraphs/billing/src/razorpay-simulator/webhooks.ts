import type { Logger } from '@marketplace/shared';
import { randomIdBody, type RazorpayWebhookPayload } from './entities.ts';
import { webhookSignature } from './signatures.ts';
import type { DeliveryAttempt, SimulatorStore, StoredEvent } from './store.ts';

/** How a failed delivery (non-2xx, connection error or timeout) is retried: exponential backoff, bounded. */
export interface WebhookRetryPolicy {
  /** Deliveries tried per event before it is marked failed (≥ 1). */
  attempts: number;
  /** Wait before the second attempt; doubles each time. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A receiver slower than this counts as failed (Razorpay allows 5 s). */
  timeoutMs: number;
}

export const DEFAULT_WEBHOOK_RETRY: WebhookRetryPolicy = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000, timeoutMs: 5000 };

export interface DeliveryResult {
  eventId: string;
  event: string;
  ok: boolean;
  /** HTTP status of the receiver, or null when it could not be reached in time. */
  status: number | null;
  error?: string;
}

export type ReleaseOrder = 'recorded' | 'reverse' | string[];

export interface EventFilter {
  event?: string;
  subscriptionId?: string;
  paymentId?: string;
  state?: StoredEvent['state'];
}

/**
 * Posts webhook events the way Razorpay does: JSON body signed with the webhook secret
 * (`X-Razorpay-Signature`), `X-Razorpay-Event-Id` unique per event, at least once — retried with backoff on any
 * non-2xx answer, connection error or timeout. Body and signature are fixed when the event is recorded, so a
 * retry or redelivery is byte-identical and still carries the secret in force at the time (as after a rotation).
 *
 * First attempts go out in the order events were recorded; tests that need other orders hold deliveries and
 * release them in any order, or redeliver chosen events.
 */
export class WebhookDispatcher {
  private holding = false;
  private closed = false;
  private readonly running = new Set<Promise<void>>();
  private readonly timers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  /** Serialises first attempts so receivers see events in recorded order unless a test reorders them. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: SimulatorStore,
    private options: { url: string | null; secret: string; retry: WebhookRetryPolicy; logger: Logger },
  ) {}

  get url(): string | null {
    return this.options.url;
  }

  get retry(): WebhookRetryPolicy {
    return this.options.retry;
  }

  get held(): boolean {
    return this.holding;
  }

  /** Where new deliveries go; events recorded while no URL was set stay `unsent` until delivered explicitly. */
  setUrl(url: string | null): void {
    this.options = { ...this.options, url };
  }

  /** Signs events recorded from now on with `secret`; recorded ones keep the signature they were made with. */
  setSecret(secret: string): void {
    this.options = { ...this.options, secret };
  }

  setRetry(retry: Partial<WebhookRetryPolicy>): void {
    this.options = { ...this.options, retry: { ...this.options.retry, ...retry } };
  }

  /** Records an event and sends it (unless deliveries are held or no URL is configured). */
  record(payload: RazorpayWebhookPayload): StoredEvent {
    const body = JSON.stringify(payload);
    const stored: StoredEvent = {
      id: randomIdBody(),
      event: payload.event,
      created_at: payload.created_at,
      body,
      signature: webhookSignature(body, this.options.secret),
      state: this.holding ? 'held' : this.options.url ? 'pending' : 'unsent',
      attempts: [],
      subscription_id: this.subscriptionOf(payload),
      payment_id: payload.payload.payment?.entity.id ?? payload.payload.refund?.entity.payment_id ?? null,
    };
    this.store.events.push(stored);
    this.store.changed();
    if (stored.state === 'pending') void this.dispatch(stored);
    return stored;
  }

  /** The subscription an event concerns, also for payment and refund events (through the paid invoice). */
  private subscriptionOf({ payload }: RazorpayWebhookPayload): string | null {
    if (payload.subscription) return payload.subscription.entity.id;
    if (payload.invoice) return payload.invoice.entity.subscription_id;
    const invoiceId = payload.payment?.entity.invoice_id;
    return (invoiceId && this.store.invoices.get(invoiceId)?.subscription_id) || null;
  }

  events(filter: EventFilter = {}): StoredEvent[] {
    return this.store.events.filter(
      (e) =>
        (!filter.event || e.event === filter.event) &&
        (!filter.subscriptionId || e.subscription_id === filter.subscriptionId) &&
        (!filter.paymentId || e.payment_id === filter.paymentId) &&
        (!filter.state || e.state === filter.state),
    );
  }

  event(id: string): StoredEvent | undefined {
    return this.store.events.find((e) => e.id === id);
  }

  /** From now on, record events without sending them (state `held`) until `release`. */
  hold(): void {
    this.holding = true;
  }

  /**
   * Sends the held events one after another in the order asked — recorded, reversed, or the given event ids
   * first (then the rest as recorded) — and resumes normal delivery. Resolves with each first attempt's result.
   */
  async release(order: ReleaseOrder = 'recorded'): Promise<DeliveryResult[]> {
    this.holding = false;
    const held = this.store.events.filter((e) => e.state === 'held');
    let ordered: StoredEvent[];
    if (order === 'recorded') ordered = held;
    else if (order === 'reverse') ordered = [...held].reverse();
    else {
      const first = order.map((id) => held.find((e) => e.id === id)).filter((e): e is StoredEvent => e !== undefined);
      ordered = [...first, ...held.filter((e) => !first.includes(e))];
    }
    return this.deliverInOrder(ordered);
  }

  /**
   * Sends the given recorded events again, one after another in exactly this order, whatever their state —
   * the same id, body and signature, as a Razorpay redelivery. Unknown ids are skipped.
   */
  async deliver(eventIds: string[]): Promise<DeliveryResult[]> {
    const events = eventIds.map((id) => this.event(id)).filter((e): e is StoredEvent => e !== undefined);
    return this.deliverInOrder(events);
  }

  async redeliver(eventId: string): Promise<DeliveryResult | undefined> {
    const [result] = await this.deliver([eventId]);
    return result;
  }

  /** Resolves once no delivery is in flight or waiting for a retry. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Stops retrying; events still pending stay `pending` in the store and resume on the next start. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) {
      clearTimeout(t.timer);
      t.wake();
    }
    await this.settled();
  }

  /** Restarts deliveries that were pending when the state was saved. */
  resume(): void {
    for (const e of this.store.events) if (e.state === 'pending') void this.dispatch(e);
  }

  private async deliverInOrder(events: StoredEvent[]): Promise<DeliveryResult[]> {
    const results: DeliveryResult[] = [];
    for (const e of events) results.push(await this.dispatch(e));
    return results;
  }

  private dispatch(stored: StoredEvent): Promise<DeliveryResult> {
    stored.state = 'pending';
    let firstResult!: (r: DeliveryResult) => void;
    const first = new Promise<DeliveryResult>((resolve) => (firstResult = resolve));
    const previous = this.chain;
    this.chain = first;
    const run = (async () => {
      await previous;
      for (let attempt = 1; ; attempt++) {
        const result = await this.post(stored);
        if (attempt === 1) firstResult(result);
        if (result.ok) {
          stored.state = 'delivered';
          break;
        }
        if (!this.options.url) {
          stored.state = 'unsent';
          break;
        }
        if (attempt >= this.options.retry.attempts) {
          stored.state = 'failed';
          this.options.logger.warn({ eventId: stored.id, event: stored.event, attempts: attempt }, 'webhook delivery failed; giving up');
          break;
        }
        await this.sleep(Math.min(this.options.retry.baseDelayMs * 2 ** (attempt - 1), this.options.retry.maxDelayMs));
        if (this.closed) break;
      }
      this.store.changed();
    })();
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return first;
  }

  private async post(stored: StoredEvent): Promise<DeliveryResult> {
    const url = this.options.url;
    const base = { eventId: stored.id, event: stored.event };
    if (!url) return { ...base, ok: false, status: null, error: 'no webhook URL is configured' };
    const started = performance.now();
    let attempt: DeliveryAttempt;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Razorpay-Webhook/v1 (test-mode simulator)',
          'x-razorpay-signature': stored.signature,
          'x-razorpay-event-id': stored.id,
        },
        body: stored.body,
        signal: AbortSignal.timeout(this.options.retry.timeoutMs),
        redirect: 'manual',
      });
      await response.arrayBuffer();
      attempt = { at: new Date().toISOString(), status: response.status, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      attempt = {
        at: new Date().toISOString(),
        status: null,
        error: timedOut ? `no answer within ${this.options.retry.timeoutMs} ms` : 'connection failed',
        durationMs: Math.round(performance.now() - started),
      };
    }
    stored.attempts.push(attempt);
    this.store.changed();
    const ok = attempt.status !== null && attempt.status >= 200 && attempt.status < 300;
    this.options.logger.debug({ eventId: stored.id, event: stored.event, status: attempt.status }, 'webhook attempt');
    return { ...base, ok, status: attempt.status, ...(attempt.error ? { error: attempt.error } : {}) };
  }

  private sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        wake: resolve,
      };
      this.timers.add(entry);
    });
  }
}
