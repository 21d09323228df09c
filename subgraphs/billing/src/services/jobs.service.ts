import { auditEventPut, sendMailSafely, transactWrite } from '@marketplace/shared';
import { type Job, JobRepository } from '../data/job.repository.ts';
import type { BillingDeps } from '../deps.ts';
import { AUDIT_STREAM } from './billing-audit.ts';
import type { CustomerErasure } from './customer-erasure.ts';
import { preDebitMail } from './billing-mail.ts';
import type { PriceChangeService } from './price-change.service.ts';
import type { SubscriptionService } from './subscription.service.ts';
import type { SubscriptionSync } from './subscription-sync.ts';
import { priceOfCycle } from './subscription-state.ts';

/** How long a failed erasure job waits before its next try. */
const ERASURE_RETRY_MS = 15 * 60_000;
/** How long a failed price-change job waits before its next try. */
const PRICE_CHANGE_RETRY_MS = 15 * 60_000;

/**
 * Runs billing's scheduled jobs: the pre-debit notice before each renewal, the cancellation sent to Razorpay
 * shortly before a period end, the mail and audit entry when a grace period runs out, a tier's new price
 * taking effect for an existing subscriber, a subscriber who missed a price change caught up to it, what an account erasure leaves to this process, and (first, each run)
 * the price-change notices and their emails. Jobs live in the
 * billing table, so any number of billing processes may poll (main.ts polls through the shared scheduler):
 * each job is claimed once. A job re-checks the
 * subscription, so one made stale by later events does nothing.
 */
export class JobRunner {
  private readonly jobs: JobRepository;
  private running: Promise<number> | null = null;

  constructor(
    private readonly deps: BillingDeps,
    private readonly services: { sync: SubscriptionSync; subscriptions: SubscriptionService; priceChanges: PriceChangeService; erasure: CustomerErasure },
  ) {
    this.jobs = new JobRepository(deps.db, deps.table);
  }

  /** Runs every job due by the clock's now; resolves with how many ran. */
  runDue(): Promise<number> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Waits for a run in progress. */
  async stop(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async drain(): Promise<number> {
    let ran = 0;
    // Price-change notices first: the emails they send schedule the jobs that apply the new price.
    try {
      const { noticed, mailed } = await this.services.priceChanges.runDue();
      if (noticed + mailed > 0) this.deps.logger.info({ noticed, mailed }, 'price-change notices made and mailed');
    } catch (error) {
      this.deps.logger.error({ err: error }, 'price-change notices failed; the next run tries again');
    }
    for (;;) {
      const now = this.deps.clock.now();
      const due = await this.jobs.due(now);
      if (due.length === 0) return ran;
      for (const job of due) {
        if (!(await this.jobs.claim(job, now))) continue;
        try {
          await this.run(job);
          ran++;
        } catch (error) {
          this.deps.logger.error({ err: error, job }, 'a billing job failed');
        }
      }
    }
  }

  private async run(job: Job): Promise<void> {
    if (job.kind === 'account-erasure') return this.completeErasure(job.userId);
    const sub = await this.services.sync.subscriptions.get(job.subscriptionId);
    if (!sub) return;
    const now = this.deps.clock.now();
    if (job.kind === 'price-change' || job.kind === 'price-catch-up') {
      try {
        if (job.kind === 'price-change') await this.services.priceChanges.apply(sub.id);
        else await this.services.priceChanges.catchUp(sub.id);
      } catch (error) {
        // Razorpay unreachable, say: the change is still due (its notices stay unapplied), so it is tried again.
        await this.jobs.schedule({ kind: job.kind, subscriptionId: sub.id, dueAt: new Date(now.getTime() + PRICE_CHANGE_RETRY_MS).toISOString() });
        throw error;
      }
      return;
    }
    if (job.kind === 'period-end') {
      await this.services.subscriptions.sendCancellation(sub.id);
      return;
    }
    if (job.kind === 'predebit-notice') {
      // Only for the renewal it was scheduled for, and only if it still comes.
      if (sub.status !== 'active' || sub.cancelAtPeriodEnd || !sub.nextChargeAt || sub.nextChargeAt <= now.toISOString()) return;
      const amountPaise = priceOfCycle(sub, sub.nextChargeAt).monthlyTotalPaise;
      const to = await this.services.sync.recipient(sub.userId);
      if (to) await sendMailSafely(this.deps, preDebitMail(to, sub, amountPaise, this.deps.publicUrl));
      await this.record(sub.id, sub.userId, sub.solutionId, 'subscription.predebit_notice', { nextChargeAt: sub.nextChargeAt, amountPaise }, now);
      return;
    }
    // grace-end: the tier already ended with the grant (its endsAt is the grace end); the customer hears of it.
    if (sub.status !== 'past_due' || !sub.graceEndsAt || sub.graceEndsAt > now.toISOString()) return;
    await this.services.sync.mailStatus('grace-over', sub);
    await this.record(sub.id, sub.userId, sub.solutionId, 'subscription.grace_over', { graceEndsAt: sub.graceEndsAt, tier: 'REGISTERED' }, now);
  }

  /** An erased customer's Razorpay record and stored PDFs; a failure (Razorpay down) is tried again later. */
  private async completeErasure(userId: string): Promise<void> {
    try {
      await this.services.erasure.complete(userId);
    } catch (error) {
      await this.jobs.schedule({ kind: 'account-erasure', userId, dueAt: new Date(this.deps.clock.now().getTime() + ERASURE_RETRY_MS).toISOString() });
      throw error;
    }
  }

  private async record(targetId: string, userId: string, solutionId: string, action: string, after: Record<string, unknown>, now: Date): Promise<void> {
    const event = auditEventPut(this.deps.table, { stream: AUDIT_STREAM, actorId: null, action, targetType: 'Subscription', targetId, userId, solutionId, after }, now);
    await transactWrite(this.deps.db, event.items);
  }
}
