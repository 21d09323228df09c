import { DAY } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import type { SubscriptionRecord } from '../data/subscription.repository.ts';
import type { RzpSubscription } from './razorpay-gateway.ts';
import { advance, desiredGrant, priceOfCycle } from './subscription-state.ts';

const T0 = Date.parse('2026-05-01T10:00:00Z');
const unix = (ms: number) => Math.floor(ms / 1000);
const MONTH = 31 * DAY;

const record = (overrides: Partial<SubscriptionRecord> = {}): SubscriptionRecord => ({
  id: 'sbs_1', userId: 'usr_1', solutionId: 'sol_1', partnerId: 'usr_p', solutionName: 'API', tier: 'pro', status: 'created',
  priceTaxablePaise: 99_900, monthlyTotalPaise: 117_882, buyer: { name: 'A', email: 'a@example.com' }, offerId: null, callAllowance: null,
  ratePerSecond: null, razorpayPlanId: 'plan_1', razorpaySubscriptionId: 'sub_1', shortUrl: 'https://rzp.io/i/x', leaseUntil: null,
  razorpayStatus: 'created', razorpayPaidCount: 0, currentPeriodStart: null, currentPeriodEnd: null, nextChargeAt: null, graceEndsAt: null,
  endedAt: null, cancelAtPeriodEnd: false, cancelSentAt: null, scheduledTier: null, predecessorId: null, successorId: null, proration: null,
  scheduledPrice: null, earlierPrice: null, startAt: null, createdAt: new Date(T0).toISOString(), updatedAt: new Date(T0).toISOString(), version: 1, ...overrides,
});
const snapshot = (overrides: Partial<RzpSubscription> = {}): RzpSubscription => ({
  id: 'sub_1', status: 'active', plan_id: 'plan_1', current_start: unix(T0), current_end: unix(T0 + MONTH), charge_at: unix(T0 + MONTH),
  start_at: unix(T0), ended_at: null, paid_count: 1, short_url: 'https://rzp.io/i/x', notes: { intent_id: 'sbs_1' }, created_at: unix(T0), ...overrides,
});

