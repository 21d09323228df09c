import type { EventInput } from '@marketplace/analytics/public';
import {
  type AuditEventInput,
  auditEventPut,
  conflict,
  createEventOutbox,
  HOUR,
  InputError,
  MINUTE,
  notFound,
  retryWhileStale,
  sendMailSafely,
  STALE,
  type StagedEvents,
  type TransactItem,
  transactWrite,
} from '@marketplace/shared';
import { JobRepository } from '../data/job.repository.ts';
import { type LedgerEntry, LedgerRepository } from '../data/ledger.repository.ts';
import { OfferRepository } from '../data/offer.repository.ts';
import type { SubscriptionRecord } from '../data/subscription.repository.ts';
import { SubscriptionRepository } from '../data/subscription.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { splitCommission } from '../money/commission.ts';
import { gstOfTotal } from '../money/gst.ts';
import { checkPaise, mulDivHalfUp } from '../money/paise.ts';
import { checkText } from './seller.ts';
import { AUDIT_STREAM } from './billing-audit.ts';
import { creditNoteMail, receiptMail, type Recipient, statusMail, type StatusMail } from './billing-mail.ts';
import type { ProfileService } from './profile.service.ts';
import type { RzpPayment, RzpRefund } from './razorpay-gateway.ts';
import type { SettingsService } from './settings.service.ts';
import { advance, desiredGrant, priceOfCycle, sameState, type Transition } from './subscription-state.ts';
import { type BuyerInput, type InvoiceLineInput, planChangeLines, type TaxDocument } from './tax-document.ts';
import { buyerState } from './pricing.ts';
import type { TaxDocumentService } from './tax-document.service.ts';

/** A cancellation at the period end is sent to Razorpay this long before it (until then it can be undone). */
export const CANCEL_LEAD_MS = HOUR;

/** The mail a transition sends (activations and renewals are told by their receipt). */
const MAIL_OF: Partial<Record<Transition, StatusMail>> = {
  'past-due': 'past-due',
  halted: 'halted',
  restored: 'restored',
  ended: 'ended',
  'plan-changed': 'plan-changed',
};

/** Transitions after which a subscription pays the tier's price: one that missed a price change is caught up. */
const CATCH_UP: readonly Transition[] = ['activated', 'plan-changed', 'started', 'restored'];

const month = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().slice(0, 7);

/** The reason a refund's notes carry (ours: an admin's refund sends it there), if it is one line a note can print. */
function reasonInNotes(refund: RzpRefund): string | null {
  const notes = refund.notes;
  const reason = notes && !Array.isArray(notes) ? notes.reason : undefined;
  try {
    return checkText('reason', reason, 200);
  } catch {
    return null;
  }
}

/**
 * Owns what happens when Razorpay says something: a subscription's status and period converge on Razorpay's
 * (`sync`, from any webhook, a confirmed checkout or a job), payments are booked once each (invoice, ledger
 * entry, receipt), refunds once each (credit note, negative ledger entry). Every transition is audited in the
 * transaction that records it and mailed by the one writer that won it; the paid tier is converged after every
 * change through the quotas package's grant writer (idempotent).
 */
export class SubscriptionSync {
  readonly subscriptions: SubscriptionRepository;
  private readonly ledger: LedgerRepository;
  private readonly jobs: JobRepository;
  private readonly offers: OfferRepository;
  private readonly outbox;

  constructor(
    private readonly deps: BillingDeps,
    private readonly services: { settings: SettingsService; profiles: ProfileService; documents: TaxDocumentService },
  ) {
    this.subscriptions = new SubscriptionRepository(deps.db, deps.table);
    this.ledger = new LedgerRepository(deps.db, deps.table);
    this.jobs = new JobRepository(deps.db, deps.table);
    this.offers = new OfferRepository(deps.db, deps.table);
    this.outbox = createEventOutbox(deps);
  }

