import type { Caller } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Razorpay from 'razorpay';
import { pointRazorpayAt } from './razorpay-gateway.ts';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const OLD = 99_900;
const NEW = 149_900;
const HIGHER = 199_900;
/** Price plus CGST and SGST at 9 % each (the harness's buyers are in the seller's state). */
const withGst = (paise: number) => paise + 2 * Math.round(paise * 0.09);
const UPCOMING = 'query($id: ID!) { subscription(id: $id) { upcomingPrice { newPrice { paise } effectiveAt } } }';

/**
 * A tier's newer price supersedes every change its subscribers were told of and have not been charged: a price not
 * above what they pay cancels it (they are told it will not happen; Razorpay's scheduled plan change is cancelled),
 * a different increase replaces it with a fresh notice period. The announced price is never charged.
 */
describe('a newer price change of a tier before the earlier one was charged', () => {
  let h: BillingHarness;
  let partner: Caller;

  beforeAll(async () => {
    h = await startBillingHarness('billing-price-supersede');
    partner = h.customer();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const record = (id: string) => h.services.sync.subscriptions.get(id);
  const notices = (id: string) => h.services.priceChanges.noticesOf(id);
  const audits = async (id: string, action: string) => (await h.scan()).filter((i) => i.action === action && i.targetId === id);
  const mailsTo = (customer: Caller, subject: RegExp) => h.mails.filter((m) => JSON.stringify(m.to).includes(customer.userId!.toLowerCase()) && subject.test(m.subject ?? ''));
  /** What Razorpay charged these subscriptions when the clock reached `at` (all that came due are charged). */
  const chargesAt = (at: string, ...subs: { razorpayId: string }[]) => {
    h.clock.set(new Date(at));
    const ids = subs.map((s) => s.razorpayId);
    return h.simulator
      .runDue()
      .filter((r) => r.outcome === 'charged' && ids.includes(r.subscription.id))
      .map((r) => [r.subscription.id, r.payment!.amount])
      .sort();
  };
  const changePrice = async (solutionId: string, price: number, at: string) => {
    h.clock.set(new Date(at));
    const change = h.catalog.changePrice(solutionId, 'pro', price, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
    return change.id;
  };
  const upcoming = async (sub: { id: string; customer: Caller }) => (await h.run(UPCOMING, { id: sub.id }, sub.customer)).data!.subscription.upcomingPrice;

  it('cancels an announced increase when the price goes back: told, never charged, past due or not', async () => {
    h.clock.set(new Date('2026-04-01T10:00:00.000Z'));
    const solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    const active = await h.paidCheckout(solutionId);
    const lapsed = await h.paidCheckout(solutionId);
    // 2 April: 999 → 1,499, mailed to both (from 2 May; the 1 June renewal is the first to charge it).
    await changePrice(solutionId, NEW, '2026-04-02T10:00:00.000Z');
    for (const sub of [active, lapsed]) expect(await notices(sub.id)).toEqual([expect.objectContaining({ newPricePaise: NEW, mail: 'sent' })]);
    // 1 May: one renews, the other's renewal fails.
    h.simulator.failNextCharges(lapsed.razorpayId, 1);
    expect(chargesAt('2026-05-01T10:00:00.000Z', active, lapsed)).toEqual([[active.razorpayId, withGst(OLD)]]);
    await h.services.sync.sync(lapsed.id, 'test');
    expect(await record(lapsed.id)).toMatchObject({ status: 'past_due' });

    // 1 May 11:00: the partner goes back to 999 before the increase took effect.
    const revert = await changePrice(solutionId, OLD, '2026-05-01T11:00:00.000Z');
    for (const sub of [active, lapsed]) {
      const [announced, withdrawn] = (await notices(sub.id)).sort((a, b) => a.changeId.localeCompare(b.changeId));
      expect(announced).toMatchObject({ newPricePaise: NEW, supersededBy: revert, appliedAt: null });
      expect(withdrawn).toMatchObject({ changeId: revert, oldPricePaise: OLD, newPricePaise: OLD, replacesPricePaise: NEW, mail: 'sent' });
      const [mail] = mailsTo(sub.customer, /will not happen/);
      expect(mail!.text).toMatch(/to ₹1,499.00 a month we announced will not happen/);
      expect(mail!.text).toMatch(/You keep paying ₹999.00 a month/);
      const [superseded] = await audits(sub.id, 'subscription.price_change.supersede');
      expect(superseded).toMatchObject({ actorId: partner.userId, before: { pricePaise: OLD, announcedPricePaise: NEW }, after: { pricePaise: OLD, changeId: revert } });
      expect(await upcoming(sub)).toBeNull();
    }
    // Idempotent: more runs tell nobody twice.
    await h.services.jobs.runDue();
    expect(mailsTo(active.customer, /will not happen/)).toHaveLength(1);
    expect(await audits(active.id, 'subscription.price_change.supersede')).toHaveLength(1);

    // 2 May (the announced date): the past-due one pays; neither is moved, then or at the renewals after.
    expect(chargesAt('2026-05-02T10:00:00.000Z', active, lapsed)).toEqual([[lapsed.razorpayId, withGst(OLD)]]);
    await h.services.sync.sync(lapsed.id, 'test');
    await h.services.jobs.runDue();
    h.clock.set(new Date('2026-05-31T11:00:00.000Z'));
    await h.services.jobs.runDue();
    expect(chargesAt('2026-06-01T10:00:00.000Z', active, lapsed)).toEqual(
      [
        [active.razorpayId, withGst(OLD)],
        [lapsed.razorpayId, withGst(OLD)],
      ].sort(),
    );
    await h.services.jobs.runDue();
    for (const sub of [active, lapsed]) {
      expect(await record(sub.id)).toMatchObject({ status: 'active', priceTaxablePaise: OLD, scheduledPrice: null });
      expect(await audits(sub.id, 'subscription.price_change.schedule')).toEqual([]);
      expect(mailsTo(sub.customer, /new price from/)).toHaveLength(1);
    }
  }, 60_000);

  it("cancels Razorpay's scheduled plan change of a reverted increase, so the next cycle is at the price paid now", async () => {
    h.clock.set(new Date('2026-07-01T10:00:00.000Z'));
    const solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    const sub = await h.paidCheckout(solutionId);
    const other = await h.paidCheckout(solutionId);
    await changePrice(solutionId, NEW, '2026-07-02T10:00:00.000Z');
    // 1 August: renewed at 999; the change's job then schedules 1,499 at Razorpay from the 1 September cycle.
    expect(chargesAt('2026-08-01T10:00:00.000Z', sub, other)).toHaveLength(2);
    for (const s of [sub, other]) await h.services.sync.sync(s.id, 'test');
    h.clock.set(new Date('2026-08-01T11:00:00.000Z'));
    await h.services.jobs.runDue();
    expect(await record(sub.id)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: { priceTaxablePaise: NEW, from: '2026-09-01T10:00:00.000Z' } });
    expect(await h.deps.razorpay.fetchSubscription(sub.razorpayId)).toMatchObject({ has_scheduled_changes: true });

    // Razorpay refuses one subscription's cancel at the first run: that one is not told yet and the change stays
    // pending, the other is done; the next run finishes it.
    const cancelScheduled = h.deps.razorpay.cancelScheduledChange;
    h.deps.razorpay.cancelScheduledChange = async (id) => {
      if (id !== sub.razorpayId) return cancelScheduled(id);
      h.deps.razorpay.cancelScheduledChange = cancelScheduled;
      throw new Error('Razorpay is unreachable');
    };
    const revert = await changePrice(solutionId, OLD, '2026-08-05T10:00:00.000Z');
    expect(h.catalog.pendingPriceChanges.map((c) => c.id)).toEqual([revert]);
    expect(await record(sub.id)).toMatchObject({ scheduledPrice: { priceTaxablePaise: NEW } });
    expect(mailsTo(sub.customer, /will not happen/)).toEqual([]);
    expect(await record(other.id)).toMatchObject({ scheduledPrice: null });
    expect(mailsTo(other.customer, /will not happen/)).toHaveLength(1);
    await h.services.jobs.runDue();
    expect(mailsTo(other.customer, /will not happen/)).toHaveLength(1);
    expect(h.catalog.pendingPriceChanges).toEqual([]);
    expect(await h.deps.razorpay.fetchSubscription(sub.razorpayId)).toMatchObject({ has_scheduled_changes: false });
    expect(await record(sub.id)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: null });
    const [cancelled] = await audits(sub.id, 'subscription.price_change.cancel');
    expect(cancelled).toMatchObject({ actorId: partner.userId, before: { scheduledPrice: { priceTaxablePaise: NEW } }, after: { scheduledPrice: null } });
    expect((await notices(sub.id)).find((n) => n.newPricePaise === NEW)).toMatchObject({ supersededBy: revert });
    expect(mailsTo(sub.customer, /will not happen/)).toHaveLength(1);
    expect(await upcoming(sub)).toBeNull();
    await h.services.jobs.runDue();

    expect(chargesAt('2026-09-01T10:00:00.000Z', sub, other)).toEqual([
      [sub.razorpayId, withGst(OLD)],
      [other.razorpayId, withGst(OLD)],
    ].sort());
    await h.services.sync.sync(sub.id, 'test');
    expect(await record(sub.id)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: null });
  }, 60_000);

  it('replaces an announced increase by a different one, with a fresh notice period from its own email', async () => {
    h.clock.set(new Date('2026-10-01T10:00:00.000Z'));
    const solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    const sub = await h.paidCheckout(solutionId);
    // 2 October: 1,499 from 1 November (the 1 December renewal first). 1 November, after that
    // renewal: 1,999 instead, from 1 December (the 1 January renewal first: December's pre-debit notice comes before).
    await changePrice(solutionId, NEW, '2026-10-02T10:00:00.000Z');
    expect(chargesAt('2026-11-01T10:00:00.000Z', sub)).toEqual([[sub.razorpayId, withGst(OLD)]]);
    await h.services.sync.sync(sub.id, 'test');
    const higher = await changePrice(solutionId, HIGHER, '2026-11-01T10:30:00.000Z');
    const [replaced] = await audits(sub.id, 'subscription.price_change.supersede');
    expect(replaced).toMatchObject({ before: { announcedPricePaise: NEW }, after: { pricePaise: HIGHER, changeId: higher } });
    expect((await notices(sub.id)).find((n) => n.changeId === higher)).toMatchObject({
      oldPricePaise: OLD,
      newPricePaise: HIGHER,
      replacesPricePaise: NEW,
      mail: 'sent',
      noticedAt: '2026-11-01T10:30:00.000Z',
      effectiveAt: '2026-12-01T10:30:00.000Z',
    });
    const [mail] = mailsTo(sub.customer, /new price from 1 Jan 2027/);
    expect(mail!.text).toMatch(/changes from ₹999.00 to ₹1,999.00/);
    expect(mail!.text).toMatch(/replaces the change to ₹1,499.00 a month we announced earlier/);
    expect(await upcoming(sub)).toEqual({ newPrice: { paise: HIGHER }, effectiveAt: '2027-01-01T10:00:00.000Z' });

    // The first announcement's date passes: nothing is scheduled; December is at 999, January at 1,999.
    h.clock.set(new Date('2026-11-01T11:00:00.000Z'));
    await h.services.jobs.runDue();
    expect(await record(sub.id)).toMatchObject({ scheduledPrice: null });
    expect(chargesAt('2026-12-01T10:00:00.000Z', sub)).toEqual([[sub.razorpayId, withGst(OLD)]]);
    await h.services.sync.sync(sub.id, 'test');
    h.clock.set(new Date('2026-12-01T11:00:00.000Z'));
    await h.services.jobs.runDue();
    expect(await record(sub.id)).toMatchObject({ scheduledPrice: { priceTaxablePaise: HIGHER, from: '2027-01-01T10:00:00.000Z' } });
    expect(chargesAt('2027-01-01T10:00:00.000Z', sub)).toEqual([[sub.razorpayId, withGst(HIGHER)]]);
    const scheduled = await audits(sub.id, 'subscription.price_change.schedule');
    expect(scheduled.map((a) => a.after.scheduledPrice.priceTaxablePaise)).toEqual([HIGHER]);
  }, 60_000);

  it('takes only the newest of two changes left pending (Razorpay refused meanwhile): the older tells nobody', async () => {
    h.clock.set(new Date('2027-02-01T10:00:00.000Z'));
    const solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    const sub = await h.paidCheckout(solutionId);
    await changePrice(solutionId, NEW, '2027-02-02T10:00:00.000Z');
    expect(chargesAt('2027-03-01T10:00:00.000Z', sub)).toEqual([[sub.razorpayId, withGst(OLD)]]);
    await h.services.sync.sync(sub.id, 'test');
    h.clock.set(new Date('2027-03-04T11:00:00.000Z'));
    await h.services.jobs.runDue();
    expect(await record(sub.id)).toMatchObject({ scheduledPrice: { priceTaxablePaise: NEW } });

    // Razorpay refuses to cancel while the partner goes back to 999 and then to 1,999: both stay pending.
    const cancelScheduled = h.deps.razorpay.cancelScheduledChange;
    h.deps.razorpay.cancelScheduledChange = async () => {
      throw new Error('Razorpay is unreachable');
    };
    await changePrice(solutionId, OLD, '2027-03-05T10:00:00.000Z');
    const higher = await changePrice(solutionId, HIGHER, '2027-03-06T10:00:00.000Z');
    // The run that found both waiting settled the older at once (it tells nobody); the newer waits for Razorpay.
    expect(h.catalog.pendingPriceChanges.map((c) => c.id)).toEqual([higher]);
    h.deps.razorpay.cancelScheduledChange = cancelScheduled;
    await h.services.jobs.runDue();
    expect(h.catalog.pendingPriceChanges).toEqual([]);
    expect(mailsTo(sub.customer, /will not happen/)).toEqual([]);
    expect((await notices(sub.id)).filter((n) => !n.supersededBy)).toEqual([
      expect.objectContaining({ changeId: higher, oldPricePaise: OLD, newPricePaise: HIGHER, replacesPricePaise: NEW, mail: 'sent' }),
    ]);
    expect(await record(sub.id)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: null });
  }, 60_000);
});

