import { auditEventPut, type Caller, DAY, HOUR, InputError, isId, MINUTE, notFound, transactWrite } from '@marketplace/shared';
import { JobRepository } from '../data/job.repository.ts';
import { type PriceNotice, PriceNoticeRepository } from '../data/price-notice.repository.ts';
import type { SubscriptionRecord } from '../data/subscription.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { isAdmin, signedIn } from './access-rules.ts';
import { AUDIT_STREAM } from './billing-audit.ts';
import { priceChangeMail, priceChangeWithdrawnMail } from './billing-mail.ts';
import { isPaidTier, type PaidTier } from './billing-types.ts';
import { groupIndian } from '../money/paise.ts';
import { gstFor } from './pricing.ts';
import { ENDED, ongoingPrice } from './subscription-state.ts';
import type { SettingsService } from './settings.service.ts';
import type { SubscriptionService } from './subscription.service.ts';
import type { SubscriptionSync } from './subscription-sync.ts';

/** How long existing subscribers keep their price after they are told of a change. */
export const PRICE_NOTICE_DAYS = 30;

/** What a partner sees before saving a new price for a paid tier. */
export interface PriceChangePreview {
  solutionId: string;
  tier: PaidTier;
  /** Everyone the change reaches: the sum of `reach` (and the count the partner confirms). */
  subscribers: number;
  /** Who is told when: see `PriceChangeReach`. */
  reach: PriceChangeReach;
  /** The tier's price now (null: none yet). */
  currentPricePaise: number | null;
  newPricePaise: number;
  effectiveAt: Date;
  /** The catalog's seal of this preview, which saving the new price requires (`PriceChangeFeed.confirmation`). */
  confirmation: string;
}

/**
 * The subscribers a new price reaches, by when they are told: those whose price would change, and those told of a
 * pending change that the new price supersedes. Offers, ended subscriptions and unpaid checkouts are not counted.
 */
export interface PriceChangeReach {
  /**
   * Active (and not ending), past due, halted or paused when the price goes down, or told that an announced increase
   * is withdrawn: emailed once the price is saved.
   */
  now: number;
  /** Past due, halted or paused, the price going up: told (and moved 30 days later at the earliest) once active again. */
  whenActiveAgain: number;
  /** Set to cancel at the period end: they end at their price; told only if they resume. */
  ifResumed: number;
  /** Authorised, starting later (a downgrade's subscription): told when it starts. */
  whenStarted: number;
}

/** How long a sender holds a notice's email it claimed: should it die mid-send, the email is due again after this. */
const SEND_LEASE_MS = 5 * MINUTE;
/** How long the price-change job holds a notice while it schedules the price at Razorpay (see `claimSchedule`). */
const SCHEDULE_LEASE_MS = 5 * MINUTE;
/** A failed email is retried after 1, 2, 4 … minutes, at most this far apart, until it goes out. */
const MAX_BACKOFF_MS = 6 * HOUR;
const PAGE = 50;
/** Razorpay updates only active subscriptions: a change due for one of these waits until it is active again. */
const WAITING: readonly string[] = ['past_due', 'halted', 'paused'];

/** The wait before attempt `attempts + 1` of an email that failed `attempts` times. */
export const mailBackoffMs = (attempts: number): number => Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);

/** When a notice's new price may take effect: its announced date, and never before 30 days after the email. */
export function takesEffectAt(notice: Pick<PriceNotice, 'effectiveAt' | 'noticedAt'>): string | null {
  if (!notice.noticedAt) return null;
  const thirtyDays = new Date(Date.parse(notice.noticedAt) + PRICE_NOTICE_DAYS * DAY).toISOString();
  return thirtyDays > notice.effectiveAt ? thirtyDays : notice.effectiveAt;
}

