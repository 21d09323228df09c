import { createHmac, timingSafeEqual } from 'node:crypto';
import Razorpay from 'razorpay';
import { validatePaymentVerification } from 'razorpay/dist/utils/razorpay-utils.js';
import type { RazorpaySettings } from '../config.ts';

/** The parts of Razorpay's entities billing reads (times are unix seconds, amounts paise). */
export interface RzpSubscription {
  id: string;
  status: string;
  plan_id: string;
  current_start: number | null;
  current_end: number | null;
  charge_at: number | null;
  start_at: number | null;
  ended_at: number | null;
  paid_count: number;
  /** A change made with `schedule_change_at: cycle_end` waits for the cycle starting at `change_scheduled_at`. */
  has_scheduled_changes?: boolean;
  change_scheduled_at?: number | null;
  /** The Razorpay customer Checkout created or found for the payer; null until the first payment is authorised. */
  customer_id?: string | null;
  short_url: string | null;
  notes: Record<string, string | number> | unknown[];
  created_at: number;
}

export interface RzpPayment {
  id: string;
  amount: number;
  status: string;
  invoice_id: string | null;
  amount_refunded?: number;
  created_at: number;
}

export interface RzpInvoice {
  id: string;
  subscription_id: string | null;
  billing_start: number | null;
  billing_end: number | null;
  amount: number;
}

export interface RzpRefund {
  id: string;
  payment_id: string;
  amount: number;
  /** What the refund was created with (Razorpay sends none as `[]`); an admin's refund carries its `reason`. */
  notes?: Record<string, string | number> | unknown[];
  created_at: number;
}

export interface NewSubscription {
  planId: string;
  /** Our subscription id, kept in the notes: how a retried request finds what an earlier attempt created. */
  intentId: string;
  /** A later first charge (a downgrade starts at the old period's end); absent: charged at checkout. */
  startAt?: Date;
  /** Charged at checkout on top (the prorated upgrade). */
  upfront?: { name: string; amountPaise: number };
}

/**
 * Billing's port to Razorpay: the calls it makes and the two signature checks. In production and in tests the
 * official SDK (pointed at the test-mode simulator when `apiUrl` is set); signatures are checked locally.
 */
export interface RazorpayGateway {
  readonly keyId: string;
  /** Test keys or the simulator: no real money moves. */
  readonly testMode: boolean;
  createPlan(plan: { name: string; description: string; amountPaise: number }): Promise<string>;
  createSubscription(input: NewSubscription): Promise<RzpSubscription>;
  /** The subscription of `planId` created for our `intentId` (the newest 100 of the plan are searched), or null. */
  findSubscriptionOfIntent(planId: string, intentId: string): Promise<RzpSubscription | null>;
  fetchSubscription(id: string): Promise<RzpSubscription>;
  cancelSubscription(id: string, atCycleEnd: boolean): Promise<RzpSubscription>;
  /** Moves an active subscription to `planId` from its next cycle (a price change taking effect at renewal). */
  changePlanAtCycleEnd(id: string, planId: string): Promise<RzpSubscription>;
  /**
   * Drops the plan change waiting for the subscription's next cycle (`POST …/cancel_scheduled_changes`), when one is
   * waiting: asked again, or after the cycle took it, it changes nothing. The subscription as Razorpay has it then.
   */
  cancelScheduledChange(id: string): Promise<RzpSubscription>;
  fetchPayment(id: string): Promise<RzpPayment>;
  fetchInvoice(id: string): Promise<RzpInvoice>;
  refund(paymentId: string, amountPaise: number, notes: Record<string, string>): Promise<RzpRefund>;
  /** Replaces a customer's name, email and contact (`PUT /customers/:id`). */
  editCustomer(customerId: string, fields: { name: string; email: string; contact: string }): Promise<void>;
  /** Checkout's `razorpay_signature` for a subscription payment (the SDK's `validatePaymentVerification`). */
  paymentSignatureValid(subscriptionId: string, paymentId: string, signature: string): boolean;
  /** `X-Razorpay-Signature` over the raw body, against the current and (during a rotation) the previous secret. */
  webhookSignatureValid(rawBody: Buffer, signature: string): boolean;
}

/** Total cycles of a subscription: Razorpay needs a count; ten years of months is "until cancelled". */
const TOTAL_CYCLES = 120;
const HEX_SHA256 = /^[0-9a-f]{64}$/;

/**
 * True when `signature` is the hex HMAC-SHA256 of `rawBody` under one of `secrets`. The same computation as the
 * SDK's `validateWebhookSignature`, but compared in constant time (the SDK compares strings with `===`), and
 * every secret is tried so the time does not tell which one matched.
 */