  /** Brings one subscription up to Razorpay's state; returns the record as it is now. */
  async sync(subscriptionId: string, cause: string): Promise<SubscriptionRecord> {
    let staged: StagedEvents | undefined;
    const { record, transitions } = await retryWhileStale(async () => {
      const sub = await this.subscriptions.get(subscriptionId);
      if (!sub) throw notFound('Subscription');
      if (!sub.razorpaySubscriptionId) return { record: sub, transitions: [] as Transition[] };
      const snapshot = await this.deps.razorpay.fetchSubscription(sub.razorpaySubscriptionId);
      const now = this.deps.clock.now();
      const { next, transitions } = advance(sub, snapshot, now, this.deps.graceDays);
      if (sameState(sub, next)) return { record: sub, transitions: [] as Transition[] };
      next.updatedAt = now.toISOString();
      const items: TransactItem[] = [this.subscriptions.put(next)];
      for (const transition of transitions) {
        if (transition === 'price-changed' || transition === 'price-change-lapsed') items.push(...this.priceAudit(sub, next, transition, cause, now));
        else items.push(...this.audit(sub, next, `subscription.${transition}`, null, cause, now));
      }
      if (transitions.includes('plan-changed') || transitions.includes('downgrade-scheduled')) {
        // The new subscription is the customer's current one on the solution from now on.
        const member = await this.subscriptions.member(next.userId, next.solutionId);
        if (member.subscriptionId !== next.id) items.push(this.subscriptions.putMember(next.userId, next.solutionId, next.id, member));
      }
      // Paying from now on (first, again, or on a new plan): a tier price change it missed is caught up, once
      // committed with this change (the job re-reads everything).
      if (!next.offerId && transitions.some((t) => CATCH_UP.includes(t))) items.push(this.jobs.scheduleItem({ kind: 'price-catch-up', subscriptionId: next.id, dueAt: now.toISOString() }));
      const record = { ...next, version: next.version + 1 };
      staged = this.outbox.stage(subscriptionEvents(record, transitions, now));
      const result = await transactWrite(this.deps.db, [...items, ...staged.items]);
      return result.ok ? { record, transitions } : STALE;
    });
    await staged?.publish();
    await this.afterChange(record, transitions);
    return record;
  }

  /**
   * Changes our own fields of a subscription (cancellation, scheduled changes), audited; `change` returns null to
   * leave it as it is. The tier and jobs follow.
   */
  async update(
    subscriptionId: string,
    action: string,
    actorId: string | null,
    change: (sub: SubscriptionRecord) => SubscriptionRecord | null,
  ): Promise<{ record: SubscriptionRecord; changed: boolean }> {
    const outcome = await retryWhileStale(async () => {
      const sub = await this.subscriptions.get(subscriptionId);
      if (!sub) throw notFound('Subscription');
      const next = change(sub);
      if (!next || sameState(sub, next)) return { record: sub, changed: false };
      const now = this.deps.clock.now();
      next.updatedAt = now.toISOString();
      const result = await transactWrite(this.deps.db, [this.subscriptions.put(next), ...this.audit(sub, next, action, actorId, null, now)]);
      return result.ok ? { record: { ...next, version: next.version + 1 }, changed: true } : STALE;
    });
    if (outcome.changed) await this.afterChange(outcome.record, []);
    return outcome;
  }

  /** The paid tier this record gives, written through the quotas package (no change when it is already so). */
  async convergeGrant(sub: SubscriptionRecord): Promise<void> {
    const grant = desiredGrant(sub, this.deps.graceDays);
    if (!grant) return;
    // A subscription being replaced, or over, only ever changes the grant it wrote itself.
    const guarded = grant.ending || sub.successorId !== null;
    await this.deps.grants.write(
      {
        userId: sub.userId,
        solutionId: sub.solutionId,
        tier: sub.tier,
        periodStart: grant.periodStart,
        periodEnd: grant.periodEnd,
        endsAt: grant.endsAt,
        callAllowance: sub.callAllowance,
        ratePerSecond: sub.ratePerSecond,
        reference: sub.id,
        reason: `billing: subscription ${sub.status}`,
      },
      guarded ? { onlyIfReference: sub.id } : undefined,
    );
  }

