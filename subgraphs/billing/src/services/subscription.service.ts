import {
  auditEventPut,
  type Caller,
  conflict,
  InputError,
  isId,
  newId,
  notFound,
  SECOND,
  transactWrite,
} from '@marketplace/shared';
import { JobRepository } from '../data/job.repository.ts';
import type { SubscriptionRecord } from '../data/subscription.repository.ts';
import type { BillingDeps } from '../deps.ts';
import type { GstBreakdown } from '../money/gst.ts';
import { type PlanChangePreview, previewPlanChange } from '../money/proration.ts';
import { isAdmin, requireCustomer, signedIn } from './access-rules.ts';
import { AUDIT_STREAM } from './billing-audit.ts';
import { isPaidTier, type PaidTier } from './billing-types.ts';
import { gstFor, type PlanTerms, Pricing } from './pricing.ts';
import type { ProfileService } from './profile.service.ts';
import type { SettingsService } from './settings.service.ts';
import { ENDED, LIVE } from './subscription-state.ts';
import { CANCEL_LEAD_MS, type SubscriptionSync } from './subscription-sync.ts';

/** What the customer pays now at Razorpay Checkout. */
export interface CheckoutView {
  subscription: SubscriptionRecord;
  amount: GstBreakdown;
  keyId: string;
  testMode: boolean;
}

/** A plan change as previewed: what is charged now (upgrade) or nothing until the period end (downgrade). */
export interface ChangePreview {
  subscriptionId: string;
  toTier: PaidTier;
  creditPaise: number;
  chargePaise: number;
  gst: GstBreakdown;
  effectiveAt: Date;
  /** The full proration of an upgrade; null for a downgrade. */
  proration: PlanChangePreview | null;
}

/** How long one process may take to create an intent's Razorpay subscription before another may. */
const LEASE_MS = 30 * SECOND;
const WAIT_FOR_LEASE_MS = 20 * SECOND;
const PAYMENT_ID = /^pay_[A-Za-z0-9]{6,40}$/;
const SUBSCRIPTION_ID = /^sub_[A-Za-z0-9]{6,40}$/;

/**
 * Owns what customers do with subscriptions: checkout (idempotent per customer and solution: one open intent,
 * whose id rides in the Razorpay subscription's notes, so a retried or concurrent start never makes a second),
 * confirming a payment, plan changes with proration, cancellation at the period end and undoing it.
 */
export class SubscriptionService {
  private readonly pricing: Pricing;
  private readonly jobs: JobRepository;

  constructor(
    private readonly deps: BillingDeps,
    private readonly services: { settings: SettingsService; profiles: ProfileService; sync: SubscriptionSync },
  ) {
    this.pricing = new Pricing(deps);
    this.jobs = new JobRepository(deps.db, deps.table);
  }

  private get repo() {
    return this.services.sync.subscriptions;
  }

  /** A user's subscriptions, newest first; for the user themself and admins. */
  async listOfUser(userId: string): Promise<SubscriptionRecord[]> {
    return this.repo.listOfUser(userId);
  }

  /** One subscription, or null when the caller may not see it. */
  async get(caller: Caller, id: string): Promise<SubscriptionRecord | null> {
    const sub = isId('sbs', id) ? await this.repo.get(id) : null;
    return sub && (sub.userId === caller.userId || isAdmin(caller)) ? sub : null;
  }