describe('advance', () => {
  it('activates a paid checkout with Razorpay\'s period', () => {
    const { next, transitions } = advance(record(), snapshot(), new Date(T0), 3);
    expect(transitions).toEqual(['activated']);
    expect(next).toMatchObject({ status: 'active', currentPeriodEnd: new Date(T0 + MONTH).toISOString(), nextChargeAt: new Date(T0 + MONTH).toISOString(), razorpayPaidCount: 1 });
  });

  it('never moves back: an older snapshot (fewer paid cycles) changes nothing', () => {
    const renewed = advance(record(), snapshot({ paid_count: 2, current_start: unix(T0 + MONTH), current_end: unix(T0 + 2 * MONTH) }), new Date(T0), 3).next;
    const older = advance(renewed, snapshot(), new Date(T0), 3);
    expect(older.next).toBe(renewed);
    expect(older.transitions).toEqual([]);
  });

  it('a failed renewal: past due, grace from the unpaid cycle\'s start, fixed once set', () => {
    const active = advance(record(), snapshot(), new Date(T0), 3).next;
    const pending = snapshot({ status: 'pending', current_start: unix(T0 + MONTH), current_end: unix(T0 + 2 * MONTH), charge_at: unix(T0 + MONTH + DAY) });
    const { next, transitions } = advance(active, pending, new Date(T0 + MONTH + 60_000), 3);
    expect(transitions).toEqual(['past-due']);
    expect(next.graceEndsAt).toBe(new Date(T0 + MONTH + 3 * DAY).toISOString());
    const later = advance(next, { ...pending, charge_at: unix(T0 + MONTH + 2 * DAY) }, new Date(T0 + MONTH + DAY), 3).next;
    expect(later.graceEndsAt).toBe(next.graceEndsAt);
    expect(desiredGrant(later, 3)).toMatchObject({ endsAt: new Date(T0 + MONTH + 3 * DAY), ending: false });
  });

  it('halted ends the tier when it happened; a payment restores it', () => {
    const active = advance(record(), snapshot(), new Date(T0), 3).next;
    const haltedAt = new Date(T0 + MONTH + 3 * DAY);
    const halted = advance(active, snapshot({ status: 'halted', current_start: unix(T0 + MONTH), current_end: unix(T0 + 2 * MONTH) }), haltedAt, 3);
    expect(halted.transitions).toEqual(['halted']);
    expect(desiredGrant(halted.next, 3)).toMatchObject({ endsAt: haltedAt, ending: true });
    const restored = advance(halted.next, snapshot({ paid_count: 2, current_start: unix(T0 + MONTH), current_end: unix(T0 + 2 * MONTH) }), new Date(haltedAt.getTime() + DAY), 3);
    expect(restored.transitions).toEqual(['restored']);
    expect(restored.next.endedAt).toBeNull();
  });

  it('an ended subscription stays ended whatever comes later', () => {
    const ended = record({ status: 'cancelled', endedAt: new Date(T0).toISOString() });
    expect(advance(ended, snapshot(), new Date(T0), 3).next).toBe(ended);
  });

  it('the tier lasts to the period end plus grace, exactly to the period end when cancelling', () => {
    const active = advance(record(), snapshot(), new Date(T0), 3).next;
    expect(desiredGrant(active, 3)!.endsAt).toEqual(new Date(T0 + MONTH + 3 * DAY));
    expect(desiredGrant({ ...active, cancelAtPeriodEnd: true }, 3)!.endsAt).toEqual(new Date(T0 + MONTH));
    expect(desiredGrant(record(), 3)).toBeNull();
  });

  it('a scheduled price becomes the price when Razorpay\'s cycle on its plan begins, once; earlier cycles keep theirs', () => {
    const from = new Date(T0 + MONTH).toISOString();
    const scheduledPrice = { priceTaxablePaise: 149_900, monthlyTotalPaise: 176_882, razorpayPlanId: 'plan_2', from };
    const active = { ...advance(record(), snapshot(), new Date(T0), 3).next, scheduledPrice };
    // The cycle running (and a retry of it) is at the old price; the next charge is at the new one.
    expect(priceOfCycle(active, new Date(T0).toISOString())).toEqual({ priceTaxablePaise: 99_900, monthlyTotalPaise: 117_882 });
    expect(priceOfCycle(active, active.nextChargeAt)).toEqual({ priceTaxablePaise: 149_900, monthlyTotalPaise: 176_882 });
    expect(advance(active, snapshot({ has_scheduled_changes: true, change_scheduled_at: unix(T0 + MONTH) }), new Date(T0 + DAY), 3).transitions).toEqual([]);

    const renewal = snapshot({ plan_id: 'plan_2', paid_count: 2, current_start: unix(T0 + MONTH), current_end: unix(T0 + 2 * MONTH), charge_at: unix(T0 + 2 * MONTH) });
    const { next, transitions } = advance(active, renewal, new Date(T0 + MONTH), 3);
    expect(transitions).toEqual(['renewed', 'price-changed']);
    expect(next).toMatchObject({ priceTaxablePaise: 149_900, monthlyTotalPaise: 176_882, razorpayPlanId: 'plan_2', scheduledPrice: null, earlierPrice: { priceTaxablePaise: 99_900, until: from } });
    expect(advance(next, renewal, new Date(T0 + MONTH + DAY), 3).transitions).toEqual([]);
    // A late charge of the cycle before is still at the price it was charged.
    expect(priceOfCycle(next, new Date(T0).toISOString())).toEqual({ priceTaxablePaise: 99_900, monthlyTotalPaise: 117_882 });
    expect(priceOfCycle(next, from)).toEqual({ priceTaxablePaise: 149_900, monthlyTotalPaise: 176_882 });

    // A failed first charge of that cycle is at the new plan too: the price moves all the same.
    const failed = advance(active, { ...renewal, status: 'pending', paid_count: 1 }, new Date(T0 + MONTH), 3);
    expect(failed.transitions).toEqual(['past-due', 'price-changed']);
    // The change was cancelled at Razorpay: the cycle began on the old plan, the price stays.
    const kept = advance(active, { ...renewal, plan_id: 'plan_1' }, new Date(T0 + MONTH), 3);
    expect(kept.transitions).toEqual(['renewed', 'price-change-lapsed']);
    expect(kept.next).toMatchObject({ priceTaxablePaise: 99_900, scheduledPrice: null, earlierPrice: null });
    // Razorpay still holds the change for a later cycle: ours stays scheduled.
    const waiting = advance(active, { ...renewal, plan_id: 'plan_1', has_scheduled_changes: true }, new Date(T0 + MONTH), 3);
    expect(waiting.transitions).toEqual(['renewed']);
    expect(waiting.next.scheduledPrice).toEqual(scheduledPrice);
  });
});