  /**
   * Books a captured payment of one of our subscriptions once: its GST invoice, its commission ledger entry and
   * the receipt with the invoice attached. Anything else (a token authorisation, someone else's payment) is left.
   */
  async bookPayment(paymentId: string): Promise<TaxDocument | null> {
    const booked = await this.ledger.booked(paymentId);
    if (booked) return this.services.documents.get(booked.invoiceId);
    const payment = await this.deps.razorpay.fetchPayment(paymentId);
    if (payment.status !== 'captured' && payment.status !== 'refunded') return null;
    if (!payment.invoice_id) return null;
    const invoice = await this.deps.razorpay.fetchInvoice(payment.invoice_id);
    const sub = invoice.subscription_id ? await this.subscriptions.byRazorpayId(invoice.subscription_id) : null;
    if (!sub) {
      this.deps.logger.warn({ paymentId }, 'a captured payment of no subscription of ours: left alone');
      return null;
    }
    const { settings, seller } = await this.services.settings.requireSeller();
    const prorated = sub.proration !== null && sub.startAt !== null && payment.created_at * 1000 < Date.parse(sub.startAt);
    // The price of the cycle this payment is for: a late charge of an earlier cycle (a retry paid, a late
    // webhook) is at the price of that cycle, the first charge of a scheduled price's cycle at that price.
    const price = priceOfCycle(sub, invoice.billing_start ? new Date(invoice.billing_start * 1000).toISOString() : null);
    // A renewal is invoiced at what Razorpay charged (GST invoices state the consideration received), whatever
    // our price says; a difference is flagged in the audit entry below.
    const paidLines = (buyer: BuyerInput): InvoiceLineInput[] => [
      {
        solutionName: sub.solutionName,
        tier: sub.tier,
        periodStart: new Date((invoice.billing_start ?? payment.created_at) * 1000),
        periodEnd: new Date((invoice.billing_end ?? payment.created_at + 30 * 86_400) * 1000),
        taxablePaise: gstOfTotal(payment.amount, { seller: seller.state, buyer: buyerState(buyer) }, 'amount').taxablePaise,
      },
    ];
    const planned = prorated ? planChangeLines(sub.proration!.preview, sub.solutionName) : null;
    const document = await this.issueInvoice(sub, payment, planned ? () => planned : paidLines, paidLines, settings);
    const expected = planned ? sub.proration!.preview.totalPaise : price.monthlyTotalPaise;
    const differs = payment.amount !== expected || (!planned && document.tax.taxablePaise !== price.priceTaxablePaise);
    if (differs) this.deps.logger.warn({ paymentId: payment.id, amount: payment.amount, expected }, 'a payment differs from its plan price; invoiced as paid');
    const feeBps = await this.services.settings.feeFor(sub.solutionId);
    const split = splitCommission({ grossPaise: payment.amount, gstPaise: document.tax.taxPaise, feeBps });
    const now = this.deps.clock.now();
    const entry: LedgerEntry = {
      reference: payment.id,
      kind: 'payment',
      month: month(payment.created_at),
      at: new Date(payment.created_at * 1000).toISOString(),
      partnerId: sub.partnerId,
      solutionId: sub.solutionId,
      customerId: sub.userId,
      subscriptionId: sub.id,
      invoiceId: document.id,
      grossPaise: split.grossPaise,
      gstPaise: split.gstPaise,
      feeBps,
      platformFeePaise: split.platformFeePaise,
      partnerNetPaise: split.partnerNetPaise,
    };
    const audit = auditEventPut(
      this.deps.table,
      this.event(
        sub,
        'payment.book',
        null,
        differs ? { expectedPaise: expected, priceTaxablePaise: planned ? null : price.priceTaxablePaise } : null,
        { paymentId: payment.id, invoice: document.number, grossPaise: payment.amount, taxablePaise: document.tax.taxablePaise, differsFromPrice: differs },
        [prorated ? 'plan change' : null, differs ? 'amount paid differs from the price' : null].filter(Boolean).join('; ') || null,
      ),
      now,
    );
    const captured = this.outbox.stage([{ type: 'payment.captured', time: new Date(entry.at), dedupeKey: payment.id, ref: payment.id, userId: sub.userId, solutionId: sub.solutionId, partnerId: sub.partnerId, tier: sub.tier, amountPaise: payment.amount, commissionPaise: split.platformFeePaise }]);
    const result = await transactWrite(this.deps.db, [
      this.ledger.book({ paymentId: payment.id, subscriptionId: sub.id, invoiceId: document.id, amountPaise: payment.amount, feeBps, bookedAt: now.toISOString() }),
      this.ledger.append(entry),
      ...audit.items,
      ...captured.items,
    ]);
    if (result.ok) await captured.publish();
    else {
      if (result.reasons[0] === 'ConditionalCheckFailed') return document;
      throw new Error(`booking payment ${payment.id}: transaction cancelled (${result.reasons.join(', ')})`);
    }
    const first = !prorated && Math.abs((invoice.billing_start ?? payment.created_at) * 1000 - Date.parse(sub.createdAt)) < 7 * 86_400_000 && !sub.predecessorId;
    const { bytes } = await this.services.documents.pdf(document);
    await this.mail(sub.userId, (to) => receiptMail(to, sub, document, bytes, this.deps.publicUrl, first));
    return document;
  }