  /**
   * Starts (or resumes) paying for a paid tier. Errors name `solutionId`, `tier` or `offerId`; CONFLICT when the
   * customer already has a live subscription on the solution.
   */
  async startCheckout(caller: Caller, input: { solutionId: string; tier: string; offerId?: string | null }): Promise<CheckoutView> {
    const userId = signedIn(caller);
    const terms = await this.pricing.terms(userId, input.solutionId, input.tier, input.offerId);
    const { seller } = await this.services.settings.requireSeller();
    const buyer = await this.services.profiles.buyerOf(userId);
    const gst = gstFor(terms.taxablePaise, seller.state, buyer);
    const planId = await this.ensurePlan(terms, gst.totalPaise);

    let intent: SubscriptionRecord | null = null;
    for (let attempt = 0; attempt < 10 && !intent; attempt++) {
      const member = await this.repo.member(userId, terms.solution.id);
      const current = member.subscriptionId ? await this.repo.get(member.subscriptionId) : null;
      if (current && LIVE.includes(current.status)) {
        throw conflict(`You already subscribe to ${terms.solution.name} (${current.tier.toUpperCase()}); change the plan instead.`, 'solutionId');
      }
      if (current?.status === 'created' && current.tier === terms.tier && current.offerId === (terms.offer?.id ?? null) && current.monthlyTotalPaise === gst.totalPaise) {
        intent = current;
        break;
      }
      const now = this.deps.clock.now();
      const fresh = this.newIntent({ userId, terms, gst, planId, buyer, now });
      const items = [
        this.repo.put(fresh),
        this.repo.putMember(userId, terms.solution.id, fresh.id, member),
        ...this.services.sync.audit(fresh, fresh, 'subscription.checkout', userId, terms.offer ? `offer ${terms.offer.id}` : null, now),
      ];
      // An open checkout for other terms is replaced by this one.
      if (current?.status === 'created') items.push(this.repo.put({ ...current, status: 'cancelled', endedAt: now.toISOString(), updatedAt: now.toISOString() }));
      const result = await transactWrite(this.deps.db, items);
      if (result.ok) {
        intent = { ...fresh, version: 1 };
        if (current?.status === 'created' && current.razorpaySubscriptionId) await this.cancelQuietly(current.razorpaySubscriptionId);
      }
    }
    if (!intent) throw conflict('Too many checkouts were being started at once; try again.', 'solutionId');
    const ready = await this.ensureRazorpaySubscription(intent);
    return this.checkoutView(ready, gst);
  }

  /**
   * Confirms a Checkout payment by its signature (the SDK's validatePaymentVerification with our key secret),
   * then brings the subscription to Razorpay's state and books the payment. The webhook does the same; whichever
   * comes first activates.
   */
  async confirmCheckout(caller: Caller, input: { razorpayPaymentId: string; razorpaySubscriptionId: string; razorpaySignature: string }): Promise<SubscriptionRecord> {
    const userId = signedIn(caller);
    if (!PAYMENT_ID.test(input.razorpayPaymentId ?? '')) throw new InputError('input.razorpayPaymentId', 'input.razorpayPaymentId must be a Razorpay payment id (pay_…).');
    if (!SUBSCRIPTION_ID.test(input.razorpaySubscriptionId ?? '')) {
      throw new InputError('input.razorpaySubscriptionId', 'input.razorpaySubscriptionId must be a Razorpay subscription id (sub_…).');
    }
    if (!/^[0-9a-f]{64}$/.test(input.razorpaySignature ?? '') || !this.deps.razorpay.paymentSignatureValid(input.razorpaySubscriptionId, input.razorpayPaymentId, input.razorpaySignature)) {
      throw new InputError('input.razorpaySignature', 'input.razorpaySignature does not match this payment and subscription.');
    }
    const sub = await this.repo.byRazorpayId(input.razorpaySubscriptionId);
    if (!sub || sub.userId !== userId) throw notFound('Subscription', 'input.razorpaySubscriptionId');
    const synced = await this.services.sync.sync(sub.id, 'checkout confirmed');
    await this.services.sync.bookPayment(input.razorpayPaymentId);
    return (await this.repo.get(synced.id)) ?? synced;
  }

  /** What changing to `toTier` costs now (upgrade) or when it applies (downgrade). Errors name `toTier`. */
  async previewChange(caller: Caller, subscriptionId: string, toTier: string): Promise<ChangePreview> {
    const sub = requireCustomer(caller, isId('sbs', subscriptionId) ? await this.repo.get(subscriptionId) : null, 'Subscription', 'subscriptionId');
    return this.preview(sub, toTier);
  }

