import {
  type IdPrefix,
  isRazorpayId,
  type Notes,
  type PlanPeriod,
  type RazorpayCard,
  type RazorpayCollection,
  type RazorpayCustomer,
  type RazorpayInvoice,
  razorpayId,
  type RazorpayLineItem,
  type RazorpayOrder,
  type RazorpayPayment,
  type RazorpayPlan,
  type RazorpayRefund,
  type RazorpaySubscription,
  type RazorpayWebhookPayload,
  type SubscriptionStatus,
  type WebhookEventName,
} from './entities.ts';
import { invalidInput, malformedId, notAllowed, type RazorpayErrorBody, unknownId } from './errors.ts';
import { checkoutSignature } from './signatures.ts';
import type { PaymentRecord, SimulatorStore, SubscriptionRecord } from './store.ts';
import { type CardFailure, findTestCard, INVALID_CARD, RENEWAL_FAILURE, type TestCard } from './test-cards.ts';
import { addCycles, RETRY_INTERVAL_SECONDS, type SimulatorClock } from './time.ts';
import {
  asInput,
  type Input,
  oneOf,
  onlyKeys,
  optionalBoolean,
  optionalInt,
  optionalString,
  readNotes,
  requiredInt,
  requiredString,
} from './validate.ts';
import type { WebhookDispatcher } from './webhooks.ts';

export interface SimulatorCoreOptions {
  store: SimulatorStore;
  clock: SimulatorClock;
  webhooks: WebhookDispatcher;
  keySecret: string;
  /** Base URL browsers reach the simulator at (short_url links to its checkout page). */
  publicUrl: () => string;
  /** Failed charge attempts (first + retries) after which a pending subscription halts; Razorpay: 4 (T+0…T+3). */
  haltAfterAttempts: number;
}

/** Who pays at the checkout stand-in, and with which card. */
export interface CheckoutPayer {
  cardNumber?: string;
  name?: string;
  email?: string;
  contact?: string;
}

/** What Razorpay Checkout hands back on success (to the handler or, as form fields, to the callback URL). */
export interface CheckoutResponse {
  razorpay_payment_id: string;
  razorpay_subscription_id: string;
  razorpay_signature: string;
}

export type CheckoutResult =
  | { ok: true; response: CheckoutResponse; subscription: RazorpaySubscription; payment: RazorpayPayment }
  | { ok: false; error: RazorpayErrorBody['error'] };

/** What the checkout page shows: the subscription, its plan, and what paying now charges and why. */
export interface CheckoutView {
  subscription: RazorpaySubscription;
  plan: RazorpayPlan;
  due: 'first-cycle' | 'upfront' | 'token' | 'outstanding' | 'nothing';
  dueAmount: number;
}

/** What one charge attempt did; `payment` is null when no card was charged (halted cycle, cancel at cycle end). */
export interface ChargeResult {
  subscription: RazorpaySubscription;
  invoice: RazorpayInvoice | null;
  payment: RazorpayPayment | null;
  outcome: 'charged' | 'failed' | 'invoiced' | 'cancelled';
}

const PERIODS: readonly PlanPeriod[] = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];
const BILLABLE: readonly SubscriptionStatus[] = ['authenticated', 'active', 'pending', 'halted'];
const MINIMUM_AMOUNT = 100;
/** Card subscriptions with a future start are authorised with a token amount that is refunded at once. */
const TOKEN_AMOUNT = 500;
const MAX_YEARS = 100;
const DEFAULT_PAYER = { name: 'Gaurav Kumar', email: 'gaurav.kumar@example.com', contact: '+919000090000' };

const clone = <T>(value: T): T => structuredClone(value);
const declined = (f: CardFailure): CheckoutResult => ({
  ok: false,
  error: { code: 'BAD_REQUEST_ERROR', description: f.description, source: f.source, step: f.step, reason: f.reason, metadata: {}, field: null },
});
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/**
 * Owns the rules of the simulated Razorpay test-mode account: validation of every API call, the subscription
 * life cycle (created → authenticated → active → pending → halted; paused, cancelled, completed, expired),
 * invoices, payments, refunds, and the webhook events each change emits. Transports (REST, checkout page,
 * controls) call these methods and never change state themselves.
 */
export class SimulatorCore {
  constructor(private readonly o: SimulatorCoreOptions) {}

  private get store() {
    return this.o.store;
  }

  private now(): number {
    return this.o.clock.seconds();
  }

  // ----- lookups ------------------------------------------------------------------------------------------

  private find<T>(map: Map<string, T>, prefix: IdPrefix, id: string, field: string | null): T {
    if (!isRazorpayId(prefix, id)) throw malformedId(id, prefix, field);
    const found = map.get(id);
    if (!found) throw unknownId(field);
    return found;
  }

  private planOf(id: string, field: string | null = null): RazorpayPlan {
    return this.find(this.store.plans, 'plan', id, field);
  }

  private customerOf(id: string, field: string | null = null): RazorpayCustomer {
    return this.find(this.store.customers, 'cust', id, field);
  }

  private subscriptionOf(id: string): SubscriptionRecord {
    return this.find(this.store.subscriptions, 'sub', id, null);
  }

  private paymentOf(id: string): PaymentRecord {
    return this.find(this.store.payments, 'pay', id, null);
  }

  // ----- plans --------------------------------------------------------------------------------------------

  createPlan(body: unknown): RazorpayPlan {
    const input = asInput(body);
    onlyKeys(input, ['period', 'interval', 'item', 'notes']);
    const period = oneOf(input, 'period', PERIODS);
    if (!period) throw invalidInput('The period field is required.', 'period');
    const interval = requiredInt(input, 'interval', 'interval', { min: 1, max: 4000 });
    if (period === 'daily' && interval < 7) throw invalidInput('The interval must be at least 7 for daily plans.', 'interval');
    if (input.item === undefined) throw invalidInput('The item field is required.', 'item');
    const item = asInput(input.item, 'item');
    onlyKeys(item, ['name', 'amount', 'currency', 'description'], 'item.');
    const name = requiredString(item, 'name', 'item.name', { max: 255 });
    const amount = this.amount(item, 'amount', 'item.amount', true);
    const currency = this.currency(item, 'item.currency');
    const description = optionalString(item, 'description', 'item.description', { max: 2048 }) ?? null;
    const notes = readNotes(input) ?? [];
    const now = this.now();
    const plan: RazorpayPlan = {
      id: razorpayId('plan'),
      entity: 'plan',
      interval,
      period,
      item: {
        id: razorpayId('item'),
        active: true,
        name,
        description,
        amount,
        unit_amount: amount,
        currency,
        type: 'plan',
        unit: null,
        tax_inclusive: false,
        hsn_code: null,
        sac_code: null,
        tax_rate: null,
        tax_id: null,
        tax_group_id: null,
        created_at: now,
        updated_at: now,
      },
      notes,
      created_at: now,
    };
    this.store.plans.set(plan.id, plan);
    this.store.changed();
    return clone(plan);
  }