  /**
   * Books a refund once: a credit note against the payment's invoice (for exactly the amount refunded) and a
   * negative ledger entry split at the payment's fee. Refunds of payments billing never booked are left. The note
   * states `reason` (an admin's), else the refund's `notes.reason` (so its webhook, arriving first, books the same
   * words), else a generated one naming the refund and payment.
   */
  async bookRefund(refund: RzpRefund, reason?: string): Promise<TaxDocument | null> {
    const booked = await this.ledger.booked(refund.payment_id);
    if (!booked) return null;
    const invoice = await this.services.documents.get(booked.invoiceId);
    const sub = await this.subscriptions.get(booked.subscriptionId);
    if (!invoice || !sub) return null;
    const { settings } = await this.services.settings.requireSeller();
    // The note returns exactly what Razorpay refunded (its GST inside that amount, at the invoice's rates).
    const issued = await this.services.documents.issueCreditNote(
      { invoiceId: invoice.id, reference: refund.id, totalPaise: refund.amount, reason: reason ?? reasonInNotes(refund) ?? `refund ${refund.id} of payment ${refund.payment_id}` },
      settings,
    );
    const note = issued.document;
    const split = splitCommission({ grossPaise: note.tax.totalPaise, gstPaise: note.tax.taxPaise, feeBps: booked.feeBps });
    const now = this.deps.clock.now();
    const entry: LedgerEntry = {
      reference: refund.id,
      kind: 'refund',
      month: month(refund.created_at),
      at: new Date(refund.created_at * 1000).toISOString(),
      partnerId: sub.partnerId,
      solutionId: sub.solutionId,
      customerId: sub.userId,
      subscriptionId: sub.id,
      invoiceId: note.id,
      grossPaise: -split.grossPaise,
      gstPaise: -split.gstPaise,
      feeBps: booked.feeBps,
      platformFeePaise: -split.platformFeePaise,
      partnerNetPaise: -split.partnerNetPaise,
    };
    const audit = auditEventPut(this.deps.table, this.event(sub, 'refund.book', null, null, { refundId: refund.id, creditNote: note.number, amountPaise: refund.amount }, null), now);
    const refunded = this.outbox.stage([{ type: 'payment.refunded', time: new Date(entry.at), dedupeKey: refund.id, ref: refund.id, userId: sub.userId, solutionId: sub.solutionId, partnerId: sub.partnerId, tier: sub.tier, amountPaise: refund.amount, commissionPaise: split.platformFeePaise }]);
    const result = await transactWrite(this.deps.db, [this.ledger.append(entry), ...audit.items, ...refunded.items]);
    if (result.ok) {
      await refunded.publish();
      const { bytes } = await this.services.documents.pdf(note);
      await this.mail(sub.userId, (to) => creditNoteMail(to, note, bytes, this.deps.publicUrl));
    } else if (result.reasons[0] !== 'ConditionalCheckFailed') {
      throw new Error(`booking refund ${refund.id}: transaction cancelled (${result.reasons.join(', ')})`);
    }
    return note;
  }

