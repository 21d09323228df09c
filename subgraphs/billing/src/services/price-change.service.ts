import { auditEventPut, type Caller, DAY, forbidden, InputError, isId, notFound, sendMailSafely, transactWrite } from '@marketplace/shared';
import { JobRepository } from '../data/job.repository.ts';
import { type PriceNotice, PriceNoticeRepository } from '../data/price-notice.repository.ts';
import type { SubscriptionRecord } from '../data/subscription.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { isAdmin, signedIn } from './access-rules.ts';
import { AUDIT_STREAM } from './billing-audit.ts';
import { priceChangeMail } from './billing-mail.ts';
import { isPaidTier, type PaidTier } from './billing-types.ts';
import { gstFor } from './pricing.ts';
import type { SettingsService } from './settings.service.ts';
import type { SubscriptionService } from './subscription.service.ts';
import type { SubscriptionSync } from './subscription-sync.ts';

/** How long existing subscribers keep their price after they are told of a change. */
export const PRICE_NOTICE_DAYS = 30;

/** What a partner sees before saving a new price for a paid tier. */
export interface PriceChangePreview {
  solutionId: string;
  tier: PaidTier;
  /** Active subscribers on the tier: they keep their price until `effectiveAt` and are mailed today. */
  subscribers: number;
  /** The tier's price now (null: none yet). */
  currentPricePaise: number | null;
  newPricePaise: number;
  effectiveAt: Date;
}

/**
 * Owns price changes of paid tiers for existing subscribers: new subscribers pay the catalog's price at once,
 * while each active subscriber gets one notice (idempotent per new price, audited, mailed once) and keeps their
 * price for 30 days; a `price-change` job then moves the Razorpay subscription to the new price's plan from its
 * next cycle and records the new price on ours, so the first renewal at or after the effective date charges it.
 */
export class PriceChangeService {
  private readonly notices: PriceNoticeRepository;
  private readonly jobs: JobRepository;

  constructor(
    private readonly deps: BillingDeps,
    private readonly services: { sync: SubscriptionSync; settings: SettingsService; subscriptions: SubscriptionService },
  ) {
    this.notices = new PriceNoticeRepository(deps.db, deps.table);
    this.jobs = new JobRepository(deps.db, deps.table);
  }

  /** The preview; NOT_FOUND for an unknown solution, FORBIDDEN for anyone but its partner (and admins). */
  async preview(caller: Caller, solutionId: string, tier: string, newPricePaise: number): Promise<PriceChangePreview> {
    await this.requirePartner(caller, solutionId);
    if (!isPaidTier(tier)) throw new InputError('tier', 'Only PRO or ENTERPRISE have a price.');
    if (!Number.isSafeInteger(newPricePaise) || newPricePaise <= 0) throw new InputError('newPricePaise', 'newPricePaise must be a positive whole number of paise.');
    const policy = await this.deps.catalog.policy(solutionId, tier);
    const active = await this.activeSubscribers(solutionId, tier);
    return {
      solutionId,
      tier,
      subscribers: active.filter((sub) => sub.priceTaxablePaise !== newPricePaise).length,
      currentPricePaise: policy?.monthlyPricePaise ?? null,
      newPricePaise,
      effectiveAt: new Date(this.deps.clock.now().getTime() + PRICE_NOTICE_DAYS * DAY),
    };
  }