  fetchPlan(id: string): RazorpayPlan {
    return clone(this.planOf(id));
  }

  listPlans(query: Input): RazorpayCollection<RazorpayPlan> {
    return this.page([...this.store.plans.values()], query);
  }

  // ----- customers ----------------------------------------------------------------------------------------

  private customerFields(input: Input) {
    const name = optionalString(input, 'name', 'name', { min: 3, max: 50 });
    const email = optionalString(input, 'email', 'email', { max: 64 });
    if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw invalidInput('The email must be a valid email address.', 'email');
    const rawContact = typeof input.contact === 'number' ? String(input.contact) : input.contact;
    const contact = optionalString({ contact: rawContact }, 'contact');
    if (contact !== undefined && !/^\+?[0-9]{8,15}$/.test(contact)) {
      throw invalidInput('Contact number should be at least 8 digits, including country code', 'contact');
    }
    const gstin = optionalString(input, 'gstin');
    if (gstin !== undefined && !/^[0-9]{2}[A-Z0-9]{13}$/i.test(gstin)) throw invalidInput('The gstin is invalid.', 'gstin');
    return { name, email, contact, gstin, notes: readNotes(input) };
  }

  createCustomer(body: unknown): RazorpayCustomer {
    const input = asInput(body);
    onlyKeys(input, ['name', 'email', 'contact', 'fail_existing', 'gstin', 'notes']);
    const fields = this.customerFields(input);
    const failExisting = optionalBoolean(input, 'fail_existing') ?? true;
    const existing = this.findCustomer(fields.email ?? null, fields.contact ?? null);
    if (existing) {
      if (failExisting) throw invalidInput('Customer already exists for the merchant');
      return clone(existing);
    }
    return clone(this.addCustomer(fields));
  }

  private findCustomer(email: string | null, contact: string | null): RazorpayCustomer | undefined {
    if (email === null && contact === null) return undefined;
    return [...this.store.customers.values()].find((c) => c.email === email && c.contact === contact);
  }

  private addCustomer(fields: { name?: string; email?: string; contact?: string; gstin?: string; notes?: Notes }): RazorpayCustomer {
    const customer: RazorpayCustomer = {
      id: razorpayId('cust'),
      entity: 'customer',
      name: fields.name ?? null,
      email: fields.email ?? null,
      contact: fields.contact ?? null,
      gstin: fields.gstin ?? null,
      notes: fields.notes ?? [],
      created_at: this.now(),
    };
    this.store.customers.set(customer.id, customer);
    this.store.changed();
    return customer;
  }

  editCustomer(id: string, body: unknown): RazorpayCustomer {
    const customer = this.customerOf(id);
    const input = asInput(body);
    onlyKeys(input, ['name', 'email', 'contact', 'gstin', 'notes']);
    const fields = this.customerFields(input);
    const email = fields.email ?? customer.email;
    const contact = fields.contact ?? customer.contact;
    const clash = this.findCustomer(email, contact);
    if (clash && clash.id !== customer.id) throw invalidInput('Customer already exists for the merchant');
    if (fields.name !== undefined) customer.name = fields.name;
    customer.email = email;
    customer.contact = contact;
    if (fields.gstin !== undefined) customer.gstin = fields.gstin;
    if (fields.notes !== undefined) customer.notes = fields.notes;
    this.store.changed();
    return clone(customer);
  }

  fetchCustomer(id: string): RazorpayCustomer {
    return clone(this.customerOf(id));
  }

  listCustomers(query: Input): RazorpayCollection<RazorpayCustomer> {
    return this.page([...this.store.customers.values()], query);
  }

  // ----- subscriptions: the API ----------------------------------------------------------------------------

  createSubscription(body: unknown): RazorpaySubscription {
    const input = asInput(body);
    onlyKeys(input, ['plan_id', 'total_count', 'quantity', 'start_at', 'expire_by', 'customer_notify', 'addons', 'notes', 'notify_info', 'customer_id']);
    const plan = this.planOf(requiredString(input, 'plan_id'), 'plan_id');
    const totalCount = requiredInt(input, 'total_count', 'total_count', { min: 1 });
    const quantity = optionalInt(input, 'quantity', 'quantity', { min: 1, max: 10_000 }) ?? 1;
    const now = this.now();
    const startAt = optionalInt(input, 'start_at');
    if (startAt !== undefined && startAt <= now) throw invalidInput('The start at must be a time in the future.', 'start_at');
    const expireBy = optionalInt(input, 'expire_by');
    if (expireBy !== undefined && expireBy <= now) throw invalidInput('The expire by must be a time in the future.', 'expire_by');
    const customerNotify = optionalBoolean(input, 'customer_notify') ?? true;
    const addons = this.readAddons(input.addons, plan.item.currency);
    const notes = readNotes(input) ?? [];
    if (input.notify_info !== undefined) onlyKeys(asInput(input.notify_info, 'notify_info'), ['notify_phone', 'notify_email'], 'notify_info.');
    const customerId = optionalString(input, 'customer_id');
    if (customerId !== undefined) this.customerOf(customerId, 'customer_id');
    const firstStart = startAt ?? now;
    const endAt = addCycles(firstStart, plan, totalCount);
    if (endAt - firstStart > MAX_YEARS * 366 * 86_400) {
      throw invalidInput(`The total count makes the subscription longer than ${MAX_YEARS} years.`, 'total_count');
    }
    const id = razorpayId('sub');
    const subscription: RazorpaySubscription = {
      id,
      entity: 'subscription',
      plan_id: plan.id,
      customer_id: customerId ?? null,
      status: 'created',
      current_start: null,
      current_end: null,
      ended_at: null,
      quantity,
      notes,
      charge_at: firstStart,
      start_at: firstStart,
      end_at: endAt,
      auth_attempts: 0,
      total_count: totalCount,
      paid_count: 0,
      customer_notify: customerNotify,
      created_at: now,
      expire_by: expireBy ?? null,
      short_url: `${this.o.publicUrl()}/checkout/${id}`,
      has_scheduled_changes: false,
      change_scheduled_at: null,
      source: 'api',
      remaining_count: totalCount,
      payment_method: null,
    };
    this.store.subscriptions.set(id, {
      entity: subscription,
      state: {
        immediateStart: startAt === undefined,
        addons,
        cancelAtCycleEnd: false,
        failNextCharges: 0,
        nextCycleStart: null,
        scheduledUpdate: null,
        cyclesIssued: 0,
        card: null,
        tokenId: null,
      },
    });
    this.store.changed();
    return clone(subscription);
  }