  /**
   * An admin refunds (part of) an invoice: at Razorpay, then booked like any refund (credit note, ledger). The
   * webhook of the same refund later changes nothing. Errors name `invoiceId`, `taxablePaise` or `reason`.
   */
  async refundInvoice(actorId: string, invoiceId: string, reason: string, taxablePaise: number | null): Promise<TaxDocument> {
    const why = checkText('reason', reason, 200);
    const invoice = /^inv_/.test(invoiceId) ? await this.services.documents.get(invoiceId) : null;
    if (!invoice || invoice.kind !== 'invoice') throw new InputError('invoiceId', `There is no invoice ${invoiceId}.`);
    const booked = await this.ledger.booked(invoice.reference);
    if (!booked) throw new InputError('invoiceId', `Invoice ${invoice.number} is not for a payment billing booked.`);
    const payment = await this.deps.razorpay.fetchPayment(invoice.reference);
    const left = payment.amount - (payment.amount_refunded ?? 0);
    if (left <= 0) throw conflict(`Invoice ${invoice.number} has been refunded in full.`, 'invoiceId');
    let gross = left;
    if (taxablePaise !== null) {
      checkPaise('taxablePaise', taxablePaise, { positive: true });
      gross = mulDivHalfUp(taxablePaise, invoice.tax.totalPaise, invoice.tax.taxablePaise);
      if (gross > left) {
        // taxablePaise is before GST: say the most it may be, and what that comes to with GST (what is left).
        let most = Number((BigInt(left) * BigInt(invoice.tax.taxablePaise)) / BigInt(invoice.tax.totalPaise));
        while (mulDivHalfUp(most + 1, invoice.tax.totalPaise, invoice.tax.taxablePaise) <= left) most++;
        throw new InputError(
          'taxablePaise',
          `At most ${most} paise of taxable value (${left} paise with GST) of invoice ${invoice.number} are left to refund.`,
        );
      }
    }
    const refund = await this.deps.razorpay.refund(payment.id, gross, { reason: why, invoice: invoice.number });
    const sub = await this.subscriptions.get(booked.subscriptionId);
    if (sub) {
      const event = this.event(sub, 'invoice.refund', actorId, null, { invoice: invoice.number, refundId: refund.id, amountPaise: gross }, why);
      await transactWrite(this.deps.db, auditEventPut(this.deps.table, event, this.deps.clock.now()).items);
    }
    const note = await this.bookRefund(refund, why);
    if (!note) throw new Error(`refund ${refund.id} of a booked payment was not booked`);
    return note;
  }

  /** Sends a status mail about `sub` to its customer. */
  async mailStatus(kind: StatusMail, sub: SubscriptionRecord): Promise<void> {
    await this.mail(sub.userId, (to) => statusMail(kind, to, sub, this.deps.publicUrl, this.deps.graceDays));
  }

  /** Where a customer's billing mail goes: the billing profile's address, else the account's. */
  async recipient(userId: string): Promise<Recipient | null> {
    const profile = await this.services.profiles.get(userId);
    if (profile) return { email: profile.email, name: profile.legalName };
    const account = await this.deps.users.profile(userId);
    return account ? { email: account.email, name: account.name } : null;
  }

  /** The audit entries of a change of `before` into `after`. */
  audit(before: SubscriptionRecord, after: SubscriptionRecord, action: string, actorId: string | null, cause: string | null, now: Date): TransactItem[] {
    const view = (s: SubscriptionRecord) => ({
      status: s.status,
      tier: s.tier,
      currentPeriodEnd: s.currentPeriodEnd,
      cancelAtPeriodEnd: s.cancelAtPeriodEnd,
      scheduledTier: s.scheduledTier,
      graceEndsAt: s.graceEndsAt,
      pricePaise: s.priceTaxablePaise,
      scheduledPrice: s.scheduledPrice,
    });
    return auditEventPut(this.deps.table, this.event(after, action, actorId, view(before), view(after), cause), now).items;
  }

