import type { Session } from '@marketplace/identity/testing';
import { DAY } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../data/keys.ts';
import { MY_USAGE, type QuotasHarness, startQuotasHarness, TIER_GRANT_HISTORY } from '../testing/quotas-harness.ts';
import { createPaidGrantWriter, type PaidGrant } from './paid-grants.ts';

let h: QuotasHarness;
let customer: Session;
let solutionId: string;
beforeAll(async () => {
  h = await startQuotasHarness('paid');
  const partner = await h.catalog.partner('paid.partner@example.com', 'Paid Inc');
  customer = await h.catalog.customer('paid.customer@example.com');
  solutionId = await h.catalog.published(partner, 'paid-api');
});
afterAll(() => h?.close());

const writer = () => createPaidGrantWriter({ db: h.deps.db, table: h.deps.table, clock: h.clock });
const grant = (overrides: Partial<PaidGrant> = {}): PaidGrant => {
  const now = h.clock.now();
  return {
    userId: customer.userId,
    solutionId,
    tier: 'pro',
    periodStart: new Date(now.getTime() - DAY),
    periodEnd: new Date(now.getTime() + 29 * DAY),
    endsAt: new Date(now.getTime() + 32 * DAY),
    reference: 'sbs_first',
    reason: 'subscription.activated',
    ...overrides,
  };
};
const usage = async () => {
  h.deps.tiers.forget(customer.userId, solutionId);
  const res = await h.run(MY_USAGE, { solutionId }, customer.caller);
  expect(res.errors).toBeUndefined();
  return res.data!.myUsage;
};

describe('the paid grant writer (billing → quotas)', () => {
  it('gives the tier with the paid period as the quota window, audited once however often it is written', async () => {
    const paid = grant();
    expect(await writer().write(paid)).toBe(true);
    expect(await writer().write(paid)).toBe(false);
    const view = await usage();
    expect(view).toMatchObject({ tier: 'PRO', windowKind: 'MONTHLY', limit: 10_000 });
    expect(view.windowStart).toBe(paid.periodStart.toISOString());
    expect(view.windowEnd).toBe(paid.periodEnd.toISOString());
    const history = await h.run(TIER_GRANT_HISTORY, { userId: customer.userId, solutionId }, h.admin.caller);
    expect(history.data!.tierGrantHistory).toHaveLength(1);
    expect(history.data!.tierGrantHistory[0]).toMatchObject({ actorId: null, action: 'tier.grant', reason: 'subscription.activated' });
    expect(history.data!.tierGrantHistory[0].after).toMatchObject({ tier: 'PRO', terms: { reference: 'sbs_first' } });
  });

  it('counts usage in the period (P<start>), and a renewal starts a fresh counter', async () => {
    const paid = grant();
    const window = `P${paid.periodStart.toISOString()}`;
    await h.counters.consume(keys.counter(solutionId, customer.userId, 'pro', window), 7, null, paid.periodEnd, h.clock.now());
    expect((await usage()).used).toBe(7);
    // Past the period end but within its grace: the next period (where the renewal will start) counts.
    h.clock.advance(30 * DAY);
    expect((await usage()).used).toBe(0);
    expect((await usage()).windowStart).toBe(paid.periodEnd.toISOString());
    h.clock.advance(-30 * DAY);
  });

  it("applies an Enterprise offer's allowance and rate in place of the tier's", async () => {
    await writer().write(grant({ tier: 'enterprise', callAllowance: 123_456, ratePerSecond: 77, reference: 'sbs_offer' }));
    expect(await usage()).toMatchObject({ tier: 'ENTERPRISE', limit: 123_456, ratePerSecond: 77 });
  });

  it('with onlyIfReference, leaves a grant another subscription wrote alone', async () => {
    const ended = grant({ endsAt: h.clock.now(), reference: 'sbs_first' });
    expect(await writer().write(ended, { onlyIfReference: 'sbs_first' })).toBe(false);
    expect((await usage()).tier).toBe('ENTERPRISE');
    expect(await writer().write({ ...ended, tier: 'enterprise', reference: 'sbs_offer' }, { onlyIfReference: 'sbs_offer' })).toBe(true);
    expect((await usage()).tier).toBe('REGISTERED');
  });
});