  /**
   * Changes the plan: an upgrade is charged now at the previewed prorated total (CONFLICT on `expectedTotalPaise`
   * when the preview changed) and replaces the subscription once paid; a downgrade starts a subscription at the
   * period end, whose card is authorised now. Either way the returned checkout completes it.
   */
  async changePlan(caller: Caller, subscriptionId: string, toTier: string, expectedTotalPaise: number): Promise<{ subscription: SubscriptionRecord; checkout: CheckoutView }> {
    const sub = requireCustomer(caller, isId('sbs', subscriptionId) ? await this.repo.get(subscriptionId) : null, 'Subscription', 'subscriptionId');
    const preview = await this.preview(sub, toTier);
    if (preview.gst.totalPaise !== expectedTotalPaise) {
      throw conflict(`The price of this change is now ${preview.gst.totalPaise} paise: preview it again.`, 'expectedTotalPaise');
    }
    const pending = sub.successorId ? await this.repo.get(sub.successorId) : null;
    const terms = await this.pricing.terms(sub.userId, sub.solutionId, preview.toTier);
    // A change started earlier and not paid yet is the same change only at the same price (not one saved since).
    if (pending && pending.status === 'created' && pending.tier === preview.toTier && pending.priceTaxablePaise === terms.taxablePaise) {
      return { subscription: pending, checkout: this.checkoutView(await this.ensureRazorpaySubscription(pending), preview.gst) };
    }
    const { seller } = await this.services.settings.requireSeller();
    const buyer = await this.services.profiles.buyerOf(sub.userId);
    const monthly = gstFor(terms.taxablePaise, seller.state, buyer);
    const planId = await this.ensurePlan(terms, monthly.totalPaise);
    const now = this.deps.clock.now();
    const successor: SubscriptionRecord = {
      ...this.newIntent({ userId: sub.userId, terms, gst: monthly, planId, buyer, now }),
      predecessorId: sub.id,
      startAt: sub.currentPeriodEnd,
      // An upgrade holds the tier from now, in the period the customer already has.
      ...(preview.proration
        ? { proration: { fromTier: sub.tier, preview: preview.proration }, currentPeriodStart: sub.currentPeriodStart, currentPeriodEnd: sub.currentPeriodEnd }
        : {}),
    };
    const result = await transactWrite(this.deps.db, [
      this.repo.put(successor),
      this.repo.put({ ...sub, successorId: successor.id, updatedAt: now.toISOString() }),
      ...this.services.sync.audit(sub, successor, 'subscription.plan_change.start', sub.userId, `to ${preview.toTier}`, now),
    ]);
    if (!result.ok) throw conflict('The subscription changed meanwhile; preview the change again.', 'subscriptionId');
    if (pending?.status === 'created') {
      await this.services.sync.update(pending.id, 'subscription.checkout.replace', sub.userId, (s) => ({ ...s, status: 'cancelled', endedAt: now.toISOString() }));
      if (pending.razorpaySubscriptionId) await this.cancelQuietly(pending.razorpaySubscriptionId);
    }
    const ready = await this.ensureRazorpaySubscription({ ...successor, version: 1 });
    return { subscription: ready, checkout: this.checkoutView(ready, preview.proration ? preview.gst : monthly) };
  }

  /**
   * Ends the subscription at its period end (the tier stays until then). It can be undone until shortly before
   * the end, when Razorpay is told. A checkout not yet paid is dropped; a past-due one ends now.
   */
  async cancel(caller: Caller, subscriptionId: string): Promise<SubscriptionRecord> {
    const sub = requireCustomer(caller, isId('sbs', subscriptionId) ? await this.repo.get(subscriptionId) : null, 'Subscription', 'subscriptionId');
    const userId = sub.userId;
    if (ENDED.includes(sub.status)) return sub;
    if (sub.status === 'created') {
      const now = this.deps.clock.now().toISOString();
      const { record } = await this.services.sync.update(sub.id, 'subscription.checkout.cancel', userId, (s) => (s.status === 'created' ? { ...s, status: 'cancelled', endedAt: now } : null));
      if (sub.razorpaySubscriptionId) await this.cancelQuietly(sub.razorpaySubscriptionId);
      return record;
    }
    if (sub.status !== 'active' || !sub.currentPeriodEnd) {
      // Past due, halted or paused: nothing more is owed for a period not paid for; it ends now.
      if (sub.razorpaySubscriptionId) await this.deps.razorpay.cancelSubscription(sub.razorpaySubscriptionId, false);
      return this.services.sync.sync(sub.id, 'cancelled by the customer');
    }
    const { record, changed } = await this.services.sync.update(sub.id, 'subscription.cancel.schedule', userId, (s) =>
      s.cancelAtPeriodEnd ? null : { ...s, cancelAtPeriodEnd: true },
    );
    if (changed) {
      await this.services.sync.mailStatus('cancel-scheduled', record);
      // Too close to the end to wait for the job: tell Razorpay now.
      if (Date.parse(record.currentPeriodEnd!) - this.deps.clock.now().getTime() <= CANCEL_LEAD_MS) return this.sendCancellation(record.id);
    }
    return record;
  }