  /** The audit entry of a scheduled price reaching its cycle: applied, or lapsed (Razorpay kept the old plan). */
  private priceAudit(before: SubscriptionRecord, after: SubscriptionRecord, transition: 'price-changed' | 'price-change-lapsed', cause: string, now: Date): TransactItem[] {
    const scheduled = before.scheduledPrice!;
    const action = transition === 'price-changed' ? 'subscription.price_change.apply' : 'subscription.price_change.lapse';
    const event = this.event(
      after,
      action,
      null,
      { pricePaise: before.priceTaxablePaise, monthlyTotalPaise: before.monthlyTotalPaise, scheduledPricePaise: scheduled.priceTaxablePaise },
      { pricePaise: after.priceTaxablePaise, monthlyTotalPaise: after.monthlyTotalPaise, from: scheduled.from },
      transition === 'price-changed' ? cause : `${cause}: the cycle from ${scheduled.from} began without the scheduled Razorpay plan ${scheduled.razorpayPlanId}`,
    );
    return auditEventPut(this.deps.table, event, now).items;
  }

  private event(
    sub: SubscriptionRecord,
    action: string,
    actorId: string | null,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    reason: string | null,
  ): AuditEventInput {
    return { stream: AUDIT_STREAM, actorId, action, targetType: 'Subscription', targetId: sub.id, userId: sub.userId, solutionId: sub.solutionId, before, after, reason };
  }

  /** What follows a change: plan-change side effects, the tier, the jobs, the customer's mail. */
  private async afterChange(sub: SubscriptionRecord, transitions: Transition[]): Promise<void> {
    if (sub.offerId && transitions.some((t) => t === 'activated' || t === 'plan-changed' || t === 'downgrade-scheduled')) {
      const offer = await this.offers.get(sub.offerId);
      if (offer?.status === 'open') await transactWrite(this.deps.db, [this.offers.put({ ...offer, status: 'accepted', subscriptionId: sub.id })]);
    }
    if (transitions.includes('plan-changed')) await this.completeUpgrade(sub);
    if (transitions.includes('downgrade-scheduled')) await this.scheduleDowngrade(sub);
    await this.convergeGrant(sub);
    await this.scheduleJobs(sub);
    for (const transition of transitions) {
      const kind = MAIL_OF[transition];
      // A subscription replaced by a plan change ends quietly: the change has its own mail.
      if (kind && !(transition === 'ended' && sub.successorId)) await this.mailStatus(kind, sub);
    }
  }

  /** The upgrade is paid: the old subscription stops now at Razorpay (its unused time was credited). */
  private async completeUpgrade(successor: SubscriptionRecord): Promise<void> {
    const old = successor.predecessorId ? await this.subscriptions.get(successor.predecessorId) : null;
    if (!old?.razorpaySubscriptionId) return;
    await this.update(old.id, 'subscription.replace', null, (s) => ({ ...s, successorId: successor.id }));
    try {
      await this.deps.razorpay.cancelSubscription(old.razorpaySubscriptionId, false);
    } catch (error) {
      // Already cancelled (a retry): the sync below reads whatever Razorpay says.
      this.deps.logger.warn({ err: error, subscriptionId: old.id }, 'cancelling the upgraded subscription at Razorpay failed');
    }
    await this.sync(old.id, 'plan change');
  }

  /** The downgrade's card is authorised: the old subscription ends at its period end, the new one starts then. */
  private async scheduleDowngrade(successor: SubscriptionRecord): Promise<void> {
    if (!successor.predecessorId) return;
    const { record, changed } = await this.update(successor.predecessorId, 'subscription.downgrade.schedule', successor.userId, (s) => ({
      ...s,
      successorId: successor.id,
      scheduledTier: successor.tier,
      cancelAtPeriodEnd: true,
    }));
    if (changed) await this.mailStatus('downgrade-scheduled', record);
  }

  private async scheduleJobs(sub: SubscriptionRecord): Promise<void> {
    const now = this.deps.clock.now().getTime();
    const at = (ms: number) => new Date(Math.max(now, ms)).toISOString();
    if (sub.status === 'active' && sub.cancelAtPeriodEnd && !sub.cancelSentAt && sub.currentPeriodEnd) {
      await this.jobs.schedule({ kind: 'period-end', subscriptionId: sub.id, dueAt: at(Date.parse(sub.currentPeriodEnd) - CANCEL_LEAD_MS) });
    } else if (sub.status === 'active' && sub.nextChargeAt && !sub.cancelAtPeriodEnd) {
      const due = Date.parse(sub.nextChargeAt) - this.deps.noticeHours * HOUR;
      // A notice that can no longer come a reasonable time ahead is not sent at all.
      if (due > now - MINUTE) await this.jobs.schedule({ kind: 'predebit-notice', subscriptionId: sub.id, dueAt: at(due) });
    }
    if (sub.status === 'past_due' && sub.graceEndsAt) {
      await this.jobs.schedule({ kind: 'grace-end', subscriptionId: sub.id, dueAt: sub.graceEndsAt });
    }
  }

