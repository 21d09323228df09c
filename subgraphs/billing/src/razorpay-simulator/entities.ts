import { randomInt } from 'node:crypto';

/**
 * Razorpay's entities as its `/v1` API returns them (the subset billing uses), field for field from Razorpay's
 * API reference. Times are unix seconds, amounts integer subunits (paise). Razorpay sends empty `notes` as `[]`.
 */
export type Notes = Record<string, string | number> | [];

export type PlanPeriod = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';

export interface RazorpayPlan {
  id: string;
  entity: 'plan';
  interval: number;
  period: PlanPeriod;
  item: {
    id: string;
    active: boolean;
    name: string;
    description: string | null;
    amount: number;
    unit_amount: number;
    currency: string;
    type: 'plan';
    unit: null;
    tax_inclusive: boolean;
    hsn_code: null;
    sac_code: null;
    tax_rate: null;
    tax_id: null;
    tax_group_id: null;
    created_at: number;
    updated_at: number;
  };
  notes: Notes;
  created_at: number;
}

export interface RazorpayCustomer {
  id: string;
  entity: 'customer';
  name: string | null;
  email: string | null;
  contact: string | null;
  gstin: string | null;
  notes: Notes;
  created_at: number;
}

export type SubscriptionStatus =
  | 'created'
  | 'authenticated'
  | 'active'
  | 'pending'
  | 'halted'
  | 'cancelled'
  | 'completed'
  | 'expired'
  | 'paused';

export interface RazorpaySubscription {
  id: string;
  entity: 'subscription';
  plan_id: string;
  customer_id: string | null;
  status: SubscriptionStatus;
  current_start: number | null;
  current_end: number | null;
  ended_at: number | null;
  quantity: number;
  notes: Notes;
  charge_at: number | null;
  start_at: number;
  end_at: number;
  auth_attempts: number;
  total_count: number;
  paid_count: number;
  customer_notify: boolean;
  created_at: number;
  expire_by: number | null;
  short_url: string;
  has_scheduled_changes: boolean;
  change_scheduled_at: number | null;
  source: 'api';
  remaining_count: number;
  payment_method: string | null;
  /** Present once the subscription has been paused (as Razorpay returns it). */
  paused_at?: number;
  pause_initiated_by?: 'self' | null;
}

export interface RazorpayLineItem {
  id: string;
  item_id: string | null;
  ref_id: null;
  ref_type: null;
  name: string;
  description: string | null;
  amount: number;
  unit_amount: number;
  gross_amount: number;
  tax_amount: number;
  taxable_amount: number;
  net_amount: number;
  currency: string;
  type: 'plan' | 'addon';
  tax_inclusive: boolean;
  hsn_code: null;
  sac_code: null;
  tax_rate: null;
  unit: null;
  quantity: number;
  taxes: [];
}

export type InvoiceStatus = 'issued' | 'paid' | 'cancelled' | 'expired';

export interface RazorpayInvoice {
  id: string;
  entity: 'invoice';
  receipt: null;
  invoice_number: null;
  customer_id: string | null;
  customer_details: {
    id: string | null;
    name: string | null;
    email: string | null;
    contact: string | null;
    gstin: string | null;
    billing_address: null;
    shipping_address: null;
    customer_name: string | null;
    customer_email: string | null;
    customer_contact: string | null;
  };
  order_id: string;
  subscription_id: string;
  line_items: RazorpayLineItem[];
  payment_id: string | null;
  status: InvoiceStatus;
  expire_by: null;
  issued_at: number;
  paid_at: number | null;
  cancelled_at: number | null;
  expired_at: number | null;
  sms_status: null;
  email_status: null;
  date: number;
  terms: null;
  partial_payment: boolean;
  gross_amount: number;
  tax_amount: number;
  taxable_amount: number;
  amount: number;
  amount_paid: number;
  amount_due: number;
  currency: string;
  currency_symbol: string;
  description: null;
  notes: Notes;
  comment: null;
  short_url: string;
  view_less: boolean;
  billing_start: number;
  billing_end: number;
  type: 'invoice';
  group_taxes_discounts: boolean;
  created_at: number;
  idempotency_key: null;
}