/**
 * Owns price changes of paid tiers for existing subscribers: new subscribers pay the catalog's price at once.
 * The catalog saves a new price together with a pending change (so the duty to tell survives any crash); this
 * service's scheduled run (`runDue`) turns each pending change into one audited notice per active subscriber,
 * then mails each notice — claimed by one sender, retried with backoff until it goes out, never sent twice by
 * two senders — and schedules a `price-change` job for when it takes effect: 30 days after the email at the
 * earliest. That job moves the Razorpay subscription to the new price's plan from its next cycle and schedules the
 * new price on ours from that cycle: the customer pays, sees and is invoiced the old price until Razorpay's first
 * charge of the new plan (`apply`). Subscribers who were not active then are told once they are (`catchUp`).
 * A newer change of the tier supersedes one announced and not charged yet (`supersede`): that price is never charged.
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

  /**
   * The preview, sealed for its partner to confirm; NOT_FOUND (on `solutionId`) for an unknown solution and for
   * anyone but its partner (and admins). The current price is read afresh from the catalog, so a seal is never stale
   * at birth.
   */
  async preview(caller: Caller, solutionId: string, tier: string, newPricePaise: number): Promise<PriceChangePreview> {
    const userId = await this.requirePartner(caller, solutionId);
    if (!isPaidTier(tier)) throw new InputError('tier', 'Only PRO or ENTERPRISE have a price.');
    if (!Number.isSafeInteger(newPricePaise) || newPricePaise <= 0) throw new InputError('newPricePaise', 'newPricePaise must be a positive whole number of paise.');
    // The bounds saving the tiers checks (catalog's tier rules): a preview of a price that cannot be saved is refused alike.
    const bounds = await this.deps.catalog.tierBounds(tier);
    const [min, max] = [bounds?.minMonthlyPricePaise ?? 1, bounds?.maxMonthlyPricePaise ?? Number.MAX_SAFE_INTEGER];
    if (newPricePaise < min || newPricePaise > max) {
      throw new InputError('newPricePaise', `The monthly price must be between ${groupIndian(String(min))} and ${groupIndian(String(max))} paise (platform bounds).`);
    }
    const currentPricePaise = await this.deps.priceChanges.currentPrice(solutionId, tier);
    const reach: PriceChangeReach = { now: 0, whenActiveAgain: 0, ifResumed: 0, whenStarted: 0 };
    // Two queries however many subscribers: the tier's subscriptions, and every notice of the solution's.
    const [subs, notices] = await Promise.all([this.reachable(solutionId, tier), this.notices.ofSolution(solutionId)]);
    for (const sub of subs) {
      const { announced, told } = pendingChange(sub, notices.get(sub.id) ?? [], null);
      const superseded = announced !== null && announced !== newPricePaise;
      // Told of this very price already: the job tells them nothing again.
      if (!superseded && toldOfPrice(notices.get(sub.id) ?? [], newPricePaise)) continue;
      if (superseded ? told === null && sub.priceTaxablePaise === newPricePaise : ongoingPrice(sub) === newPricePaise) continue;
      // A withdrawal (told of an increase, the new price is what they pay) is mailed at once, whatever the status.
      if (superseded && told !== null && sub.priceTaxablePaise === newPricePaise) reach.now++;
      else if (sub.cancelAtPeriodEnd) reach.ifResumed++;
      else if (toldAtOnce(sub, newPricePaise)) reach.now++;
      else if (WAITING.includes(sub.status)) reach.whenActiveAgain++;
      else reach.whenStarted++;
    }
    const subscribers = reach.now + reach.whenActiveAgain + reach.ifResumed + reach.whenStarted;
    return {
      solutionId,
      tier,
      subscribers,
      reach,
      currentPricePaise,
      newPricePaise,
      effectiveAt: new Date(this.deps.clock.now().getTime() + PRICE_NOTICE_DAYS * DAY),
      confirmation: this.deps.priceChanges.confirmation({ solutionId, tier, currentPricePaise, newPricePaise, subscribers, userId }),
    };
  }

  /** The scheduled run: notices for the catalog's pending price changes, then the emails due; what it did. */
  async runDue(signal?: AbortSignal): Promise<{ noticed: number; mailed: number }> {
    const noticed = await this.takePendingChanges(signal);
    const mailed = await this.sendDueMail(signal);
    return { noticed, mailed };
  }

  /**
   * One notice (with its audit event, one transaction) per active subscriber on the tier whose price differs,
   * then the change is settled in the catalog. A run that dies half-way is repeated by the next: the notices'
   * conditional puts make each once.
   */
  private async takePendingChanges(signal?: AbortSignal): Promise<number> {
    let noticed = 0;
    const pending = await this.deps.priceChanges.pending(PAGE);
    for (const change of pending) {
      if (signal?.aborted) break;
      // A newer price of the tier is waiting in this same run: this one was never the price for long, and tells nobody
      // (else a price saved, replaced and saved again before a run would be announced twice).
      if (pending.some((newer) => newer.solutionId === change.solutionId && newer.tier === change.tier && newer.changedAt > change.changedAt)) {
        await this.deps.priceChanges.settle(change);
        continue;
      }
      const announced = new Date(Date.parse(change.changedAt) + PRICE_NOTICE_DAYS * DAY).toISOString();
      // Kept before the subscribers are listed: whoever is not among them (not active, ending) is caught up to it
      // once active (`catchUp`); one who becomes active meanwhile may be both, and gets one notice all the same.
      await this.notices.recordTierChange({ changeId: change.id, solutionId: change.solutionId, tier: change.tier, newPricePaise: change.newPricePaise, changedAt: change.changedAt, actorId: change.actorId });
      // A newer change of the tier was taken already (this one was left unsettled): it tells them; this one tells nobody.
      if ((await this.notices.tierChange(change.solutionId, change.tier))?.changeId !== change.id) {
        await this.deps.priceChanges.settle(change);
        continue;
      }
      // A subscriber whose earlier change could not be set aside (Razorpay unreachable) leaves the change unsettled:
      // the next run takes it again, and what was done already is not repeated.
      let unsettled = false;
      for (const reached of await this.reachable(change.solutionId, change.tier)) {
        // A change announced and not charged yet gives way to this one (cancelled at Razorpay too): what it announced.
        const superseded = await this.supersede(reached, change).catch((error: unknown) => {
          this.deps.logger.warn({ err: error, subscriptionId: reached.id, changeId: change.id }, 'an earlier price change could not be set aside; retrying at the next run');
          return null;
        });
        if (!superseded) {
          unsettled = true;
          continue;
        }
        const { sub, replaced, notices } = superseded;
        // Told its increase will not happen, whatever its status (not ended): the price it pays stays.
        const withdrawal = replaced !== null && sub.priceTaxablePaise === change.newPricePaise;
        // Told of this very price already (an earlier change announced it, not charged yet): nothing new to tell.
        if (!withdrawal && toldOfPrice(notices, change.newPricePaise)) continue;
        if (!withdrawal && !toldAtOnce(sub, change.newPricePaise)) continue;
        // Compared with the price the subscriber is headed for (one scheduled at Razorpay, else the current one).
        if (!withdrawal && ongoingPrice(sub) === change.newPricePaise) continue;
        const now = this.deps.clock.now();
        const notice: PriceNotice = {
          subscriptionId: sub.id,
          solutionId: change.solutionId,
          changeId: change.id,
          oldPricePaise: ongoingPrice(sub),
          newPricePaise: change.newPricePaise,
          effectiveAt: announced,
          noticedAt: null,
          mail: 'pending',
          mailAttempts: 0,
          appliedAt: null,
          replacesPricePaise: replaced,
        };
        const audit = auditEventPut(
          this.deps.table,
          {
            stream: AUDIT_STREAM,
            actorId: change.actorId,
            action: 'subscription.price_change.notice',
            targetType: 'Subscription',
            targetId: sub.id,
            userId: sub.userId,
            solutionId: sub.solutionId,
            before: { pricePaise: ongoingPrice(sub), ...(replaced === null ? {} : { announcedPricePaise: replaced }) },
            after: { pricePaise: change.newPricePaise, changeId: change.id },
            ...(withdrawal ? { reason: `the announced change to ${replaced} paise is withdrawn` } : {}),
          },
          now,
        );
        // Cancelled: the notice exists already (an earlier run made it).
        if ((await transactWrite(this.deps.db, [this.notices.create(notice, now.toISOString()), ...audit.items])).ok) noticed++;
      }
      if (!unsettled) await this.deps.priceChanges.settle(change);
    }
    return noticed;
  }

  private async sendDueMail(signal?: AbortSignal): Promise<number> {
    let mailed = 0;
    for (;;) {
      const due = await this.notices.dueMail(this.deps.clock.now(), PAGE);
      if (due.length === 0 || signal?.aborted) return mailed;
      for (const notice of due) if (await this.send(notice)) mailed++;
      if (due.length < PAGE) return mailed;
    }
  }

  /**
   * Claims one notice's email and sends it. The date it announces is the change's (30 days after it was saved),
   * or 30 days from now when the email goes out later (a retry). Sent: recorded with the job that applies the
   * price, in one transaction. Failed: due again after a backoff. A crash after sending and before recording
   * sends it again once the lease ends — the one way an email can repeat.
   */
  private async send(due: PriceNotice): Promise<boolean> {
    const now = this.deps.clock.now();
    const earliest = new Date(now.getTime() + PRICE_NOTICE_DAYS * DAY).toISOString();
    const notice = await this.notices.claimMail(due, earliest > due.effectiveAt ? earliest : due.effectiveAt, new Date(now.getTime() + SEND_LEASE_MS));
    if (!notice) return false;
    const sub = await this.services.sync.subscriptions.get(notice.subscriptionId);
    const withdrawal = isWithdrawal(notice);
    if (!sub || (withdrawal ? ENDED.includes(sub.status) : !toldAtOnce(sub, notice.newPricePaise, notice.oldPricePaise))) {
      await this.notices.dropMail(notice, 'skipped');
      return false;
    }
    const to = await this.services.sync.recipient(sub.userId);
    if (!to) {
      await this.notices.dropMail(notice, 'no-address');
      return false;
    }
    try {
      // Dated the first renewal that charges the new price, as the customer's Billing page shows it.
      await this.deps.mailer.send(
        withdrawal
          ? priceChangeWithdrawnMail(to, sub, { oldPricePaise: notice.oldPricePaise, replacesPricePaise: notice.replacesPricePaise! }, this.deps.publicUrl)
          : priceChangeMail(to, sub, { ...notice, effectiveAt: this.firstChargeFrom(sub, notice.effectiveAt) }, this.deps.publicUrl),
      );
    } catch (error) {
      const retryAt = new Date(this.deps.clock.now().getTime() + mailBackoffMs(notice.mailAttempts));
      this.deps.logger.warn({ err: error, subscriptionId: notice.subscriptionId, attempts: notice.mailAttempts, retryAt }, 'a price-change notice could not be mailed; retrying later');
      await this.notices.retryMail(notice, retryAt);
      return false;
    }
    const sentAt = this.deps.clock.now().toISOString();
    const dueAt = takesEffectAt({ effectiveAt: notice.effectiveAt, noticedAt: sentAt })!;
    // A withdrawal changes no price: settled as it is sent.
    const recorded = await transactWrite(
      this.deps.db,
      withdrawal ? [this.notices.sent(notice, sentAt, true)] : [this.notices.sent(notice, sentAt), this.jobs.scheduleItem({ kind: 'price-change', subscriptionId: notice.subscriptionId, dueAt })],
    );
    if (!recorded.ok) this.deps.logger.error({ subscriptionId: notice.subscriptionId, reasons: recorded.reasons }, 'a price-change notice was mailed but its lease had ended; it may be mailed again');
    return true;
  }

  /**
   * The `price-change` job: the newest notice due by now takes effect. Razorpay is told to move the subscription
   * to the new price's plan from its next cycle (`schedule_change_at: cycle_end`), and ours keeps its price until
   * that cycle begins: the new one is recorded as scheduled, with the start of that cycle (audited
   * `subscription.price_change.schedule`); the sync that sees Razorpay's cycle on the new plan makes it the price
   * (`subscription.price_change.apply`). A subscription that Razorpay cannot update now (past due, halted, paused)
   * keeps its notices due and is tried again later; one ending at its period end keeps them for a resume
   * (`catchUp` schedules this again); one that ended is left alone.
   * Running it again changes nothing: Razorpay's scheduled change is the same, and so is ours.
   */
  async apply(subscriptionId: string): Promise<SubscriptionRecord | null> {
    const now = this.deps.clock.now();
    // Only notices that went out, and only once 30 days have passed since (and the announced date has come).
    const due = (await this.notices.ofSubscription(subscriptionId))
      .filter((n) => !n.appliedAt && !n.supersededBy && n.mail === 'sent' && (takesEffectAt(n) ?? '~') <= now.toISOString())
      .sort((a, b) => (a.noticedAt ?? '').localeCompare(b.noticedAt ?? ''));
    const notice = due.at(-1);
    if (!notice) return null;
    const stored = await this.services.sync.subscriptions.get(subscriptionId);
    // Decided on Razorpay's state now (its next charge, its status), not on the last webhook's.
    const converge = stored?.razorpaySubscriptionId && !stored.cancelAtPeriodEnd && (stored.status === 'active' || WAITING.includes(stored.status));
    const sub = converge ? await this.services.sync.sync(subscriptionId, 'price change') : stored;
    const live = sub && sub.razorpaySubscriptionId && !sub.cancelAtPeriodEnd;
    const retry = (at: number) => this.jobs.schedule({ kind: 'price-change', subscriptionId, dueAt: new Date(at).toISOString() });
    if (live && WAITING.includes(sub.status)) {
      await retry(now.getTime() + (sub.status === 'past_due' ? HOUR : DAY));
      return sub;
    }
    // Ending at its period end: nothing to change; its notices stay due, and resuming it schedules this again.
    if (sub && sub.cancelAtPeriodEnd && !ENDED.includes(sub.status)) return sub;
    if (live && sub.status === 'active' && ongoingPrice(sub) !== notice.newPricePaise) {
      // The next renewal's pre-debit notice went out with the current amount (or Razorpay is charging it now):
      // that renewal keeps it, and the change is made right after it, for the cycle after.
      const charge = sub.nextChargeAt ? Date.parse(sub.nextChargeAt) : null;
      if (charge !== null && charge - this.deps.noticeHours * HOUR <= now.getTime()) {
        await retry(charge > now.getTime() ? charge + MINUTE : now.getTime() + HOUR);
        return sub;
      }
      const { seller } = await this.services.settings.requireSeller();
      const totalPaise = gstFor(notice.newPricePaise, seller.state, sub.buyer).totalPaise;
      const planId = await this.services.subscriptions.ensurePlan({ solution: { id: sub.solutionId, name: sub.solutionName }, tier: sub.tier }, totalPaise);
      // A newer change of the tier may have been taken since the notices were read: the notice is held (a conditional
      // write) before Razorpay is told, and nothing is scheduled when that change set it aside first. One taken while
      // it is held is not set aside until the next run, which cancels what this schedules.
      if (!(await this.notices.claimSchedule(notice, now, new Date(now.getTime() + SCHEDULE_LEASE_MS)))) return this.services.sync.subscriptions.get(subscriptionId);
      const razorpay = await this.deps.razorpay.changePlanAtCycleEnd(sub.razorpaySubscriptionId!, planId);
      // The first cycle at the new plan: the one after the current cycle ("the update goes live after the
      // subscription is charged" at its end), else Razorpay's scheduled date, else (not started) its first charge.
      const fromSeconds = razorpay.current_end ?? razorpay.change_scheduled_at ?? razorpay.start_at;
      if (fromSeconds == null) throw new Error(`Razorpay gave no cycle for the price change of ${subscriptionId}`);
      const scheduledPrice = { priceTaxablePaise: notice.newPricePaise, monthlyTotalPaise: totalPaise, razorpayPlanId: planId, from: new Date(fromSeconds * 1000).toISOString() };
      await this.services.sync.update(subscriptionId, 'subscription.price_change.schedule', null, (s) => (s.status === 'active' ? { ...s, scheduledPrice } : null));
    }
    await transactWrite(this.deps.db, due.map((n) => this.notices.applied(n, now.toISOString())));
    return this.services.sync.subscriptions.get(subscriptionId);
  }

  /**
   * The next price change its customer was emailed about and that Razorpay does not charge yet; null for none (and
   * for a subscription that is ending).
   * Scheduled at Razorpay: from the start of the cycle that charges it. Not yet (the newest notice): from the first
   * renewal the job will schedule it for (`firstChargeFrom`), or the notice's date when no renewal is known.
   */
  async upcoming(subscriptionId: string): Promise<{ newPricePaise: number; effectiveAt: string } | null> {
    const sub = await this.services.sync.subscriptions.get(subscriptionId);
    // Ending (at its period end, or already): no renewal will charge it.
    if (sub && (sub.cancelAtPeriodEnd || ENDED.includes(sub.status))) return null;
    const told = (await this.notices.ofSubscription(subscriptionId)).filter((n) => n.mail === 'sent' && !n.appliedAt && !n.supersededBy);
    const newest = told.sort((a, b) => (a.noticedAt ?? '').localeCompare(b.noticedAt ?? '')).at(-1);
    const candidates = [
      ...(newest ? [{ newPricePaise: newest.newPricePaise, effectiveAt: this.firstChargeFrom(sub, takesEffectAt(newest)!) }] : []),
      ...(sub?.scheduledPrice ? [{ newPricePaise: sub.scheduledPrice.priceTaxablePaise, effectiveAt: sub.scheduledPrice.from }] : []),
    ];
    // The one that comes first.
    return candidates.sort((a, b) => a.effectiveAt.localeCompare(b.effectiveAt))[0] ?? null;
  }

  /**
   * The first renewal that charges a change taking effect at `from`: the first of the monthly renewals from the
   * subscription's next charge whose pre-debit notice (`noticeHours` ahead) is not due before `from` (an earlier
   * one keeps the old price, see `apply`); `from` itself when no next charge is known.
   */
  private firstChargeFrom(sub: SubscriptionRecord | null, from: string): string {
    if (!sub?.nextChargeAt || sub.status !== 'active') return from;
    const start = Date.parse(from) + this.deps.noticeHours * HOUR;
    const first = Date.parse(sub.nextChargeAt);
    let at = first;
    for (let months = 1; at < start && months <= 1200; months++) at = addMonthsUtc(first, months);
    return new Date(at).toISOString();
  }

  /**
   * The `price-catch-up` job (scheduled when a subscription becomes active, starts, is active again after a failed
   * payment, or is resumed): a subscriber who missed its tier's newest price change — past due, halted, paused or
   * ending at its period end when the change was taken, or priced before it and active only since (a checkout paid
   * late, a downgrade's subscription starting) — is told like the others: one audited notice and its email, and
   * the new price from 30 days after that email at the earliest (the `price-change` job). Nothing for a subscription
   * at the tier's price already, on an offer, priced after the change, or when a newer price is saved and not yet
   * taken (its own notices come). What it was told before is reused: an email that was not sent is queued again;
   * one that was sent has its change scheduled again. Running it again adds nothing.
   */
  async catchUp(subscriptionId: string): Promise<'noticed' | 'requeued' | 'rescheduled' | null> {
    const sub = await this.services.sync.subscriptions.get(subscriptionId);
    if (!sub || sub.status !== 'active' || sub.cancelAtPeriodEnd || sub.offerId || !sub.razorpaySubscriptionId) return null;
    const change = await this.notices.tierChange(sub.solutionId, sub.tier);
    if (!change || sub.createdAt >= change.changedAt || ongoingPrice(sub) === change.newPricePaise) return null;
    if ((await this.deps.priceChanges.currentPrice(sub.solutionId, sub.tier)) !== change.newPricePaise) return null;
    const now = this.deps.clock.now();
    const audit = (reason: string) =>
      auditEventPut(
        this.deps.table,
        { stream: AUDIT_STREAM, actorId: change.actorId, action: 'subscription.price_change.notice', targetType: 'Subscription', targetId: sub.id, userId: sub.userId, solutionId: sub.solutionId, before: { pricePaise: ongoingPrice(sub) }, after: { pricePaise: change.newPricePaise, changeId: change.changeId }, reason },
        now,
      ).items;
    const notices = await this.notices.ofSubscription(sub.id);
    // Told of this price by an earlier change that still stands (a price saved again): that notice serves.
    const told = notices.find((n) => n.changeId === change.changeId) ?? openNoticeOfPrice(notices, change.newPricePaise);
    if (!told) {
      const notice: PriceNotice = {
        subscriptionId: sub.id,
        solutionId: sub.solutionId,
        changeId: change.changeId,
        oldPricePaise: ongoingPrice(sub),
        newPricePaise: change.newPricePaise,
        effectiveAt: new Date(now.getTime() + PRICE_NOTICE_DAYS * DAY).toISOString(),
        noticedAt: null,
        mail: 'pending',
        mailAttempts: 0,
        appliedAt: null,
        // What it was told before and this change superseded (its email says that price will not be charged).
        replacesPricePaise: pendingChange(sub, notices, change.changeId).told,
      };
      const made = await transactWrite(this.deps.db, [this.notices.create(notice, now.toISOString()), ...audit('caught up: the subscription was not active, or was ending, when the change was taken')]);
      if (!made.ok) return null;
      await this.send(notice);
      return 'noticed';
    }
    if (told.mail === 'pending') return null;
    if (told.mail !== 'sent') {
      const queued = await transactWrite(this.deps.db, [this.notices.requeue(told, now.toISOString()), ...audit(`caught up: its email was not sent (${told.mail})`)]);
      if (!queued.ok) return null;
      await this.send({ ...told, mail: 'pending' });
      return 'requeued';
    }
    // Told already. Its date to come: the job the email scheduled makes it then. Its date passed while the
    // subscription was ending (the job left it), or it was marked applied without taking effect: made now.
    if (!told.appliedAt && takesEffectAt(told)! > now.toISOString()) return null;
    const job = this.jobs.scheduleItem({ kind: 'price-change', subscriptionId: sub.id, dueAt: now.toISOString() });
    const items = told.appliedAt ? [this.notices.reopen(told), job, ...audit('caught up: emailed earlier, not applied while the subscription was ending')] : [job];
    return (await transactWrite(this.deps.db, items)).ok ? 'rescheduled' : null;
  }

  /** The notices of a subscription (tests and support). */
  noticesOf(subscriptionId: string): Promise<PriceNotice[]> {
    return this.notices.ofSubscription(subscriptionId);
  }

  /**
   * The tier's subscriptions a price change may reach: not ended, not on an offer (offers keep their negotiated
   * price), and past checkout (a checkout paid later is caught up then). Only the active and not ending are told
   * at once; the others are caught up once active (`catchUp`), but a pending change of theirs gives way at once.
   */
  private async reachable(solutionId: string, tier: PaidTier): Promise<SubscriptionRecord[]> {
    const subs = await this.services.sync.subscriptions.listOfSolutionTier(solutionId, tier);
    return subs.filter((sub) => !ENDED.includes(sub.status) && sub.status !== 'created' && !sub.offerId);
  }

  /**
   * A newer change of the tier supersedes the subscriber's change announced and not charged yet (a notice not
   * applied, or a price scheduled at Razorpay), unless it is the same price: Razorpay's scheduled plan change is
   * cancelled and ours cleared (audited `subscription.price_change.cancel`), and its notices set aside (audited
   * `subscription.price_change.supersede`), so that price is never charged. The new change's own notice follows,
   * with a fresh notice period (or, at a price not above what they pay now, tells them the increase is off).
   * Idempotent: a run repeated after a crash finds what it set aside by the change's id. Returns the subscription
   * as it is now and the price the subscriber had been told of that this change supersedes (null: none told).
   */
  private async supersede(reached: SubscriptionRecord, change: { id: string; newPricePaise: number; actorId: string }): Promise<{ sub: SubscriptionRecord; replaced: number | null; notices: PriceNotice[] }> {
    let sub = reached;
    // Razorpay may have begun the cycle at the scheduled plan already: then that price is paid, not pending.
    if (sub.scheduledPrice && sub.razorpaySubscriptionId) sub = await this.services.sync.sync(sub.id, 'a newer price change');
    let notices = await this.notices.ofSubscription(sub.id);
    const { announced, open } = pendingChange(sub, notices, change.id);
    if (announced !== null && announced !== change.newPricePaise) {
      // A job that held a notice and stopped (its lease over) may have scheduled the price at Razorpay without
      // recording it: cancelled there too (asked only while something is scheduled).
      const abandoned = !sub.scheduledPrice && sub.razorpaySubscriptionId && open.some((n) => n.schedulingUntil && !n.appliedAt);
      if (abandoned) await this.deps.razorpay.cancelScheduledChange(sub.razorpaySubscriptionId!);
      if (sub.scheduledPrice) {
        await this.deps.razorpay.cancelScheduledChange(sub.razorpaySubscriptionId!);
        const cleared = await this.services.sync.update(sub.id, 'subscription.price_change.cancel', change.actorId, (s) => (s.scheduledPrice ? { ...s, scheduledPrice: null } : null));
        sub = cleared.record;
      }
      if (open.length > 0) {
        const now = this.deps.clock.now();
        const audit = auditEventPut(
          this.deps.table,
          {
            stream: AUDIT_STREAM,
            actorId: change.actorId,
            action: 'subscription.price_change.supersede',
            targetType: 'Subscription',
            targetId: sub.id,
            userId: sub.userId,
            solutionId: sub.solutionId,
            before: { pricePaise: sub.priceTaxablePaise, announcedPricePaise: announced, changeIds: open.map((n) => n.changeId) },
            after: { pricePaise: change.newPricePaise, changeId: change.id },
            reason: 'a newer price of the tier replaces the announced one before it was charged',
          },
          now,
        );
        // Failed: set aside already (a repeated run), or changed meanwhile — its email claimed, or held by the job
        // scheduling it at Razorpay. Then this subscriber is left for the next run, which sees what that did.
        const setAside = await transactWrite(this.deps.db, [...open.map((n) => this.notices.supersede(n, change.id, now.toISOString())), ...audit.items]);
        notices = await this.notices.ofSubscription(sub.id);
        if (!setAside.ok && notices.some((n) => !n.supersededBy && open.some((o) => o.changeId === n.changeId))) {
          throw new Error(`the price change announced to ${sub.id} changed while it was being set aside`);
        }
      }
    }
    return { sub, replaced: pendingChange(sub, notices, change.id).told, notices };
  }

  /**
   * The caller's id when they are the solution's partner (or an admin). Another partner's solution is NOT_FOUND on
   * `solutionId`, as an id of none is: its subscribers are private, and the answer never confirms that it exists.
   */
  private async requirePartner(caller: Caller, solutionId: string): Promise<string> {
    const userId = signedIn(caller);
    const solution = isId('sol', solutionId) ? await this.deps.catalog.solution(solutionId) : null;
    if (!solution || (solution.partnerId !== userId && !isAdmin(caller))) throw notFound('Solution', 'solutionId');
    return userId;
  }
}

