import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Caller, runBackfill } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { priceNoticesBySolutionBackfill } from '../data/backfills.ts';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const OLD = 99_900;
const NEW = 149_900;
const HIGHER = 199_900;
const LOWER = 79_900;
const MANY = 12;

/**
 * The partner's preview of who a new price reaches reads the tier's subscriptions and their notices in a fixed
 * number of store calls, however many subscribers there are, and counts them as before.
 */
describe('the price-change preview of a tier with many subscribers', () => {
  let h: BillingHarness;
  let partner: Caller;
  let solutionId: string;
  let small: string;
  const subs: { id: string; customer: Caller }[] = [];

  /** The store calls one preview makes. */
  async function callsOf(solution: string, price: number): Promise<number> {
    const send = vi.spyOn(h.deps.db, 'send');
    try {
      await h.services.priceChanges.preview(partner, solution, 'pro', price);
      return send.mock.calls.length;
    } finally {
      send.mockRestore();
    }
  }

  beforeAll(async () => {
    h = await startBillingHarness('billing-price-reach');
    partner = h.customer();
    solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    small = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    for (let i = 0; i < MANY; i++) subs.push(await h.paidCheckout(solutionId));
    await h.paidCheckout(small);
    // Three leave at their period end; the others are told of 999 → 1,499.
    for (const sub of subs.slice(0, 3)) await h.services.subscriptions.cancel(sub.customer, sub.id);
    h.clock.advance(60_000);
    h.catalog.changePrice(solutionId, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('counts everyone it reaches, told or not, as reading them one by one did', async () => {
    for (const sub of subs.slice(3)) expect(await h.services.priceChanges.noticesOf(sub.id)).toEqual([expect.objectContaining({ newPricePaise: NEW, mail: 'sent' })]);
    // Back to 999: the nine told of 1,499 hear it is off; the three leaving pay 999 already.
    expect(await h.services.priceChanges.preview(partner, solutionId, 'pro', OLD)).toMatchObject({ subscribers: MANY - 3, reach: { now: MANY - 3, whenActiveAgain: 0, ifResumed: 0, whenStarted: 0 } });
    // 1,999: the nine now (replacing what they were told), the three if they resume.
    expect(await h.services.priceChanges.preview(partner, solutionId, 'pro', HIGHER)).toMatchObject({ subscribers: MANY, reach: { now: MANY - 3, whenActiveAgain: 0, ifResumed: 3, whenStarted: 0 } });
  });

  it('makes as many store calls for twelve subscribers as for one', async () => {
    const one = await callsOf(small, HIGHER);
    expect(one).toBeLessThanOrEqual(3);
    expect(await callsOf(solutionId, HIGHER)).toBe(one);
  });

  it('finds notices written before their by-solution index once the start-up backfill gave them their entry', async () => {
    const [told] = subs.slice(3);
    const key = (await h.scan()).find((i) => i.pk === `PRICENOTICE#${told!.id}`)!;
    await h.deps.db.send(new UpdateCommand({ TableName: h.deps.table, Key: { pk: key.pk, sk: key.sk }, UpdateExpression: 'REMOVE gsi1pk, gsi1sk' }));
    // Unseen, its notice of 1,499 would not be withdrawn by going back to 999.
    expect((await h.services.priceChanges.preview(partner, solutionId, 'pro', OLD)).subscribers).toBe(MANY - 4);
    const backfill = priceNoticesBySolutionBackfill(h.deps.db, h.deps.table);
    expect(await runBackfill(h.deps, backfill)).toMatchObject({ fixed: 1, skipped: false });
    expect((await h.services.priceChanges.preview(partner, solutionId, 'pro', OLD)).subscribers).toBe(MANY - 3);
    expect(await runBackfill(h.deps, backfill)).toMatchObject({ fixed: 0, skipped: true });
  });

  it('tells nobody twice of the same price: saved again (1,499 → 1,999 → 1,499 before a run), it sends nothing and sets nothing aside', async () => {
    const told = subs.slice(3);
    // The nine told of 1,499 are not reached by 1,499 again; the three leaving would be (if they resume).
    expect(await h.services.priceChanges.preview(partner, solutionId, 'pro', NEW)).toMatchObject({ subscribers: 3, reach: { now: 0, ifResumed: 3 } });
    const before = await Promise.all(told.map((sub) => h.services.priceChanges.noticesOf(sub.id)));
    const audited = async () => (await h.scan()).filter((i) => String(i.action).startsWith('subscription.price_change.')).length;
    const [mails, audits] = [h.mails.length, await audited()];

    h.clock.advance(60_000);
    h.catalog.changePrice(solutionId, 'pro', HIGHER, h.clock.now(), partner.userId!);
    h.clock.advance(60_000);
    h.catalog.changePrice(solutionId, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
    await h.services.jobs.runDue();

    expect(h.catalog.pendingPriceChanges).toEqual([]);
    expect(h.mails.slice(mails)).toEqual([]);
    expect(await audited()).toBe(audits);
    expect(await Promise.all(told.map((sub) => h.services.priceChanges.noticesOf(sub.id)))).toEqual(before);
  });

  it('tells a past-due subscriber of a decrease with everyone else, and of an increase only once they pay', async () => {
    const other = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    const [payer, lapsed] = [await h.paidCheckout(other), await h.paidCheckout(other)];
    const mailsTo = (sub: { customer: Caller }) => h.mails.filter((m) => JSON.stringify(m.to).includes(sub.customer.userId!.toLowerCase()) && /new price from/.test(m.subject ?? ''));
    // A month on, one renewal fails: past due.
    h.simulator.failNextCharges(lapsed.razorpayId, 1);
    h.clock.advance(30 * 24 * 3_600_000 + 3_600_000);
    h.simulator.runDue();
    for (const sub of [payer, lapsed]) await h.services.sync.sync(sub.id, 'test');
    expect(await h.services.sync.subscriptions.get(lapsed.id)).toMatchObject({ status: 'past_due' });

    // An increase still waits for them (its 30 days run while they can use the tier); a decrease does not.
    expect(await h.services.priceChanges.preview(partner, other, 'pro', HIGHER)).toMatchObject({ subscribers: 2, reach: { now: 1, whenActiveAgain: 1 } });
    expect(await h.services.priceChanges.preview(partner, other, 'pro', LOWER)).toMatchObject({ subscribers: 2, reach: { now: 2, whenActiveAgain: 0 } });
    h.catalog.changePrice(other, 'pro', LOWER, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
    for (const sub of [payer, lapsed]) {
      expect(await h.services.priceChanges.noticesOf(sub.id)).toEqual([expect.objectContaining({ oldPricePaise: OLD, newPricePaise: LOWER, mail: 'sent' })]);
      const [mail] = mailsTo(sub);
      expect(mail!.text).toMatch(/changes from ₹999.00 to ₹799.00 a month/);
    }

    // They pay: active again, and not told a second time.
    h.clock.advance(24 * 3_600_000);
    h.simulator.runDue();
    await h.services.sync.sync(lapsed.id, 'test');
    expect(await h.services.sync.subscriptions.get(lapsed.id)).toMatchObject({ status: 'active' });
    await h.services.jobs.runDue();
    expect(await h.services.priceChanges.noticesOf(lapsed.id)).toHaveLength(1);
    expect(mailsTo(lapsed)).toHaveLength(1);
  });

  it('does not tell a subscriber again, once they pay, of a price they were told of before they fell past due and that was saved again meanwhile', async () => {
    const third = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    const sub = await h.paidCheckout(third);
    const mailsTo = () => h.mails.filter((m) => JSON.stringify(m.to).includes(sub.customer.userId!.toLowerCase()) && /new price from/.test(m.subject ?? ''));
    // Told 20 days into the period: the new price is due 20 days after the renewal.
    h.clock.advance(20 * 24 * 3_600_000);
    h.catalog.changePrice(third, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
    expect(mailsTo()).toHaveLength(1);
    // Its renewal fails; meanwhile the partner saves 1,999 and then 1,499 again.
    h.simulator.failNextCharges(sub.razorpayId, 1);
    h.clock.set(new Date((await h.deps.razorpay.fetchSubscription(sub.razorpayId)).charge_at! * 1000 + 3_600_000));
    h.simulator.runDue();
    await h.services.sync.sync(sub.id, 'test');
    expect(await h.services.sync.subscriptions.get(sub.id)).toMatchObject({ status: 'past_due' });
    h.catalog.changePrice(third, 'pro', HIGHER, h.clock.now(), partner.userId!);
    h.clock.advance(60_000);
    h.catalog.changePrice(third, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
    // It pays: the catch-up finds the notice it has, and sends nothing.
    h.clock.advance(24 * 3_600_000);
    h.simulator.runDue();
    await h.services.sync.sync(sub.id, 'test');
    expect(await h.services.sync.subscriptions.get(sub.id)).toMatchObject({ status: 'active' });
    await h.services.jobs.runDue();
    expect(await h.services.priceChanges.noticesOf(sub.id)).toEqual([expect.objectContaining({ newPricePaise: NEW, mail: 'sent', supersededBy: null })]);
    expect(mailsTo()).toHaveLength(1);
  });
});