  private readAddons(value: unknown, currency: string) {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw invalidInput('The addons must be an array.', 'addons');
    return value.map((raw, i) => {
      const addon = asInput(raw, `addons.${i}`);
      onlyKeys(addon, ['item'], `addons.${i}.`);
      const item = asInput(addon.item, `addons.${i}.item`);
      onlyKeys(item, ['name', 'amount', 'currency'], `addons.${i}.item.`);
      const name = requiredString(item, 'name', `addons.${i}.item.name`, { max: 255 });
      const amount = this.amount(item, 'amount', `addons.${i}.item.amount`, true);
      const addonCurrency = this.currency(item, `addons.${i}.item.currency`);
      if (addonCurrency !== currency) throw invalidInput('The addon currency must be the plan currency.', `addons.${i}.item.currency`);
      return { name, amount, currency };
    });
  }

  fetchSubscription(id: string): RazorpaySubscription {
    const record = this.subscriptionOf(id);
    this.expireIfDue(record, this.now());
    return clone(record.entity);
  }

  listSubscriptions(query: Input): RazorpayCollection<RazorpaySubscription> {
    const planId = typeof query.plan_id === 'string' && query.plan_id ? query.plan_id : undefined;
    const items = [...this.store.subscriptions.values()].map((r) => r.entity).filter((s) => !planId || s.plan_id === planId);
    return this.page(items, query, ['plan_id']);
  }

  updateSubscription(id: string, body: unknown): RazorpaySubscription {
    const record = this.subscriptionOf(id);
    const sub = record.entity;
    const input = asInput(body);
    onlyKeys(input, ['plan_id', 'quantity', 'remaining_count', 'start_at', 'schedule_change_at', 'customer_notify']);
    if (sub.status !== 'authenticated' && sub.status !== 'active') {
      throw notAllowed("Can't update Subscription when Subscription is not in Authenticated or Active state", 'status');
    }
    const planId = optionalString(input, 'plan_id');
    if (planId !== undefined) this.planOf(planId, 'plan_id');
    const quantity = optionalInt(input, 'quantity', 'quantity', { min: 1, max: 10_000 });
    const remaining = optionalInt(input, 'remaining_count', 'remaining_count', { min: 1 });
    const startAt = optionalInt(input, 'start_at');
    if (startAt !== undefined) {
      if (sub.status !== 'authenticated') throw invalidInput('The start at can only be changed before the subscription starts.', 'start_at');
      if (startAt <= this.now()) throw invalidInput('The start at must be a time in the future.', 'start_at');
    }
    const when = oneOf(input, 'schedule_change_at', ['now', 'cycle_end'] as const) ?? 'now';
    const customerNotify = optionalBoolean(input, 'customer_notify');
    const change = {
      ...(planId !== undefined ? { plan_id: planId } : {}),
      ...(quantity !== undefined ? { quantity } : {}),
      ...(remaining !== undefined ? { remaining_count: remaining } : {}),
      ...(customerNotify !== undefined ? { customer_notify: customerNotify } : {}),
    };
    if (Object.keys(change).length === 0 && startAt === undefined) {
      throw invalidInput('Send at least one of plan_id, quantity, remaining_count, start_at or customer_notify.', 'plan_id');
    }
    if (when === 'cycle_end' && sub.status === 'active') {
      if (startAt !== undefined) throw invalidInput('The start at cannot be changed at the end of a cycle.', 'start_at');
      record.state.scheduledUpdate = { ...(record.state.scheduledUpdate ?? {}), ...change };
      sub.has_scheduled_changes = true;
      sub.change_scheduled_at = sub.current_end;
      this.store.changed();
      return clone(sub);
    }
    this.applyChange(record, change);
    if (startAt !== undefined) {
      sub.start_at = startAt;
      sub.charge_at = startAt;
    }
    sub.end_at = addCycles(sub.start_at, this.planOf(sub.plan_id), sub.total_count);
    this.emitSubscription('subscription.updated', record, this.now());
    this.store.changed();
    return clone(sub);
  }

  private applyChange(record: SubscriptionRecord, change: NonNullable<SubscriptionRecord['state']['scheduledUpdate']>): void {
    const sub = record.entity;
    if (change.plan_id !== undefined) sub.plan_id = change.plan_id;
    if (change.quantity !== undefined) sub.quantity = change.quantity;
    if (change.customer_notify !== undefined) sub.customer_notify = change.customer_notify;
    if (change.remaining_count !== undefined) {
      sub.total_count = record.state.cyclesIssued + change.remaining_count;
      sub.remaining_count = change.remaining_count;
    }
    sub.end_at = addCycles(sub.start_at, this.planOf(sub.plan_id), sub.total_count);
  }

  /** The subscription as it will be once its scheduled change applies (`GET …/retrieve_scheduled_changes`). */
  scheduledChanges(id: string): RazorpaySubscription {
    const record = this.subscriptionOf(id);
    const change = record.state.scheduledUpdate;
    if (!change) throw notAllowed('Subscription does not have any scheduled changes');
    const preview: SubscriptionRecord = clone(record);
    this.applyChange(preview, change);
    return preview.entity;
  }

  cancelScheduledChanges(id: string): RazorpaySubscription {
    const record = this.subscriptionOf(id);
    if (!record.state.scheduledUpdate) throw notAllowed('Subscription does not have any scheduled changes');
    record.state.scheduledUpdate = null;
    record.entity.has_scheduled_changes = false;
    record.entity.change_scheduled_at = null;
    this.store.changed();
    return clone(record.entity);
  }

