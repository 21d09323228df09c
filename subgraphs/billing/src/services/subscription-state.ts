import { DAY } from '@marketplace/shared';
import type { SubscriptionRecord } from '../data/subscription.repository.ts';
import type { SubscriptionStatus } from './billing-types.ts';
import type { RzpSubscription } from './razorpay-gateway.ts';

/**
 * The life cycle of a subscription as pure rules: how a Razorpay snapshot moves our record, and which paid tier
 * the record gives. Razorpay is the truth for status and period; billing keeps what it decided (grace,
 * scheduled changes). Every rule reads its inputs only, so the same snapshot applied twice, or an older one
 * after a newer one, changes nothing.
 */

/** A subscription that holds (or will hold) the customer's paid tier on its solution. */
export const LIVE: readonly SubscriptionStatus[] = ['authenticated', 'active', 'past_due', 'halted', 'paused'];
export const ENDED: readonly SubscriptionStatus[] = ['cancelled', 'completed'];
/** Statuses in which the tier no longer applies. */
const TIER_GONE: readonly SubscriptionStatus[] = ['halted', 'cancelled', 'completed', 'paused'];

const OF_RAZORPAY: Record<string, SubscriptionStatus> = {
  created: 'created',
  authenticated: 'authenticated',
  active: 'active',
  pending: 'past_due',
  halted: 'halted',
  cancelled: 'cancelled',
  completed: 'completed',
  expired: 'cancelled',
  paused: 'paused',
};

/** What a change of status means, for the customer's mail and the audit trail. */
export type Transition =
  | 'activated'
  | 'started'
  | 'renewed'
  | 'restored'
  | 'past-due'
  | 'halted'
  | 'ended'
  | 'plan-changed'
  | 'downgrade-scheduled'
  /** The cycle Razorpay charges a scheduled price from has begun: it is the price now. */
  | 'price-changed'
  /** That cycle began on another plan (the scheduled change was cancelled at Razorpay): the price stays. */
  | 'price-change-lapsed';

const iso = (unixSeconds: number | null | undefined) => (unixSeconds == null ? null : new Date(unixSeconds * 1000).toISOString());

/**
 * The record after Razorpay's `snapshot`, and what changed. A snapshot older than what the record has seen
 * (fewer paid cycles, or an earlier period) changes nothing; so does anything said of an ended subscription.
 */
export function advance(
  sub: SubscriptionRecord,
  snapshot: RzpSubscription,
  now: Date,
  graceDays: number,
): { next: SubscriptionRecord; transitions: Transition[] } {
  const unchanged = { next: sub, transitions: [] };
  const mapped = OF_RAZORPAY[snapshot.status];
  if (!mapped || ENDED.includes(sub.status)) return unchanged;
  if (snapshot.paid_count < sub.razorpayPaidCount) return unchanged;
  const start = iso(snapshot.current_start);
  const end = iso(snapshot.current_end);
  if (end && sub.currentPeriodEnd && end < sub.currentPeriodEnd && snapshot.paid_count === sub.razorpayPaidCount) return unchanged;

  // An upgrade's new subscription waits (authenticated) for its first cycle, but its prorated part is paid.
  const prepaid = snapshot.status === 'authenticated' && sub.proration !== null;
  const status: SubscriptionStatus = prepaid ? 'active' : mapped;
  const next: SubscriptionRecord = {
    ...sub,
    status,
    razorpayStatus: snapshot.status,
    razorpayPaidCount: snapshot.paid_count,
    shortUrl: snapshot.short_url ?? sub.shortUrl,
  };
  if (start && end && !prepaid) {
    next.currentPeriodStart = start;
    next.currentPeriodEnd = end;
  }
  next.nextChargeAt = status === 'active' || status === 'past_due' || status === 'authenticated' ? iso(snapshot.charge_at) : null;
  // Grace runs from the start of the unpaid cycle (the paid one's end), fixed when the renewal first fails.
  next.graceEndsAt =
    status === 'past_due'
      ? (sub.status === 'past_due' && sub.graceEndsAt) ||
        new Date(Date.parse(next.currentPeriodStart ?? now.toISOString()) + graceDays * DAY).toISOString()
      : null;
  next.endedAt = TIER_GONE.includes(status) ? (sub.endedAt ?? iso(snapshot.ended_at) ?? now.toISOString()) : null;

  const transitions: Transition[] = [];
  const was = sub.status;
  if (was !== status) {
    if (was === 'created' && (status === 'active' || status === 'authenticated')) {
      transitions.push(sub.predecessorId ? (sub.proration ? 'plan-changed' : 'downgrade-scheduled') : 'activated');
    } else if ((was === 'past_due' || was === 'halted' || was === 'paused') && status === 'active') transitions.push('restored');
    else if (was === 'authenticated' && status === 'active') transitions.push('started');
    else if (status === 'past_due') transitions.push('past-due');
    else if (status === 'halted') transitions.push('halted');
    else if (ENDED.includes(status)) transitions.push('ended');
  } else if (status === 'active' && next.currentPeriodEnd !== sub.currentPeriodEnd && sub.currentPeriodEnd !== null) {
    transitions.push('renewed');
  }
  // A scheduled price becomes the price when Razorpay's cycle that charges it begins (paid or not: its invoice is
  // at the new plan), never earlier; the old price stays known for late charges of the cycles before.
  const scheduled = sub.scheduledPrice;
  if (scheduled && start && !prepaid && start >= scheduled.from) {
    next.scheduledPrice = null;
    if (snapshot.plan_id === scheduled.razorpayPlanId) {
      next.earlierPrice = { priceTaxablePaise: sub.priceTaxablePaise, monthlyTotalPaise: sub.monthlyTotalPaise, until: scheduled.from };
      next.priceTaxablePaise = scheduled.priceTaxablePaise;
      next.monthlyTotalPaise = scheduled.monthlyTotalPaise;
      next.razorpayPlanId = scheduled.razorpayPlanId;
      transitions.push('price-changed');
    } else if (!snapshot.has_scheduled_changes) transitions.push('price-change-lapsed');
    // Still scheduled at Razorpay: its cycle has not come yet after all; ours stays scheduled.
    else next.scheduledPrice = scheduled;
  }
  return { next, transitions };
}