  /** Undoes a scheduled cancellation or downgrade; CONFLICT once Razorpay has been told. */
  async resume(caller: Caller, subscriptionId: string): Promise<SubscriptionRecord> {
    const sub = requireCustomer(caller, isId('sbs', subscriptionId) ? await this.repo.get(subscriptionId) : null, 'Subscription', 'subscriptionId');
    if (!sub.cancelAtPeriodEnd) return sub;
    if (sub.cancelSentAt) {
      throw conflict('It is too close to the period end to undo this: the change was already sent to Razorpay. Subscribe again after it ends.', 'subscriptionId');
    }
    // A price change saved while it was ending is caught up once it continues (the job checks it did).
    await this.jobs.schedule({ kind: 'price-catch-up', subscriptionId: sub.id, dueAt: this.deps.clock.now().toISOString() });
    const successor = sub.successorId ? await this.repo.get(sub.successorId) : null;
    if (successor && !ENDED.includes(successor.status)) {
      if (successor.razorpaySubscriptionId) await this.cancelQuietly(successor.razorpaySubscriptionId);
      const now = this.deps.clock.now().toISOString();
      await this.services.sync.update(successor.id, 'subscription.downgrade.undo', sub.userId, (s) => ({ ...s, status: 'cancelled', endedAt: now }));
    }
    const { record, changed } = await this.services.sync.update(sub.id, 'subscription.resume', sub.userId, (s) =>
      s.cancelSentAt ? null : { ...s, cancelAtPeriodEnd: false, scheduledTier: null, successorId: null },
    );
    if (changed) {
      // The member item follows the subscription that continues.
      const member = await this.repo.member(record.userId, record.solutionId);
      if (member.subscriptionId !== record.id) await transactWrite(this.deps.db, [this.repo.putMember(record.userId, record.solutionId, record.id, member)]);
      await this.services.sync.mailStatus('cancel-undone', record);
    }
    return record;
  }

  /** Tells Razorpay to cancel at the cycle end (the period-end job, or a cancellation in its last hour). */
  async sendCancellation(subscriptionId: string): Promise<SubscriptionRecord> {
    const sub = await this.repo.get(subscriptionId);
    if (!sub || !sub.cancelAtPeriodEnd || sub.cancelSentAt || sub.status !== 'active' || !sub.razorpaySubscriptionId) return sub!;
    await this.deps.razorpay.cancelSubscription(sub.razorpaySubscriptionId, true);
    const now = this.deps.clock.now().toISOString();
    const { record } = await this.services.sync.update(sub.id, 'subscription.cancel.send', null, (s) => (s.cancelSentAt ? null : { ...s, cancelSentAt: now }));
    return record;
  }

  private async preview(sub: SubscriptionRecord, toTier: string): Promise<ChangePreview> {
    if (!isPaidTier(toTier) || toTier === sub.tier) {
      throw new InputError('toTier', `toTier must be the other paid tier (${sub.tier === 'pro' ? 'ENTERPRISE' : 'PRO'}).`);
    }
    if (sub.status !== 'active' || !sub.currentPeriodStart || !sub.currentPeriodEnd) {
      throw conflict('Only an active subscription can change its plan.', 'subscriptionId');
    }
    if (sub.cancelAtPeriodEnd) throw conflict('This subscription ends at its period end; resume it before changing the plan.', 'subscriptionId');
    const { seller } = await this.services.settings.requireSeller();
    const buyer = await this.services.profiles.buyerOf(sub.userId);
    const now = this.deps.clock.now();
    if (toTier === 'pro') {
      return { subscriptionId: sub.id, toTier, creditPaise: 0, chargePaise: 0, gst: gstFor(0, seller.state, buyer), effectiveAt: new Date(sub.currentPeriodEnd), proration: null };
    }
    const terms = await this.pricing.terms(sub.userId, sub.solutionId, toTier);
    const proration = previewPlanChange({
      periodStart: new Date(sub.currentPeriodStart),
      periodEnd: new Date(sub.currentPeriodEnd),
      changeAt: now,
      from: { plan: sub.tier, paidTaxablePaise: sub.priceTaxablePaise },
      to: { plan: toTier, periodPriceTaxablePaise: terms.taxablePaise },
      seller: seller.state,
      buyer: gstFor(0, seller.state, buyer).placeOfSupply,
    });
    return { subscriptionId: sub.id, toTier, creditPaise: proration.creditPaise, chargePaise: proration.chargePaise, gst: proration.gst, effectiveAt: now, proration };
  }