  cancelSubscription(id: string, body: unknown): RazorpaySubscription {
    const record = this.subscriptionOf(id);
    const input = asInput(body);
    onlyKeys(input, ['cancel_at_cycle_end']);
    const atCycleEnd = optionalBoolean(input, 'cancel_at_cycle_end') ?? false;
    const now = this.now();
    this.expireIfDue(record, now);
    const { status } = record.entity;
    if (status === 'cancelled' || status === 'completed' || status === 'expired') {
      throw notAllowed(`Subscription is not cancellable in ${status} status.`, 'status');
    }
    if (atCycleEnd && status === 'active') {
      record.state.cancelAtCycleEnd = true;
      this.store.changed();
    } else {
      this.cancelNow(record, now);
    }
    return clone(record.entity);
  }

  private cancelNow(record: SubscriptionRecord, at: number): void {
    Object.assign(record.entity, { status: 'cancelled', ended_at: at, charge_at: null });
    record.state.cancelAtCycleEnd = false;
    this.emitSubscription('subscription.cancelled', record, at);
    this.store.changed();
  }

  pauseSubscription(id: string, body: unknown): RazorpaySubscription {
    const record = this.subscriptionOf(id);
    const input = asInput(body);
    onlyKeys(input, ['pause_at']);
    oneOf(input, 'pause_at', ['now'] as const);
    const now = this.now();
    const { status } = record.entity;
    // Razorpay: pausing a subscription that has not started yet cancels it.
    if (status === 'authenticated') {
      this.cancelNow(record, now);
      return clone(record.entity);
    }
    if (status !== 'active') throw notAllowed(`Subscription cannot be paused in ${status} status.`, 'status');
    Object.assign(record.entity, { status: 'paused', paused_at: now, pause_initiated_by: 'self', charge_at: null });
    this.emitSubscription('subscription.paused', record, now);
    this.store.changed();
    return clone(record.entity);
  }

  resumeSubscription(id: string, body: unknown): RazorpaySubscription {
    const record = this.subscriptionOf(id);
    const input = asInput(body);
    onlyKeys(input, ['resume_at']);
    oneOf(input, 'resume_at', ['now'] as const);
    const sub = record.entity;
    if (sub.status !== 'paused') throw notAllowed(`Subscription cannot be resumed in ${sub.status} status.`, 'status');
    const now = this.now();
    sub.status = 'active';
    sub.pause_initiated_by = null;
    if (sub.current_end !== null && sub.current_end > now) {
      sub.charge_at = sub.current_end;
    } else {
      // The cycle ended while paused: the next one starts now, and is due now.
      record.state.nextCycleStart = now;
      sub.charge_at = now;
    }
    this.emitSubscription('subscription.resumed', record, now);
    this.store.changed();
    return clone(sub);
  }

  // ----- invoices, payments, refunds ----------------------------------------------------------------------

  fetchInvoice(id: string): RazorpayInvoice {
    return clone(this.find(this.store.invoices, 'inv', id, null));
  }

  listInvoices(query: Input): RazorpayCollection<RazorpayInvoice> {
    const filters = ['subscription_id', 'customer_id', 'payment_id', 'status', 'type'] as const;
    const items = [...this.store.invoices.values()].filter((invoice) =>
      filters.every((key) => typeof query[key] !== 'string' || query[key] === '' || invoice[key] === query[key]),
    );
    return this.page(items, query, [...filters]);
  }

  fetchPayment(id: string, expandCard = false): RazorpayPayment & { card?: RazorpayCard } {
    const record = this.paymentOf(id);
    return expandCard ? { ...clone(record.entity), card: clone(record.card) } : clone(record.entity);
  }

  listPayments(query: Input): RazorpayCollection<RazorpayPayment> {
    return this.page(
      [...this.store.payments.values()].map((r) => r.entity),
      query,
    );
  }

  refundPayment(paymentId: string, body: unknown): RazorpayRefund {
    const record = this.paymentOf(paymentId);
    const input = asInput(body);
    onlyKeys(input, ['amount', 'speed', 'notes', 'receipt']);
    const payment = record.entity;
    if (!payment.captured) throw notAllowed('Only a captured payment can be refunded.', 'payment_id');
    const refundable = payment.amount - payment.amount_refunded;
    if (refundable <= 0) throw invalidInput('The payment has been fully refunded already.');
    const requested = optionalInt(input, 'amount');
    if (requested !== undefined && requested < MINIMUM_AMOUNT) throw invalidInput('The amount must be at least INR 1.00', 'amount');
    if (requested !== undefined && requested > refundable) {
      throw invalidInput('The refund amount provided is greater than amount captured.', 'amount');
    }
    const speed = oneOf(input, 'speed', ['normal', 'optimum'] as const) ?? 'normal';
    const notes = readNotes(input) ?? [];
    const receipt = optionalString(input, 'receipt', 'receipt', { max: 40 }) ?? null;
    const refund = this.addRefund(record, requested ?? refundable, { speed, notes, receipt });
    this.emit('refund.created', [['refund', refund], ['payment', record]], refund.created_at);
    this.store.changed();
    return clone(refund);
  }

  private addRefund(record: PaymentRecord, amount: number, opts: { speed: 'normal' | 'optimum'; notes: Notes; receipt: string | null }): RazorpayRefund {
    const payment = record.entity;
    const refund: RazorpayRefund = {
      id: razorpayId('rfnd'),
      entity: 'refund',
      amount,
      currency: payment.currency,
      payment_id: payment.id,
      notes: opts.notes,
      receipt: opts.receipt,
      acquirer_data: { arn: null },
      created_at: this.now(),
      batch_id: null,
      status: 'processed',
      speed_processed: 'normal',
      speed_requested: opts.speed,
    };
    payment.amount_refunded += amount;
    const full = payment.amount_refunded >= payment.amount;
    payment.refund_status = full ? 'full' : 'partial';
    if (full) payment.status = 'refunded';
    this.store.refunds.set(refund.id, refund);
    return refund;
  }

  fetchRefund(id: string, paymentId?: string): RazorpayRefund {
    const refund = this.find(this.store.refunds, 'rfnd', id, null);
    if (paymentId !== undefined && refund.payment_id !== paymentId) throw unknownId();
    return clone(refund);
  }