describe("a tier price change's preview", () => {
  let h: BillingHarness;
  afterAll(async () => {
    await h?.close();
  });

  it('counts everyone the change reaches, by when they are told: active now, past due once they pay, ending if they resume; a withdrawal at once', async () => {
    h = await startBillingHarness('billing-price-reach');
    const partner = h.customer();
    const solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    const [active, lapsed, leaving, paused] = [await h.paidCheckout(solutionId), await h.paidCheckout(solutionId), await h.paidCheckout(solutionId), await h.paidCheckout(solutionId)];
    await h.services.subscriptions.cancel(leaving.customer, leaving.id);
    // Paused through the official SDK, as a dashboard or support would.
    await pointRazorpayAt(new Razorpay({ key_id: h.simulator.keyId, key_secret: h.simulator.keySecret }), h.simulator.url).subscriptions.pause(paused.razorpayId, { pause_at: 'now' });
    await h.services.sync.sync(paused.id, 'test');
    h.simulator.failNextCharges(lapsed.razorpayId, 1);
    h.clock.set(new Date('2026-05-01T10:00:00.000Z'));
    h.simulator.runDue();
    for (const sub of [active, lapsed]) await h.services.sync.sync(sub.id, 'test');
    expect((await h.services.sync.subscriptions.get(lapsed.id))!.status).toBe('past_due');
    expect((await h.services.sync.subscriptions.get(paused.id))!.status).toBe('paused');

    const preview = await h.services.priceChanges.preview(partner, solutionId, 'pro', NEW);
    expect(preview).toMatchObject({ subscribers: 4, reach: { now: 1, whenActiveAgain: 2, ifResumed: 1, whenStarted: 0 } });
    // The partner confirms what the preview counted.
    expect(JSON.parse(preview.confirmation.replace('fake-seal:', ''))).toMatchObject({ subscribers: 4 });
    // Nobody is reached by the price they pay already.
    expect(await h.services.priceChanges.preview(partner, solutionId, 'pro', OLD)).toMatchObject({ subscribers: 0 });

    // Saved: the active one is told now, the others later.
    h.catalog.changePrice(solutionId, 'pro', NEW, h.clock.now(), partner.userId!);
    await h.services.jobs.runDue();
    expect((await h.services.priceChanges.noticesOf(active.id)).map((n) => n.mail)).toEqual(['sent']);
    for (const sub of [lapsed, leaving, paused]) expect(await h.services.priceChanges.noticesOf(sub.id)).toEqual([]);

    // Going back before it was charged reaches the one told of it, at once: its increase is withdrawn.
    const back = await h.services.priceChanges.preview(partner, solutionId, 'pro', OLD);
    expect(back).toMatchObject({ subscribers: 1, reach: { now: 1, whenActiveAgain: 0, ifResumed: 0, whenStarted: 0 } });
  }, 60_000);
});