  private newIntent(o: { userId: string; terms: PlanTerms; gst: GstBreakdown; planId: string; buyer: SubscriptionRecord['buyer']; now: Date }): SubscriptionRecord {
    const { terms, now } = o;
    return {
      id: newId('sbs', now),
      userId: o.userId,
      solutionId: terms.solution.id,
      partnerId: terms.solution.partnerId,
      solutionName: terms.solution.name,
      tier: terms.tier,
      status: 'created',
      priceTaxablePaise: terms.taxablePaise,
      monthlyTotalPaise: o.gst.totalPaise,
      scheduledPrice: null,
      earlierPrice: null,
      buyer: o.buyer,
      offerId: terms.offer?.id ?? null,
      callAllowance: terms.callAllowance,
      ratePerSecond: terms.ratePerSecond,
      razorpayPlanId: o.planId,
      razorpaySubscriptionId: null,
      shortUrl: null,
      leaseUntil: null,
      razorpayStatus: null,
      razorpayPaidCount: 0,
      currentPeriodStart: null,
      currentPeriodEnd: null,
      nextChargeAt: null,
      graceEndsAt: null,
      endedAt: null,
      cancelAtPeriodEnd: false,
      cancelSentAt: null,
      scheduledTier: null,
      predecessorId: null,
      successorId: null,
      proration: null,
      startAt: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 0,
    };
  }

  /** The Razorpay plan charging `totalPaise` a month for this tier (one per amount, created on first use). */
  async ensurePlan(terms: { solution: Pick<PlanTerms['solution'], 'id' | 'name'>; tier: PaidTier }, totalPaise: number): Promise<string> {
    const known = await this.repo.plan(terms.solution.id, terms.tier, totalPaise);
    if (known) return known;
    const planId = await this.deps.razorpay.createPlan({
      name: `${terms.solution.name} ${terms.tier === 'pro' ? 'Pro' : 'Enterprise'}`,
      description: `${terms.solution.id} ${terms.tier} monthly, GST included`,
      amountPaise: totalPaise,
    });
    return this.repo.putPlan(terms.solution.id, terms.tier, totalPaise, planId);
  }

  /**
   * The intent with its Razorpay subscription: one process at a time (a lease) looks for one created earlier for
   * this intent (by the notes) and creates it only if there is none, so retries and races make exactly one.
   */
  private async ensureRazorpaySubscription(intent: SubscriptionRecord): Promise<SubscriptionRecord> {
    const deadline = Date.now() + WAIT_FOR_LEASE_MS;
    for (;;) {
      const current = await this.repo.get(intent.id);
      if (!current) throw notFound('Subscription');
      if (current.razorpaySubscriptionId) return current;
      const now = this.deps.clock.now();
      if (await this.repo.takeLease(current.id, now, new Date(now.getTime() + LEASE_MS))) {
        const found = await this.deps.razorpay.findSubscriptionOfIntent(current.razorpayPlanId, current.id);
        const created =
          found ??
          (await this.deps.razorpay.createSubscription({
            planId: current.razorpayPlanId,
            intentId: current.id,
            startAt: current.predecessorId && current.startAt ? new Date(current.startAt) : undefined,
            upfront: current.proration && current.proration.preview.gst.totalPaise > 0
              ? { name: `Upgrade to ${current.tier === 'pro' ? 'Pro' : 'Enterprise'} for the rest of the period`, amountPaise: current.proration.preview.gst.totalPaise }
              : undefined,
          }));
        const next: SubscriptionRecord = {
          ...current,
          razorpaySubscriptionId: created.id,
          shortUrl: created.short_url,
          razorpayStatus: created.status,
          leaseUntil: null,
          updatedAt: now.toISOString(),
        };
        const result = await transactWrite(this.deps.db, [
          this.repo.put(next),
          this.repo.pointRazorpayId(created.id, current.id),
          ...auditEventPut(
            this.deps.table,
            { stream: AUDIT_STREAM, actorId: null, action: 'subscription.razorpay.create', targetType: 'Subscription', targetId: current.id, userId: current.userId, solutionId: current.solutionId, after: { razorpaySubscriptionId: created.id }, reason: found ? 'found by its notes' : null },
            now,
          ).items,
        ]);
        if (result.ok) return { ...next, version: next.version + 1 };
        continue;
      }
      if (Date.now() > deadline) throw conflict('The checkout is still being prepared; try again in a moment.', 'solutionId');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private checkoutView(subscription: SubscriptionRecord, amount: GstBreakdown): CheckoutView {
    return { subscription, amount, keyId: this.deps.razorpay.keyId, testMode: this.deps.razorpay.testMode };
  }

  private async cancelQuietly(razorpaySubscriptionId: string): Promise<void> {
    try {
      await this.deps.razorpay.cancelSubscription(razorpaySubscriptionId, false);
    } catch (error) {
      this.deps.logger.warn({ err: error, razorpaySubscriptionId }, 'could not cancel an abandoned Razorpay subscription');
    }
  }
}