  listRefunds(query: Input, paymentId?: string): RazorpayCollection<RazorpayRefund> {
    if (paymentId !== undefined) this.paymentOf(paymentId);
    const items = [...this.store.refunds.values()].filter((r) => paymentId === undefined || r.payment_id === paymentId);
    return this.page(items, query);
  }

  // ----- checkout and the life cycle ------------------------------------------------------------------------

  checkoutView(subscriptionId: string): CheckoutView {
    const record = this.subscriptionOf(subscriptionId);
    this.expireIfDue(record, this.now());
    const sub = record.entity;
    const plan = this.planOf(sub.plan_id);
    const addons = record.state.addons.reduce((sum, a) => sum + a.amount, 0);
    const view = (due: CheckoutView['due'], dueAmount: number): CheckoutView => ({ subscription: clone(sub), plan: clone(plan), due, dueAmount });
    if (sub.status === 'pending' || sub.status === 'halted') return view('outstanding', this.oldestUnpaid(record)?.amount_due ?? 0);
    if (sub.status !== 'created') return view('nothing', 0);
    if (record.state.immediateStart) return view('first-cycle', plan.item.amount * sub.quantity + addons);
    return addons > 0 ? view('upfront', addons) : view('token', TOKEN_AMOUNT);
  }

  /**
   * The customer completes Razorpay Checkout for a subscription. A created subscription is authorised: with an
   * immediate start the first cycle is charged (active, first invoice paid); with a future `start_at` a token
   * amount authorises the card (refunded at once) and the subscription waits, authenticated, for `start_at`.
   * A pending or halted subscription is paid up instead (the card-change flow). A failing card changes nothing.
   */
  checkout(subscriptionId: string, payer: CheckoutPayer = {}): CheckoutResult {
    const record = this.subscriptionOf(subscriptionId);
    const sub = record.entity;
    const now = this.now();
    this.expireIfDue(record, now);
    if (sub.status === 'expired') throw notAllowed('The subscription has expired and can no longer be authorised.', 'subscription_id');
    if (sub.status !== 'created' && sub.status !== 'pending' && sub.status !== 'halted') {
      throw notAllowed(`Subscription cannot be paid in ${sub.status} status.`, 'subscription_id');
    }
    const card = findTestCard(payer.cardNumber ?? '');
    if (!card) return declined(INVALID_CARD);
    if (card.failure) return declined(card.failure);
    record.state.card = this.cardFor(card, payer.name ?? DEFAULT_PAYER.name);
    record.state.tokenId = razorpayId('token');
    let payment: PaymentRecord;
    if (sub.status === 'pending' || sub.status === 'halted') {
      payment = this.payOutstanding(record, now);
    } else {
      const customer = sub.customer_id ? this.customerOf(sub.customer_id) : this.payerCustomer(payer);
      sub.customer_id = customer.id;
      sub.payment_method = 'card';
      payment = record.state.immediateStart ? this.authoriseAndCharge(record, now) : this.authoriseForLater(record, now);
    }
    this.store.changed();
    return {
      ok: true,
      response: {
        razorpay_payment_id: payment.entity.id,
        razorpay_subscription_id: sub.id,
        razorpay_signature: checkoutSignature(payment.entity.id, sub.id, this.o.keySecret),
      },
      subscription: clone(sub),
      payment: clone(payment.entity),
    };
  }

  private payerCustomer(payer: CheckoutPayer): RazorpayCustomer {
    const email = payer.email || DEFAULT_PAYER.email;
    const contact = payer.contact || DEFAULT_PAYER.contact;
    return this.findCustomer(email, contact) ?? this.addCustomer({ name: payer.name || DEFAULT_PAYER.name, email, contact });
  }

  private authoriseAndCharge(record: SubscriptionRecord, now: number): PaymentRecord {
    const sub = record.entity;
    const plan = this.planOf(sub.plan_id);
    sub.start_at = now;
    sub.end_at = addCycles(now, plan, sub.total_count);
    const { invoice, order } = this.issueCycle(record, now, now, true);
    const payment = this.capture(record, invoice, order, now);
    sub.status = 'authenticated';
    this.emit('payment.captured', [['payment', payment]], now);
    this.emit('invoice.paid', [['payment', payment], ['order', order], ['invoice', invoice]], now);
    this.emitSubscription('subscription.authenticated', record, now);
    this.startCycle(record, invoice);
    this.emitSubscription('subscription.activated', record, now, payment);
    this.emitSubscription('subscription.charged', record, now, payment);
    this.completeIfDone(record, now, payment);
    return payment;
  }

  private authoriseForLater(record: SubscriptionRecord, now: number): PaymentRecord {
    const sub = record.entity;
    const upfront = record.state.addons;
    let payment: PaymentRecord;
    if (upfront.length > 0) {
      // Add-ons are an upfront amount charged with the authorisation, on their own invoice.
      const { invoice, order } = this.issueInvoice(record, now, now, sub.start_at, this.addonLines(record));
      payment = this.capture(record, invoice, order, now);
      this.emit('payment.captured', [['payment', payment]], now);
      this.emit('invoice.paid', [['payment', payment], ['order', order], ['invoice', invoice]], now);
    } else {
      payment = this.newPayment(record, TOKEN_AMOUNT, { invoice: null, order: null, at: now, failure: null, description: 'Subscription authorisation (token amount, refunded)' });
      this.addRefund(payment, TOKEN_AMOUNT, { speed: 'normal', notes: [], receipt: null });
    }
    sub.status = 'authenticated';
    sub.charge_at = sub.start_at;
    this.emitSubscription('subscription.authenticated', record, now);
    return payment;
  }

  /**
   * One charge at `at` (default: now) — what Razorpay does when `charge_at` comes: a new cycle's invoice charged
   * to the card (active/authenticated), a retry of the unpaid invoice (pending), or, halted, the next cycle's
   * invoice issued without a charge. A scheduled change applies first; a cancellation at cycle end happens
   * instead. `outcome` forces success or failure; otherwise armed failures (`failNextCharges`) fail it.
   */
  charge(subscriptionId: string, options: { outcome?: 'success' | 'failure'; at?: number } = {}): ChargeResult {
    const record = this.subscriptionOf(subscriptionId);
    if (!BILLABLE.includes(record.entity.status)) {
      throw notAllowed(`Subscription cannot be charged in ${record.entity.status} status.`, 'status');
    }
    const result = this.attempt(record, options.at ?? this.now(), options.outcome);
    this.store.changed();
    return result;
  }

