import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Caller, createLogger, createMailer, DAY, newId, runBackfill } from '@marketplace/shared';
import { subscriptionsByTierBackfill } from '../data/backfills.ts';
import { startTestSmtp, type TestSmtp } from '../../../../test/support/smtp.ts';
import { createBillingServices } from '../index.ts';
import { mailBackoffMs } from './price-change.service.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingHarness, startBillingHarness } from '../testing/billing-harness.ts';

const UPCOMING = 'query($id: ID!) { subscription(id: $id) { upcomingPrice { newPrice { paise } effectiveAt } } }';
const OLD = 99_900;
const NEW = 149_900;
/** Price plus CGST and SGST at 9 % each (the harness's buyers are in the seller's state). */
const withGst = (paise: number) => paise + 2 * Math.round(paise * 0.09);

describe('a paid tier’s price change for existing subscribers', () => {
  let h: BillingHarness;
  let partner: Caller;
  let solutionId: string;
  let smtp: TestSmtp;
  let changedAt: Date;
  const subs: { id: string; razorpayId: string; customer: Caller }[] = [];

  /** A customer who paid for Pro at checkout: an active subscription. */
  async function subscribe(): Promise<(typeof subs)[number]> {
    const { id, status, razorpayId, customer } = await h.paidCheckout(solutionId);
    expect(status).toBe('active');
    return { id, razorpayId, customer };
  }

  /** Moves billing's and Razorpay's clock; Razorpay charges what came due. */
  const pass = (ms: number) => {
    h.clock.advance(ms);
    return h.simulator.runDue();
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    h = await startBillingHarness('billing-price', { mailer: createMailer({ smtpUrl: smtp.url, mailDir: '', from: 'billing@example.com', logger: createLogger('mail-test', 'silent') }) });
    partner = h.customer();
    solutionId = h.catalog.add({ partnerId: partner.userId!, prices: { pro: OLD } });
    subs.push(await subscribe(), await subscribe());
    // Someone who cancelled is not told.
    const leaving = await subscribe();
    await h.services.subscriptions.cancel(leaving.customer, leaving.id);
    smtp.messages.length = 0;
    // Ten days into the first period: the effective date falls after the first renewal.
    pass(10 * DAY);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('previews how many subscribers keep their price, and until when (now + 30 days), sealed by the catalog for its partner to confirm', async () => {
    const preview = await h.services.priceChanges.preview(partner, solutionId, 'pro', NEW);
    // The one ending at its period end is reached too (told if it resumes): counted apart.
    expect(preview).toMatchObject({ subscribers: 3, reach: { now: 2, whenActiveAgain: 0, ifResumed: 1, whenStarted: 0 }, currentPricePaise: OLD, newPricePaise: NEW });
    expect(preview.effectiveAt.toISOString()).toBe(new Date(h.clock.now().getTime() + 30 * DAY).toISOString());
    // What the partner confirms is exactly what the preview said, and who asked (the catalog checks it on saving).
    expect(JSON.parse(preview.confirmation.replace('fake-seal:', ''))).toEqual({ solutionId, tier: 'pro', currentPricePaise: OLD, newPricePaise: NEW, subscribers: 3, userId: partner.userId });
  });

  it('lets only the solution’s partner ask: NOT_FOUND for another partner, as for no such solution, writing nothing', async () => {
    const before = (await h.scan()).length;
    await expect(h.services.priceChanges.preview(h.customer(), solutionId, 'pro', NEW)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'solutionId' });
    await expect(h.services.priceChanges.preview(partner, newId('sol'), 'pro', NEW)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'solutionId' });
    await expect(h.services.priceChanges.preview(partner, solutionId, 'pro', 12.5)).rejects.toMatchObject({ field: 'newPricePaise' });
    // Above the tier's platform bound, as saving the tiers refuses it.
    await expect(h.services.priceChanges.preview(partner, solutionId, 'pro', Number.MAX_SAFE_INTEGER)).rejects.toMatchObject({
      field: 'newPricePaise',
      message: 'The monthly price must be between 100 and 10,00,00,000 paise (platform bounds).',
    });
    await expect(h.services.priceChanges.preview(partner, solutionId, 'enterprise', 1_000_000_001)).rejects.toMatchObject({ field: 'newPricePaise' });
    await expect(h.services.priceChanges.preview(partner, solutionId, 'registered', NEW)).rejects.toMatchObject({ field: 'tier' });
    // A commission of no such solution is refused alike, naming the id argument.
    await expect(h.services.settings.setCommission(h.admin().userId!, { solutionId: newId('sol'), solutionBps: 1500 })).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'solutionId' });
    expect(await h.scan()).toHaveLength(before);
    expect(smtp.messages).toEqual([]);
  });

  it('tells nobody until the job runs; then one audited notice and one email per subscriber, a refused email retried after its backoff', async () => {
    changedAt = h.clock.now();
    h.catalog.changePrice(solutionId, 'pro', NEW, changedAt, partner.userId!);
    expect(smtp.messages).toHaveLength(0);

    // Two billing processes run at once; the mail server refuses the first message it gets.
    smtp.failNext(1);
    const other = createBillingServices(h.deps);
    await Promise.all([h.services.jobs.runDue(), other.jobs.runDue()]);
    expect(smtp.messages).toHaveLength(1);
    expect(h.catalog.pendingPriceChanges).toEqual([]);
    const audit = (await h.scan()).filter((item) => item.action === 'subscription.price_change.notice');
    expect(audit).toHaveLength(2);
    const states = await Promise.all(subs.map(async (sub) => (await h.services.priceChanges.noticesOf(sub.id))[0]!));
    expect(states.map((n) => n.mail).sort()).toEqual(['pending', 'sent']);
    expect(states.map((n) => n.mailAttempts).sort()).toEqual([1, 1]);
    const first = smtp.messages[0]!;
    expect(first.subject).toMatch(/new price from/);
    expect(first.text).toContain('₹999');
    expect(first.text).toContain('₹1,499');

    // Not before the backoff (a minute), however often the job runs.
    h.clock.advance(30_000);
    await Promise.all([h.services.jobs.runDue(), other.jobs.runDue()]);
    expect(smtp.messages).toHaveLength(1);
    h.clock.advance(30_000);
    await Promise.all([h.services.jobs.runDue(), other.jobs.runDue()]);
    expect(smtp.messages).toHaveLength(2);
    // Each subscriber got exactly one email, and more runs send nothing.
    await h.services.jobs.runDue();
    const recipients = smtp.messages.map((m) => [m.to].flat()[0]!.value[0]!.address);
    expect(new Set(recipients).size).toBe(2);
    expect(smtp.messages).toHaveLength(2);
    for (const sub of subs) {
      expect(await h.services.priceChanges.noticesOf(sub.id)).toEqual([expect.objectContaining({ oldPricePaise: OLD, newPricePaise: NEW, mail: 'sent', appliedAt: null })]);
    }
    // The retried email announces 30 days from when it went out, not from the save.
    const retried = states.find((n) => n.mail === 'pending')!;
    const late = (await h.services.priceChanges.noticesOf(retried.subscriptionId))[0]!;
    expect(late.effectiveAt).toBe(new Date(Date.parse(late.noticedAt!) + 30 * DAY).toISOString());
    expect(Date.parse(late.effectiveAt)).toBeGreaterThan(changedAt.getTime() + 30 * DAY);

    // The customer sees it on their subscription until it applies.
    const lateSub = subs.find((sub) => sub.id === late.subscriptionId)!;
    // From the first renewal after that date (day 40): 1 June, Razorpay's renewal after 1 May.
    const seen = await h.run(UPCOMING, { id: lateSub.id }, lateSub.customer);
    expect(seen.data!.subscription.upcomingPrice).toEqual({ newPrice: { paise: NEW }, effectiveAt: '2026-06-01T10:00:00.000Z' });
  });

  it('counts subscriptions from before the by-tier index once the start-up backfill gave them their entry', async () => {
    const [old] = subs;
    await h.deps.db.send(new UpdateCommand({ TableName: h.deps.table, Key: { pk: `SUB#${old!.id}`, sk: 'SUB' }, UpdateExpression: 'REMOVE gsi2pk, gsi2sk' }));
    const versionBefore = (await h.scan()).find((i) => i.pk === `SUB#${old!.id}`)!.version;
    // The other and the one ending at its period end.
    expect((await h.services.priceChanges.preview(partner, solutionId, 'pro', 199_900)).subscribers).toBe(2);
    const backfill = subscriptionsByTierBackfill(h.deps.db, h.deps.table);
    expect(await runBackfill(h.deps, backfill, { pageSize: 7 })).toMatchObject({ fixed: 1, skipped: false });
    expect((await h.services.priceChanges.preview(partner, solutionId, 'pro', 199_900)).subscribers).toBe(3);
    expect((await h.scan()).find((i) => i.pk === `SUB#${old!.id}`)!.version).toBe(versionBefore);
    expect(await runBackfill(h.deps, backfill)).toMatchObject({ fixed: 0, skipped: true });
  });

  it('keeps renewals at the old price until 30 days after each subscriber’s email, then the new one', async () => {
    const notices = await Promise.all(subs.map(async (sub) => (await h.services.priceChanges.noticesOf(sub.id))[0]!));
    const [early, late] = [...notices].sort((a, b) => a.noticedAt!.localeCompare(b.noticedAt!));
    const subOf = (id: string) => subs.find((s) => s.id === id)!;
    // The first renewal (day 30) comes before the effective date (day 40).
    const renewal = pass(21 * DAY).find((r) => r.subscription.id === subOf(early!.subscriptionId).razorpayId);
    expect(renewal?.payment?.amount).toBe(withGst(OLD));
    await h.services.jobs.runDue();
    expect(await h.services.subscriptions.get(subOf(early!.subscriptionId).customer, early!.subscriptionId)).toMatchObject({ priceTaxablePaise: OLD });

    // 30 days after the first email: only that subscriber's change is scheduled at Razorpay, from its next cycle
    // (day 60); until then it pays the old price. The one emailed a minute later is not scheduled yet.
    h.clock.set(new Date(Date.parse(early!.noticedAt!) + 30 * DAY));
    h.simulator.runDue();
    await h.services.jobs.runDue();
    const nextCycle = new Date((await h.deps.razorpay.fetchSubscription(subOf(early!.subscriptionId).razorpayId)).current_end! * 1000).toISOString();
    expect(await h.services.subscriptions.get(subOf(early!.subscriptionId).customer, early!.subscriptionId)).toMatchObject({
      priceTaxablePaise: OLD,
      monthlyTotalPaise: withGst(OLD),
      scheduledPrice: { priceTaxablePaise: NEW, monthlyTotalPaise: withGst(NEW), from: nextCycle },
    });
    expect(await h.services.subscriptions.get(subOf(late!.subscriptionId).customer, late!.subscriptionId)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: null });
    expect((await h.run(UPCOMING, { id: early!.subscriptionId }, subOf(early!.subscriptionId).customer)).data!.subscription.upcomingPrice).toEqual({ newPrice: { paise: NEW }, effectiveAt: nextCycle });

    pass(60_000);
    await h.services.jobs.runDue();
    expect(await h.services.subscriptions.get(subOf(late!.subscriptionId).customer, late!.subscriptionId)).toMatchObject({ priceTaxablePaise: OLD, scheduledPrice: { priceTaxablePaise: NEW } });
    expect((await h.services.priceChanges.noticesOf(early!.subscriptionId))[0]!.appliedAt).not.toBeNull();

    // Day 60: Razorpay charges the new plan, and the subscription's price is the new one from then on.
    const later = pass(31 * DAY).find((r) => r.subscription.id === subOf(early!.subscriptionId).razorpayId);
    expect(later?.payment?.amount).toBe(withGst(NEW));
    await h.services.sync.sync(early!.subscriptionId, 'test');
    expect(await h.services.subscriptions.get(subOf(early!.subscriptionId).customer, early!.subscriptionId)).toMatchObject({ priceTaxablePaise: NEW, monthlyTotalPaise: withGst(NEW), scheduledPrice: null });
    expect((await h.run(UPCOMING, { id: early!.subscriptionId }, subOf(early!.subscriptionId).customer)).data!.subscription.upcomingPrice).toBeNull();
  });
});

describe('a refused price-change email', () => {
  it('is retried after 1, 2, 4 … minutes, never more than 6 hours apart', () => {
    expect([1, 2, 3, 4].map(mailBackoffMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(mailBackoffMs(40)).toBe(6 * 3_600_000);
  });
});