/** A subscription's price as Razorpay charges it: before GST, and the total with this buyer's GST. */
export interface CyclePrice {
  priceTaxablePaise: number;
  monthlyTotalPaise: number;
}

/**
 * The price of the cycle starting at `cycleStart` (ISO; null: the current one): the scheduled price from its
 * first cycle on, the earlier price for cycles before the current price began, else the current price.
 */
export function priceOfCycle(sub: Pick<SubscriptionRecord, 'priceTaxablePaise' | 'monthlyTotalPaise' | 'scheduledPrice' | 'earlierPrice'>, cycleStart: string | null): CyclePrice {
  const { scheduledPrice: scheduled, earlierPrice: earlier } = sub;
  if (cycleStart && scheduled && cycleStart >= scheduled.from) return { priceTaxablePaise: scheduled.priceTaxablePaise, monthlyTotalPaise: scheduled.monthlyTotalPaise };
  if (cycleStart && earlier && cycleStart < earlier.until) return { priceTaxablePaise: earlier.priceTaxablePaise, monthlyTotalPaise: earlier.monthlyTotalPaise };
  return { priceTaxablePaise: sub.priceTaxablePaise, monthlyTotalPaise: sub.monthlyTotalPaise };
}

/** The price a subscription is headed for: the scheduled one, else the current one (what a new change compares with). */
export const ongoingPrice = (sub: Pick<SubscriptionRecord, 'priceTaxablePaise' | 'scheduledPrice'>): number => sub.scheduledPrice?.priceTaxablePaise ?? sub.priceTaxablePaise;

/** The record's fields that matter, to tell a real change from a repeated snapshot. */
export function sameState(a: SubscriptionRecord, b: SubscriptionRecord): boolean {
  const { updatedAt: _a, version: _va, ...left } = a;
  const { updatedAt: _b, version: _vb, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}

/** The paid tier a record gives, as the quotas package's grant writer takes it; null when it gives none (yet). */
export interface DesiredGrant {
  periodStart: Date;
  periodEnd: Date;
  endsAt: Date;
  /** The tier is over: only end a grant this subscription wrote. */
  ending: boolean;
}

/**
 * Active: the paid period, kept `graceDays` past its end so a renewal that arrives late (or fails, and is then
 * past due) never drops the tier in between — except when it ends at the period end. Past due: until the grace
 * ends. Halted, cancelled, completed or paused: ended when that happened.
 */
export function desiredGrant(sub: SubscriptionRecord, graceDays: number): DesiredGrant | null {
  if (!sub.currentPeriodStart || !sub.currentPeriodEnd) return null;
  const periodStart = new Date(sub.currentPeriodStart);
  const periodEnd = new Date(sub.currentPeriodEnd);
  if (sub.status === 'active') {
    const endsWithPeriod = sub.cancelAtPeriodEnd && sub.successorId === null;
    return { periodStart, periodEnd, endsAt: endsWithPeriod ? periodEnd : new Date(periodEnd.getTime() + graceDays * DAY), ending: false };
  }
  if (sub.status === 'past_due' && sub.graceEndsAt) return { periodStart, periodEnd, endsAt: new Date(sub.graceEndsAt), ending: false };
  if (TIER_GONE.includes(sub.status) && sub.endedAt) return { periodStart, periodEnd, endsAt: new Date(sub.endedAt), ending: true };
  return null;
}