  /** Arms the next `count` charge attempts (renewals or retries) of a subscription to fail. */
  failNextCharges(subscriptionId: string, count = 1): RazorpaySubscription {
    const record = this.subscriptionOf(subscriptionId);
    if (!Number.isSafeInteger(count) || count < 0 || count > 100) throw invalidInput('The count must be an integer from 0 to 100.', 'count');
    record.state.failNextCharges = count;
    this.store.changed();
    return clone(record.entity);
  }

  /** Pays the oldest unpaid invoice of a pending or halted subscription (the customer paid up or changed card). */
  payPending(subscriptionId: string): ChargeResult {
    const record = this.subscriptionOf(subscriptionId);
    const { status } = record.entity;
    if (status !== 'pending' && status !== 'halted') throw notAllowed(`Subscription has nothing pending in ${status} status.`, 'status');
    const payment = this.payOutstanding(record, this.now());
    this.store.changed();
    return { subscription: clone(record.entity), invoice: clone(this.store.invoices.get(payment.entity.invoice_id!)!), payment: clone(payment.entity), outcome: 'charged' };
  }

  /**
   * Does everything that has come due by now, in time order per subscription: renewals, retries, halted-cycle
   * invoices, cancellations at cycle end, expiry of unpaid created subscriptions. Entities and events carry the
   * time each step was due, so jumping the clock a month ahead looks as if the month passed.
   */
  runDue(): ChargeResult[] {
    const now = this.now();
    const results: ChargeResult[] = [];
    for (const record of this.store.subscriptions.values()) {
      this.expireIfDue(record, now);
      for (let guard = 0; guard < 10_000; guard++) {
        const sub = record.entity;
        if (!BILLABLE.includes(sub.status) || sub.charge_at === null || sub.charge_at > now) break;
        results.push(this.attempt(record, sub.charge_at));
      }
    }
    if (results.length > 0) this.store.changed();
    return results;
  }

  private attempt(record: SubscriptionRecord, at: number, forced?: 'success' | 'failure'): ChargeResult {
    const sub = record.entity;
    const fails = () => {
      if (forced) return forced === 'failure';
      if (record.state.failNextCharges > 0) {
        record.state.failNextCharges--;
        return true;
      }
      return false;
    };
    if (sub.status === 'pending') return this.retry(record, at, fails());
    if (sub.status === 'halted') return this.invoiceHaltedCycle(record, at);
    // authenticated or active: the next cycle begins.
    if (record.state.scheduledUpdate) {
      this.applyChange(record, record.state.scheduledUpdate);
      record.state.scheduledUpdate = null;
      sub.has_scheduled_changes = false;
      sub.change_scheduled_at = null;
      this.emitSubscription('subscription.updated', record, at);
    }
    if (record.state.cancelAtCycleEnd) {
      this.cancelNow(record, sub.current_end ?? at);
      return { subscription: clone(sub), invoice: null, payment: null, outcome: 'cancelled' };
    }
    const wasAuthenticated = sub.status === 'authenticated';
    const cycleStart = record.state.nextCycleStart ?? sub.current_end ?? sub.start_at;
    record.state.nextCycleStart = null;
    const { invoice, order } = this.issueCycle(record, cycleStart, at, false);
    if (fails()) {
      const payment = this.newPayment(record, invoice.amount, { invoice, order, at, failure: RENEWAL_FAILURE });
      Object.assign(sub, {
        status: 'pending',
        current_start: invoice.billing_start,
        current_end: invoice.billing_end,
        auth_attempts: 1,
        charge_at: at + RETRY_INTERVAL_SECONDS,
      });
      this.emit('payment.failed', [['payment', payment]], at);
      this.emitSubscription('subscription.pending', record, at);
      return { subscription: clone(sub), invoice: clone(invoice), payment: clone(payment.entity), outcome: 'failed' };
    }
    const payment = this.capture(record, invoice, order, at);
    this.startCycle(record, invoice);
    this.emit('payment.captured', [['payment', payment]], at);
    this.emit('invoice.paid', [['payment', payment], ['order', order], ['invoice', invoice]], at);
    if (wasAuthenticated) this.emitSubscription('subscription.activated', record, at, payment);
    this.emitSubscription('subscription.charged', record, at, payment);
    this.completeIfDone(record, at, payment);
    return { subscription: clone(sub), invoice: clone(invoice), payment: clone(payment.entity), outcome: 'charged' };
  }

  private retry(record: SubscriptionRecord, at: number, fail: boolean): ChargeResult {
    const sub = record.entity;
    const invoice = this.oldestUnpaid(record);
    if (!invoice) throw notAllowed('Subscription has no unpaid invoice.', 'status');
    if (!fail) {
      const payment = this.payOutstanding(record, at);
      return { subscription: clone(sub), invoice: clone(invoice), payment: clone(payment.entity), outcome: 'charged' };
    }
    const order = this.store.orders.get(invoice.order_id)!;
    const payment = this.newPayment(record, invoice.amount_due, { invoice, order, at, failure: RENEWAL_FAILURE });
    sub.auth_attempts += 1;
    this.emit('payment.failed', [['payment', payment]], at);
    if (sub.auth_attempts >= this.o.haltAfterAttempts) {
      Object.assign(sub, { status: 'halted', charge_at: sub.current_end });
      this.emitSubscription('subscription.halted', record, at);
    } else {
      sub.charge_at = at + RETRY_INTERVAL_SECONDS;
      this.emitSubscription('subscription.pending', record, at);
    }
    return { subscription: clone(sub), invoice: clone(invoice), payment: clone(payment.entity), outcome: 'failed' };
  }

  /** Halted: invoices keep being issued each cycle, but Razorpay does not charge them. */
  private invoiceHaltedCycle(record: SubscriptionRecord, at: number): ChargeResult {
    const sub = record.entity;
    if (record.state.cyclesIssued >= sub.total_count) {
      sub.charge_at = null;
      return { subscription: clone(sub), invoice: null, payment: null, outcome: 'invoiced' };
    }
    const { invoice } = this.issueCycle(record, sub.current_end ?? at, at, false);
    Object.assign(sub, { current_start: invoice.billing_start, current_end: invoice.billing_end, charge_at: invoice.billing_end });
    return { subscription: clone(sub), invoice: clone(invoice), payment: null, outcome: 'invoiced' };
  }