export interface RazorpayOrder {
  id: string;
  entity: 'order';
  amount: number;
  amount_paid: number;
  amount_due: number;
  currency: string;
  receipt: string | null;
  offer_id: null;
  status: 'created' | 'attempted' | 'paid';
  attempts: number;
  notes: Notes;
  created_at: number;
}

export interface RazorpayCard {
  id: string;
  entity: 'card';
  name: string;
  last4: string;
  network: string;
  type: 'credit' | 'debit';
  issuer: string | null;
  international: boolean;
  emi: boolean;
  sub_type: 'consumer' | 'business';
}

export type PaymentStatus = 'captured' | 'failed' | 'refunded';

export interface RazorpayPayment {
  id: string;
  entity: 'payment';
  amount: number;
  currency: string;
  status: PaymentStatus;
  order_id: string | null;
  invoice_id: string | null;
  international: boolean;
  method: 'card';
  amount_refunded: number;
  amount_transferred: number;
  refund_status: 'partial' | 'full' | null;
  captured: boolean;
  description: string | null;
  card_id: string;
  bank: null;
  wallet: null;
  vpa: null;
  email: string | null;
  contact: string | null;
  customer_id: string | null;
  token_id: string | null;
  notes: Notes;
  fee: number | null;
  tax: number | null;
  error_code: string | null;
  error_description: string | null;
  error_source: string | null;
  error_step: string | null;
  error_reason: string | null;
  acquirer_data: { auth_code: string | null; rrn: string | null };
  created_at: number;
}

export interface RazorpayRefund {
  id: string;
  entity: 'refund';
  amount: number;
  currency: string;
  payment_id: string;
  notes: Notes;
  receipt: string | null;
  acquirer_data: { arn: string | null };
  created_at: number;
  batch_id: null;
  status: 'processed';
  speed_processed: 'normal';
  speed_requested: 'normal' | 'optimum';
}

export interface RazorpayCollection<T> {
  entity: 'collection';
  count: number;
  items: T[];
}

export type WebhookEventName =
  | 'subscription.authenticated'
  | 'subscription.activated'
  | 'subscription.charged'
  | 'subscription.pending'
  | 'subscription.halted'
  | 'subscription.cancelled'
  | 'subscription.paused'
  | 'subscription.resumed'
  | 'subscription.completed'
  | 'subscription.updated'
  | 'payment.captured'
  | 'payment.failed'
  | 'invoice.paid'
  | 'refund.created';

/** A webhook payload as Razorpay posts it: a snapshot of each entity when the event occurred. */
export interface RazorpayWebhookPayload {
  entity: 'event';
  account_id: string;
  event: WebhookEventName;
  contains: string[];
  payload: {
    subscription?: { entity: RazorpaySubscription };
    payment?: { entity: RazorpayPayment & { card: RazorpayCard } };
    invoice?: { entity: RazorpayInvoice };
    order?: { entity: RazorpayOrder };
    refund?: { entity: RazorpayRefund };
  };
  created_at: number;
}

export type IdPrefix = 'plan' | 'item' | 'cust' | 'sub' | 'inv' | 'li' | 'order' | 'pay' | 'card' | 'token' | 'rfnd' | 'acc';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 14;

/** 14 base62 characters, the length of every Razorpay id after its prefix (and of webhook event ids). */
export function randomIdBody(): string {
  let body = '';
  for (let i = 0; i < ID_LENGTH; i++) body += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return body;
}

/** A new Razorpay-style id, e.g. `sub_F5aa7VaVXtXh80`. */
export function razorpayId(prefix: IdPrefix): string {
  return `${prefix}_${randomIdBody()}`;
}

/** True when `value` has the shape of an id with `prefix` (what Razorpay checks before looking it up). */
export function isRazorpayId(prefix: IdPrefix, value: string): boolean {
  return value.length === prefix.length + 1 + ID_LENGTH && value.startsWith(`${prefix}_`) && /^[A-Za-z0-9]+$/.test(value.slice(prefix.length + 1));
}
