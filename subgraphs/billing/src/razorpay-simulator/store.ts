import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  RazorpayCard,
  RazorpayCustomer,
  RazorpayInvoice,
  RazorpayOrder,
  RazorpayPayment,
  RazorpayPlan,
  RazorpayRefund,
  RazorpaySubscription,
  WebhookEventName,
} from './entities.ts';

/** What the simulator knows about a subscription beyond Razorpay's entity (never returned by the API). */
export interface SubscriptionState {
  /** No `start_at` at creation: the authorisation payment is the first charge. */
  immediateStart: boolean;
  addons: { name: string; amount: number; currency: string }[];
  cancelAtCycleEnd: boolean;
  /** Charge attempts still to fail (armed by the `fail-next-charges` control). */
  failNextCharges: number;
  /** Set on resume after the cycle ended while paused: the next cycle starts here, not at `current_end`. */
  nextCycleStart: number | null;
  /** A `PATCH` with `schedule_change_at: cycle_end`, applied at the next cycle. */
  scheduledUpdate: { plan_id?: string; quantity?: number; remaining_count?: number; customer_notify?: boolean } | null;
  /** Billing cycles whose invoice has been issued. */
  cyclesIssued: number;
  /** The card authorised at checkout; renewals charge it. */
  card: RazorpayCard | null;
  tokenId: string | null;
}

export interface SubscriptionRecord {
  entity: RazorpaySubscription;
  state: SubscriptionState;
}

export interface PaymentRecord {
  entity: RazorpayPayment;
  card: RazorpayCard;
}

export type DeliveryState = 'unsent' | 'held' | 'pending' | 'delivered' | 'failed';

export interface DeliveryAttempt {
  at: string;
  /** HTTP status, or null when the request failed or timed out. */
  status: number | null;
  error?: string;
  durationMs: number;
}

/** A webhook event exactly as it was (and will again be) posted: body and signature fixed at creation. */
export interface StoredEvent {
  id: string;
  event: WebhookEventName;
  created_at: number;
  body: string;
  signature: string;
  state: DeliveryState;
  attempts: DeliveryAttempt[];
  subscription_id: string | null;
  payment_id: string | null;
}

interface Snapshot {
  version: 1;
  accountId: string;
  clockOffsetMs: number;
  plans: RazorpayPlan[];
  customers: RazorpayCustomer[];
  subscriptions: SubscriptionRecord[];
  invoices: RazorpayInvoice[];
  orders: RazorpayOrder[];
  payments: PaymentRecord[];
  refunds: RazorpayRefund[];
  events: StoredEvent[];
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/**
 * The simulator's state, in memory and optionally in one JSON file (written atomically, coalesced per tick), so
 * an `npm start` restart keeps the subscriptions billing refers to. Maps keep creation order.
 */
export class SimulatorStore {
  accountId = 'acc_RzpSimulator01';
  clockOffsetMs = 0;
  plans = new Map<string, RazorpayPlan>();
  customers = new Map<string, RazorpayCustomer>();
  subscriptions = new Map<string, SubscriptionRecord>();
  invoices = new Map<string, RazorpayInvoice>();
  orders = new Map<string, RazorpayOrder>();
  payments = new Map<string, PaymentRecord>();
  refunds = new Map<string, RazorpayRefund>();
  events: StoredEvent[] = [];
  private saveScheduled = false;

  constructor(private readonly file: string | null = null) {}

  /** Loads the file when there is one; true when state was restored. A corrupt file is an error, not a reset. */
  load(): boolean {
    if (!this.file) return false;
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    const data = JSON.parse(text) as Snapshot;
    if (data.version !== 1) throw new Error(`${this.file}: unknown simulator state version ${String(data.version)}`);
    this.accountId = data.accountId;
    this.clockOffsetMs = data.clockOffsetMs;
    this.plans = byId(data.plans);
    this.customers = byId(data.customers);
    this.subscriptions = new Map(data.subscriptions.map((r) => [r.entity.id, r]));
    this.invoices = byId(data.invoices);
    this.orders = byId(data.orders);
    this.payments = new Map(data.payments.map((r) => [r.entity.id, r]));
    this.refunds = byId(data.refunds);
    this.events = data.events;
    return true;
  }

  /** Schedules one write for everything changed in this tick. */
  changed(): void {
    if (!this.file || this.saveScheduled) return;
    this.saveScheduled = true;
    setImmediate(() => this.flush());
  }

  flush(): void {
    this.saveScheduled = false;
    if (!this.file) return;
    const snapshot: Snapshot = {
      version: 1,
      accountId: this.accountId,
      clockOffsetMs: this.clockOffsetMs,
      plans: [...this.plans.values()],
      customers: [...this.customers.values()],
      subscriptions: [...this.subscriptions.values()],
      invoices: [...this.invoices.values()],
      orders: [...this.orders.values()],
      payments: [...this.payments.values()],
      refunds: [...this.refunds.values()],
      events: this.events,
    };
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(snapshot));
    renameSync(temp, this.file);
  }

  reset(): void {
    this.clockOffsetMs = 0;
    for (const map of [this.plans, this.customers, this.subscriptions, this.invoices, this.orders, this.payments, this.refunds]) map.clear();
    this.events = [];
    this.changed();
  }
}