  /** Charges the oldest unpaid invoice successfully; the subscription becomes active again. */
  private payOutstanding(record: SubscriptionRecord, at: number): PaymentRecord {
    const sub = record.entity;
    const invoice = this.oldestUnpaid(record);
    if (!invoice) throw notAllowed('Subscription has no unpaid invoice.', 'status');
    const order = this.store.orders.get(invoice.order_id)!;
    const payment = this.capture(record, invoice, order, at);
    sub.paid_count += 1;
    Object.assign(sub, { status: 'active', auth_attempts: 0, charge_at: sub.current_end });
    this.emit('payment.captured', [['payment', payment]], at);
    this.emit('invoice.paid', [['payment', payment], ['order', order], ['invoice', invoice]], at);
    this.emitSubscription('subscription.charged', record, at, payment);
    this.emitSubscription('subscription.activated', record, at, payment);
    this.completeIfDone(record, at, payment);
    return payment;
  }

  private oldestUnpaid(record: SubscriptionRecord): RazorpayInvoice | undefined {
    return [...this.store.invoices.values()].find((i) => i.subscription_id === record.entity.id && i.status === 'issued');
  }

  private startCycle(record: SubscriptionRecord, invoice: RazorpayInvoice): void {
    const sub = record.entity;
    Object.assign(sub, {
      status: 'active',
      current_start: invoice.billing_start,
      current_end: invoice.billing_end,
      charge_at: invoice.billing_end,
      auth_attempts: 0,
      paid_count: sub.paid_count + 1,
    });
  }

  private completeIfDone(record: SubscriptionRecord, at: number, payment: PaymentRecord): void {
    const sub = record.entity;
    if (sub.status !== 'active' || record.state.cyclesIssued < sub.total_count || this.oldestUnpaid(record)) return;
    Object.assign(sub, { status: 'completed', ended_at: at, charge_at: null });
    this.emitSubscription('subscription.completed', record, at, payment);
  }

  /** Created subscriptions nobody authorised in time expire (`expire_by`, or a future `start_at` that passed). */
  private expireIfDue(record: SubscriptionRecord, now: number): void {
    const sub = record.entity;
    if (sub.status !== 'created') return;
    const missedStart = !record.state.immediateStart && sub.start_at <= now;
    if ((sub.expire_by !== null && sub.expire_by <= now) || missedStart) {
      Object.assign(sub, { status: 'expired', charge_at: null });
      this.store.changed();
    }
  }

  // ----- building invoices and payments --------------------------------------------------------------------

  private lineItem(name: string, amount: number, quantity: number, currency: string, type: 'plan' | 'addon', itemId: string | null): RazorpayLineItem {
    const total = amount * quantity;
    return {
      id: razorpayId('li'),
      item_id: itemId,
      ref_id: null,
      ref_type: null,
      name,
      description: null,
      amount,
      unit_amount: amount,
      gross_amount: total,
      tax_amount: 0,
      taxable_amount: total,
      net_amount: total,
      currency,
      type,
      tax_inclusive: false,
      hsn_code: null,
      sac_code: null,
      tax_rate: null,
      unit: null,
      quantity,
      taxes: [],
    };
  }

  private addonLines(record: SubscriptionRecord): RazorpayLineItem[] {
    return record.state.addons.map((a) => this.lineItem(a.name, a.amount, 1, a.currency, 'addon', null));
  }

  /** Issues the invoice of the billing cycle starting at `cycleStart` (counts towards `total_count`). */
  private issueCycle(record: SubscriptionRecord, cycleStart: number, at: number, withAddons: boolean) {
    const sub = record.entity;
    const plan = this.planOf(sub.plan_id);
    const lines = [this.lineItem(plan.item.name, plan.item.amount, sub.quantity, plan.item.currency, 'plan', plan.item.id)];
    if (withAddons) lines.push(...this.addonLines(record));
    const issued = this.issueInvoice(record, at, cycleStart, addCycles(cycleStart, plan), lines);
    record.state.cyclesIssued += 1;
    sub.remaining_count = Math.max(0, sub.total_count - record.state.cyclesIssued);
    return issued;
  }

  private issueInvoice(record: SubscriptionRecord, at: number, billingStart: number, billingEnd: number, lines: RazorpayLineItem[]) {
    const sub = record.entity;
    const customer = sub.customer_id ? this.store.customers.get(sub.customer_id) : undefined;
    const amount = lines.reduce((sum, l) => sum + l.net_amount, 0);
    const currency = lines[0]?.currency ?? 'INR';
    const order: RazorpayOrder = {
      id: razorpayId('order'),
      entity: 'order',
      amount,
      amount_paid: 0,
      amount_due: amount,
      currency,
      receipt: null,
      offer_id: null,
      status: 'created',
      attempts: 0,
      notes: [],
      created_at: at,
    };
    const invoice: RazorpayInvoice = {
      id: razorpayId('inv'),
      entity: 'invoice',
      receipt: null,
      invoice_number: null,
      customer_id: customer?.id ?? null,
      customer_details: {
        id: customer?.id ?? null,
        name: customer?.name ?? null,
        email: customer?.email ?? null,
        contact: customer?.contact ?? null,
        gstin: customer?.gstin ?? null,
        billing_address: null,
        shipping_address: null,
        customer_name: customer?.name ?? null,
        customer_email: customer?.email ?? null,
        customer_contact: customer?.contact ?? null,
      },
      order_id: order.id,
      subscription_id: sub.id,
      line_items: lines,
      payment_id: null,
      status: 'issued',
      expire_by: null,
      issued_at: at,
      paid_at: null,
      cancelled_at: null,
      expired_at: null,
      sms_status: null,
      email_status: null,
      date: at,
      terms: null,
      partial_payment: false,
      gross_amount: amount,
      tax_amount: 0,
      taxable_amount: amount,
      amount,
      amount_paid: 0,
      amount_due: amount,
      currency,
      currency_symbol: currency === 'INR' ? '₹' : currency,
      description: null,
      notes: [],
      comment: null,
      short_url: `${this.o.publicUrl()}/checkout/${sub.id}`,
      view_less: true,
      billing_start: billingStart,
      billing_end: billingEnd,
      type: 'invoice',
      group_taxes_discounts: false,
      created_at: at,
      idempotency_key: null,
    };
    this.store.orders.set(order.id, order);
    this.store.invoices.set(invoice.id, invoice);
    return { invoice, order };
  }