export function webhookSignatureMatches(rawBody: Buffer, signature: string, secrets: readonly string[]): boolean {
  if (!HEX_SHA256.test(signature)) return false;
  const given = Buffer.from(signature, 'hex');
  let matched = false;
  for (const secret of secrets) {
    const expected = createHmac('sha256', secret).update(rawBody).digest();
    matched = timingSafeEqual(expected, given) || matched;
  }
  return matched;
}

/**
 * Points an official SDK client at another base URL (the simulator). razorpay-node 2.9 hard-codes its API host;
 * its requests go through one axios instance whose `baseURL` can be replaced.
 */
export function pointRazorpayAt(client: Razorpay, baseUrl: string): Razorpay {
  const api = client.api as unknown as { rq?: { defaults: { baseURL?: string } } };
  if (!api.rq?.defaults) throw new Error('This razorpay SDK version keeps no axios instance at api.rq; pin razorpay 2.9.x.');
  api.rq.defaults.baseURL = baseUrl;
  return client;
}

/** The gateway over the official SDK. */
export function createRazorpayGateway(settings: RazorpaySettings): RazorpayGateway {
  const client = new Razorpay({ key_id: settings.keyId, key_secret: settings.keySecret });
  if (settings.apiUrl) pointRazorpayAt(client, settings.apiUrl);
  const sdk = client as unknown as {
    plans: { create(body: unknown): Promise<{ id: string }> };
    subscriptions: {
      create(body: unknown): Promise<RzpSubscription>;
      all(query: unknown): Promise<{ items: RzpSubscription[] }>;
      fetch(id: string): Promise<RzpSubscription>;
      cancel(id: string, atCycleEnd: boolean): Promise<RzpSubscription>;
      update(id: string, body: unknown): Promise<RzpSubscription>;
      cancelScheduledChanges(id: string): Promise<RzpSubscription>;
    };
    payments: { fetch(id: string): Promise<RzpPayment>; refund(id: string, body: unknown): Promise<RzpRefund> };
    invoices: { fetch(id: string): Promise<RzpInvoice> };
    customers: { edit(id: string, body: unknown): Promise<unknown> };
  };
  return {
    keyId: settings.keyId,
    testMode: settings.simulator || settings.keyId.startsWith('rzp_test_'),
    async createPlan(plan) {
      const created = await sdk.plans.create({
        period: 'monthly',
        interval: 1,
        item: { name: plan.name, amount: plan.amountPaise, currency: 'INR', description: plan.description },
      });
      return created.id;
    },
    createSubscription(input) {
      return sdk.subscriptions.create({
        plan_id: input.planId,
        total_count: TOTAL_CYCLES,
        quantity: 1,
        customer_notify: false,
        notes: { intent_id: input.intentId },
        ...(input.startAt ? { start_at: Math.floor(input.startAt.getTime() / 1000) } : {}),
        ...(input.upfront ? { addons: [{ item: { name: input.upfront.name, amount: input.upfront.amountPaise, currency: 'INR' } }] } : {}),
      });
    },
    async findSubscriptionOfIntent(planId, intentId) {
      const page = await sdk.subscriptions.all({ plan_id: planId, count: 100 });
      return page.items.find((s) => !Array.isArray(s.notes) && s.notes.intent_id === intentId) ?? null;
    },
    fetchSubscription: (id) => sdk.subscriptions.fetch(id),
    cancelSubscription: (id, atCycleEnd) => sdk.subscriptions.cancel(id, atCycleEnd),
    changePlanAtCycleEnd: (id, planId) => sdk.subscriptions.update(id, { plan_id: planId, schedule_change_at: 'cycle_end', customer_notify: false }),
    async cancelScheduledChange(id) {
      // Razorpay refuses to cancel when nothing is scheduled: asked only when its subscription says something is.
      const sub = await sdk.subscriptions.fetch(id);
      return sub.has_scheduled_changes ? sdk.subscriptions.cancelScheduledChanges(id) : sub;
    },
    fetchPayment: (id) => sdk.payments.fetch(id),
    fetchInvoice: (id) => sdk.invoices.fetch(id),
    refund: (paymentId, amountPaise, notes) => sdk.payments.refund(paymentId, { amount: amountPaise, speed: 'normal', notes }),
    async editCustomer(customerId, fields) {
      await sdk.customers.edit(customerId, fields);
    },
    paymentSignatureValid(subscriptionId, paymentId, signature) {
      return validatePaymentVerification({ subscription_id: subscriptionId, payment_id: paymentId }, signature, settings.keySecret);
    },
    webhookSignatureValid: (rawBody, signature) => webhookSignatureMatches(rawBody, signature, settings.webhookSecrets),
  };
}