  /**
   * Issues the invoice of a payment (its total always the amount paid), to the buyer's current profile when it
   * can be, else to the buyer as at checkout; `lines` that do not come to the payment (a plan change charged
   * otherwise than previewed) give way to `paidLines`, the period invoiced at what was paid.
   */
  private async issueInvoice(
    sub: SubscriptionRecord,
    payment: RzpPayment,
    lines: (buyer: BuyerInput) => InvoiceLineInput[],
    paidLines: (buyer: BuyerInput) => InvoiceLineInput[],
    seller: Parameters<TaxDocumentService['issueInvoice']>[1],
  ): Promise<TaxDocument> {
    const existing = await this.services.documents.invoiceOfPayment(payment.id);
    if (existing) return existing;
    const issue = async (buyer: BuyerInput, linesFor: typeof lines) =>
      (await this.services.documents.issueInvoice({ paymentId: payment.id, customerId: sub.userId, lines: linesFor(buyer), amountPaidPaise: payment.amount, buyer }, seller)).document;
    try {
      return await issue(await this.services.profiles.buyerOf(sub.userId), lines);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.deps.logger.info({ paymentId: payment.id, field: error.field }, 'invoicing the buyer as at checkout');
    }
    try {
      return await issue(sub.buyer, lines);
    } catch (error) {
      if (!(error instanceof InputError) || error.field !== 'amountPaidPaise') throw error;
      this.deps.logger.error({ paymentId: payment.id, amount: payment.amount }, 'a payment does not match its plan change; invoiced as paid');
      return issue(sub.buyer, paidLines);
    }
  }

  private async mail(userId: string, compose: (to: Recipient) => Parameters<typeof sendMailSafely>[1]): Promise<void> {
    const to = await this.recipient(userId);
    if (to) await sendMailSafely(this.deps, compose(to));
  }
}

/**
 * The analytics facts of a subscription's transitions: started (changed, when it replaces a plan), repriced (a
 * scheduled price became the price: dated the start of the first cycle Razorpay charges at it, so MRR follows it
 * from that day), cancelled (outcome `plan-change` when a successor replaced it, so churn does not count plan
 * changes). MRR is the price before GST. Keyed by subscription and transition (and a reprice by its date), so a
 * retried sync appends nothing new.
 */
function subscriptionEvents(sub: SubscriptionRecord, transitions: readonly Transition[], now: Date): EventInput[] {
  const base = { ref: sub.id, userId: sub.userId, solutionId: sub.solutionId, partnerId: sub.partnerId, tier: sub.tier, time: now };
  return transitions.flatMap((transition): EventInput[] => {
    if (transition === 'activated') return [{ ...base, type: 'subscription.started', dedupeKey: `${sub.id}:started`, mrrPaise: sub.priceTaxablePaise }];
    if (transition === 'plan-changed' || transition === 'downgrade-scheduled') {
      return [{ ...base, type: 'subscription.changed', dedupeKey: `${sub.id}:started`, mrrPaise: sub.priceTaxablePaise }];
    }
    if (transition === 'price-changed' && sub.earlierPrice) {
      const from = sub.earlierPrice.until;
      return [{ ...base, type: 'subscription.repriced', time: new Date(from), dedupeKey: `${sub.id}:repriced:${from}`, mrrPaise: sub.priceTaxablePaise }];
    }
    if (transition === 'ended') {
      return [{ ...base, type: 'subscription.cancelled', dedupeKey: `${sub.id}:ended`, mrrPaise: 0, outcome: sub.successorId ? 'plan-change' : undefined }];
    }
    return [];
  });
}