  private cardFor(card: TestCard, name: string): RazorpayCard {
    return {
      id: razorpayId('card'),
      entity: 'card',
      name,
      last4: card.number.slice(-4),
      network: card.network,
      type: card.type,
      issuer: null,
      international: card.international,
      emi: false,
      sub_type: 'consumer',
    };
  }

  private newPayment(
    record: SubscriptionRecord,
    amount: number,
    o: { invoice: RazorpayInvoice | null; order: RazorpayOrder | null; at: number; failure: CardFailure | null; description?: string },
  ): PaymentRecord {
    const sub = record.entity;
    const card = record.state.card;
    if (!card) throw notAllowed('Subscription has no authorised card.', 'subscription_id');
    const customer = sub.customer_id ? this.store.customers.get(sub.customer_id) : undefined;
    const captured = o.failure === null;
    const fee = captured ? Math.round(amount * 0.0236) : null;
    const payment: RazorpayPayment = {
      id: razorpayId('pay'),
      entity: 'payment',
      amount,
      currency: o.invoice?.currency ?? this.planOf(sub.plan_id).item.currency,
      status: captured ? 'captured' : 'failed',
      order_id: o.order?.id ?? null,
      invoice_id: o.invoice?.id ?? null,
      international: card.international,
      method: 'card',
      amount_refunded: 0,
      amount_transferred: 0,
      refund_status: null,
      captured,
      description: o.description ?? 'Recurring Payment via Subscription',
      card_id: card.id,
      bank: null,
      wallet: null,
      vpa: null,
      email: customer?.email ?? null,
      contact: customer?.contact ?? null,
      customer_id: customer?.id ?? null,
      token_id: record.state.tokenId,
      notes: [],
      fee,
      tax: captured ? Math.round(amount * 0.0036) : null,
      error_code: o.failure ? 'BAD_REQUEST_ERROR' : null,
      error_description: o.failure?.description ?? null,
      error_source: o.failure?.source ?? null,
      error_step: o.failure?.step ?? null,
      error_reason: o.failure?.reason ?? null,
      acquirer_data: captured ? { auth_code: digits(6), rrn: digits(12) } : { auth_code: null, rrn: null },
      created_at: o.at,
    };
    const stored = { entity: payment, card: clone(card) };
    this.store.payments.set(payment.id, stored);
    if (o.order) {
      o.order.attempts += 1;
      if (!captured && o.order.status === 'created') o.order.status = 'attempted';
    }
    return stored;
  }

  private capture(record: SubscriptionRecord, invoice: RazorpayInvoice, order: RazorpayOrder, at: number): PaymentRecord {
    const payment = this.newPayment(record, invoice.amount_due, { invoice, order, at, failure: null });
    Object.assign(invoice, { status: 'paid', payment_id: payment.entity.id, paid_at: at, amount_paid: invoice.amount, amount_due: 0 });
    Object.assign(order, { status: 'paid', amount_paid: order.amount, amount_due: 0 });
    return payment;
  }

  // ----- events and paging -------------------------------------------------------------------------------

  private emit(
    event: WebhookEventName,
    parts: (
      | ['subscription', SubscriptionRecord]
      | ['payment', PaymentRecord]
      | ['invoice', RazorpayInvoice]
      | ['order', RazorpayOrder]
      | ['refund', RazorpayRefund]
    )[],
    at: number,
  ): void {
    const payload: RazorpayWebhookPayload['payload'] = {};
    for (const part of parts) {
      switch (part[0]) {
        case 'subscription':
          payload.subscription = { entity: clone(part[1].entity) };
          break;
        case 'payment':
          payload.payment = { entity: { ...clone(part[1].entity), card: clone(part[1].card) } };
          break;
        case 'invoice':
          payload.invoice = { entity: clone(part[1]) };
          break;
        case 'order':
          payload.order = { entity: clone(part[1]) };
          break;
        case 'refund':
          payload.refund = { entity: clone(part[1]) };
          break;
      }
    }
    this.o.webhooks.record({
      entity: 'event',
      account_id: this.store.accountId,
      event,
      contains: parts.map((p) => p[0]),
      payload,
      created_at: at,
    });
  }

  private emitSubscription(event: WebhookEventName, record: SubscriptionRecord, at: number, payment?: PaymentRecord): void {
    this.emit(event, payment ? [['subscription', record], ['payment', payment]] : [['subscription', record]], at);
  }

  private amount(input: Input, key: string, field: string, required: boolean): number {
    const value = required ? requiredInt(input, key, field) : optionalInt(input, key, field);
    if (value !== undefined && value < MINIMUM_AMOUNT) throw invalidInput('The amount must be at least INR 1.00.', field);
    return value ?? 0;
  }

  private currency(input: Input, field: string): string {
    const value = requiredString(input, 'currency', field);
    if (!/^[A-Z]{3}$/.test(value)) throw invalidInput('The currency must be a three-letter ISO code, e.g. INR.', field);
    return value;
  }

  /** Razorpay's list answer: newest first, `count` (1–100, default 10) after `skip`, within `from`…`to`. */
  private page<T extends { created_at: number }>(items: T[], query: Input, filters: string[] = []): RazorpayCollection<T> {
    onlyKeys(query, ['count', 'skip', 'from', 'to', ...filters]);
    const count = optionalInt(query, 'count', 'count', { min: 1, max: 100 }) ?? 10;
    const skip = optionalInt(query, 'skip', 'skip', { min: 0 }) ?? 0;
    const from = optionalInt(query, 'from', 'from', { min: 0 });
    const to = optionalInt(query, 'to', 'to', { min: 0 });
    const selected = [...items]
      .reverse()
      .filter((item) => (from === undefined || item.created_at >= from) && (to === undefined || item.created_at <= to))
      .slice(skip, skip + count)
      .map(clone);
    return { entity: 'collection', count: selected.length, items: selected };
  }
}