  /**
   * Tells every active subscriber on the tier whose price differs: a notice (written once per subscriber and new
   * price, with its audit event), one mail, and the job that applies it. A retry notices and mails nobody twice.
   * Resolves with the preview and how many were newly noticed.
   */
  async announce(caller: Caller, solutionId: string, tier: string, newPricePaise: number): Promise<{ preview: PriceChangePreview; noticed: number }> {
    const preview = await this.preview(caller, solutionId, tier, newPricePaise);
    const actorId = signedIn(caller);
    let noticed = 0;
    for (const sub of await this.activeSubscribers(solutionId, preview.tier)) {
      if (sub.priceTaxablePaise === newPricePaise) continue;
      const now = this.deps.clock.now();
      const notice: PriceNotice = {
        subscriptionId: sub.id,
        solutionId,
        oldPricePaise: sub.priceTaxablePaise,
        newPricePaise,
        noticedAt: now.toISOString(),
        effectiveAt: preview.effectiveAt.toISOString(),
        appliedAt: null,
      };
      const audit = auditEventPut(
        this.deps.table,
        { stream: AUDIT_STREAM, actorId, action: 'subscription.price_change.notice', targetType: 'Subscription', targetId: sub.id, userId: sub.userId, solutionId, before: { pricePaise: sub.priceTaxablePaise }, after: { pricePaise: newPricePaise, effectiveAt: notice.effectiveAt } },
        now,
      );
      const result = await transactWrite(this.deps.db, [this.notices.create(notice), ...audit.items]);
      // The notice exists already: this subscriber was told (and mailed) by an earlier attempt.
      if (!result.ok) continue;
      noticed++;
      await this.jobs.schedule({ kind: 'price-change', subscriptionId: sub.id, dueAt: notice.effectiveAt });
      const to = await this.services.sync.recipient(sub.userId);
      if (to) await sendMailSafely(this.deps, priceChangeMail(to, sub, notice, this.deps.publicUrl));
    }
    return { preview, noticed };
  }

  /**
   * The `price-change` job: the newest notice due by now takes effect, so the next renewal is at the new price.
   * A subscription that ended, or is ending or changing tier at its period end, is left alone.
   */
  async apply(subscriptionId: string): Promise<SubscriptionRecord | null> {
    const now = this.deps.clock.now().toISOString();
    const due = (await this.notices.ofSubscription(subscriptionId))
      .filter((n) => !n.appliedAt && n.effectiveAt <= now)
      .sort((a, b) => a.noticedAt.localeCompare(b.noticedAt));
    const notice = due.at(-1);
    if (!notice) return null;
    const sub = await this.services.sync.subscriptions.get(subscriptionId);
    if (sub && sub.status === 'active' && !sub.cancelAtPeriodEnd && sub.razorpaySubscriptionId && sub.priceTaxablePaise !== notice.newPricePaise) {
      const { seller } = await this.services.settings.requireSeller();
      const totalPaise = gstFor(notice.newPricePaise, seller.state, sub.buyer).totalPaise;
      const planId = await this.services.subscriptions.ensurePlan({ solution: { id: sub.solutionId, name: sub.solutionName }, tier: sub.tier }, totalPaise);
      await this.deps.razorpay.changePlanAtCycleEnd(sub.razorpaySubscriptionId, planId);
      await this.services.sync.update(subscriptionId, 'subscription.price_change.apply', null, (s) =>
        s.status === 'active' ? { ...s, priceTaxablePaise: notice.newPricePaise, monthlyTotalPaise: totalPaise, razorpayPlanId: planId } : null,
      );
    }
    await transactWrite(this.deps.db, due.map((n) => this.notices.applied(n, now)));
    return this.services.sync.subscriptions.get(subscriptionId);
  }

  /** The notices of a subscription (tests and support). */
  noticesOf(subscriptionId: string): Promise<PriceNotice[]> {
    return this.notices.ofSubscription(subscriptionId);
  }

  private async activeSubscribers(solutionId: string, tier: PaidTier): Promise<SubscriptionRecord[]> {
    const subs = await this.services.sync.subscriptions.listOfSolutionTier(solutionId, tier);
    // Offers carry their own negotiated price; a scheduled cancellation ends before the change matters.
    return subs.filter((sub) => sub.status === 'active' && !sub.offerId && !sub.cancelAtPeriodEnd);
  }

  private async requirePartner(caller: Caller, solutionId: string): Promise<void> {
    const userId = signedIn(caller);
    const solution = isId('sol', solutionId) ? await this.deps.catalog.solution(solutionId) : null;
    if (!solution) throw notFound('Solution');
    if (solution.partnerId !== userId && !isAdmin(caller)) throw forbidden("Only a solution's partner changes its prices.");
  }
}