/** The subscriber's notice in force (not applied, not superseded) that announces `pricePaise`, emailed or queued. */
function openNoticeOfPrice(notices: readonly PriceNotice[], pricePaise: number): PriceNotice | undefined {
  return notices.find((n) => !n.appliedAt && !n.supersededBy && !isWithdrawal(n) && n.newPricePaise === pricePaise && (n.mail === 'sent' || n.mail === 'pending'));
}

/** Whether a subscriber was told of `pricePaise` by a change that still stands and is not charged yet. */
const toldOfPrice = (notices: readonly PriceNotice[], pricePaise: number): boolean => openNoticeOfPrice(notices, pricePaise) !== undefined;

/**
 * Whether a subscriber not ending is told of a new price when the change is taken: when active, and — a decrease only —
 * when past due, halted or paused too (good news waits for nobody; the price itself still moves once they are active
 * again). An increase waits until they are active (`catchUp`), so its 30 days' notice runs while they can use the tier.
 * `fromPricePaise`: what it is compared with (default: the price they are headed for).
 */
function toldAtOnce(sub: SubscriptionRecord, newPricePaise: number, fromPricePaise = ongoingPrice(sub)): boolean {
  if (sub.cancelAtPeriodEnd) return false;
  return sub.status === 'active' || (WAITING.includes(sub.status) && newPricePaise < fromPricePaise);
}

/** A notice that only withdraws an announced increase (its price stays). */
const isWithdrawal = (notice: PriceNotice): boolean => notice.oldPricePaise === notice.newPricePaise && notice.replacesPricePaise != null;

/**
 * A subscriber's price change announced and not charged yet, other than the change `changeId`: the price it
 * announced (`announced`: scheduled at Razorpay, else the newest notice not applied), the notices still in force
 * (`open`), and the price an email had told them of that the change `changeId` superseded (`told`).
 */
function pendingChange(sub: SubscriptionRecord, notices: readonly PriceNotice[], changeId: string | null): { announced: number | null; open: PriceNotice[]; told: number | null } {
  const byNotice = (a: PriceNotice, b: PriceNotice) => (a.noticedAt ?? a.effectiveAt).localeCompare(b.noticedAt ?? b.effectiveAt);
  const scheduled = sub.scheduledPrice?.priceTaxablePaise ?? null;
  // The one Razorpay has scheduled was marked applied when it was scheduled: the newest applied at that price.
  const scheduledNotice = scheduled === null ? [] : notices.filter((n) => n.appliedAt && !n.supersededBy && n.newPricePaise === scheduled).sort(byNotice).slice(-1);
  const open = [...notices.filter((n) => n.changeId !== changeId && !n.appliedAt && !n.supersededBy), ...scheduledNotice];
  const increases = open.filter((n) => !isWithdrawal(n)).sort(byNotice);
  const announced = scheduled ?? increases.at(-1)?.newPricePaise ?? null;
  const toldOf = notices.filter((n) => changeId !== null && n.supersededBy === changeId && n.mail === 'sent' && !isWithdrawal(n)).sort(byNotice);
  // For a preview (no change yet): what they were told and would be superseded.
  const pendingTold = open.filter((n) => n.mail === 'sent' && !isWithdrawal(n)).sort(byNotice);
  const told = changeId === null ? (pendingTold.length > 0 ? announced : null) : (toldOf.at(-1)?.newPricePaise ?? null);
  return { announced, open, told };
}

/** `months` calendar months after `ms` in UTC, the day of month kept where it exists (as Razorpay's monthly cycles). */
function addMonthsUtc(ms: number, months: number): number {
  const date = new Date(ms);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}
