import { createEventOutbox, DAY, type Mailer, MINUTE, renderEmail } from '@marketplace/shared';
import { keys } from '../data/keys.ts';
import { type NoticeRecord, NoticeRepository, type TrialEnd } from '../data/notice.repository.ts';
import type { QuotasDeps } from '../deps.ts';
import { CounterStore } from '../engine/counter-store.ts';
import { describeNotice, isServiceNotice, NOTICED_STATUSES, statusNoticeOf, trialKey } from './notice-rules.ts';

export interface NoticeJobsDeps {
  mailer: Mailer;
  /** Identity's contact details (`@marketplace/identity/public`). */
  users: { profile(userId: string): Promise<{ email: string; name: string } | null> };
  /** Where users open the app: email links point here. */
  publicUrl: string;
  /**
   * Solution status changes and who holds keys (catalog's and keys' public faces): when given, the holders of
   * working keys are told once per change that their solution was suspended, unpublished or reinstated.
   */
  statusChanges?: {
    catalog: { statusChangesSince(status: (typeof NOTICED_STATUSES)[number], since: Date): Promise<StatusChange[]> };
    holders: { holdersOf(solutionId: string): Promise<string[]> };
  };
}

/** A solution's move into a noticed status, as catalog's public face lists it. */
export interface StatusChange {
  id: string;
  statusChangedAt: string;
  previousStatus?: string | null;
  /** When it had moved into `previousStatus` (e.g. the start of the suspension a reinstatement ends); null when unknown. */
  previousStatusChangedAt?: string | null;
}

/**
 * How far back each run looks for status changes (each is told once: the notice's conditional put). A run missed
 * for longer than this loses the older changes' notices.
 */
export const STATUS_LOOKBACK_MS = 7 * DAY;
/** A status notice is kept (and shown) this long after its change. */
const STATUS_NOTICE_WINDOW_MS = 30 * DAY;

/** How long a sender holds an email it took: should it die, the email is due again after this. */
const SEND_LEASE_MS = 5 * MINUTE;
/** Attempts before an email that keeps failing is given up (each one a lease apart). */
const MAX_ATTEMPTS = 5;
const PAGE = 50;

/**
 * The upgrade notices' scheduled work (main.ts runs it through the shared scheduler, once per interval across
 * processes): warns of trial windows ending within three days (the notice's conditional put makes it once) and
 * appends `trial.ended` to the analytics log once a window has closed, then mails the notices waiting in the
 * outbox, each to its customer unless they turned that solution's emails off.
 */
export class NoticeJobs {
  private readonly notices: NoticeRepository;
  private readonly counters: CounterStore;
  private readonly outbox;

  constructor(
    private readonly deps: Pick<QuotasDeps, 'db' | 'table' | 'clock' | 'logger' | 'catalog' | 'tiers' | 'events'>,
    private readonly mail: NoticeJobsDeps,
  ) {
    this.notices = new NoticeRepository(deps.db, deps.table);
    this.counters = new CounterStore(deps.db, deps.table);
    this.outbox = createEventOutbox(deps);
  }

  /** Runs both jobs until nothing is due; resolves with what it did. */
  async runDue(signal?: AbortSignal): Promise<{ warned: number; told: number; mailed: number }> {
    const warned = await this.warnTrialEnds(signal);
    const told = await this.tellStatusChanges(signal);
    const mailed = await this.sendDueMail(signal);
    return { warned, told, mailed };
  }

  /** Makes one notice per holder of a working key for each solution recently suspended, unpublished or reinstated. */
  private async tellStatusChanges(signal?: AbortSignal): Promise<number> {
    const source = this.mail.statusChanges;
    if (!source) return 0;
    let told = 0;
    const now = this.deps.clock.now();
    const since = new Date(now.getTime() - STATUS_LOOKBACK_MS);
    for (const status of NOTICED_STATUSES) {
      for (const change of await source.catalog.statusChangesSince(status, since)) {
        if (signal?.aborted) return told;
        const kind = statusNoticeOf({ status, previousStatus: change.previousStatus });
        if (!kind) continue;
        // A change whose holders were all told costs one read on later runs; until then (a run died half-way) the
        // notices' conditional puts keep each holder told once.
        if (await this.notices.statusChangeTold(change.id, change.statusChangedAt, status)) continue;
        const untold = kind === 'SOLUTION_REINSTATED' ? await this.untoldDeparture(change, now) : null;
        for (const userId of await source.holders.holdersOf(change.id)) {
          // The suspension or unpublishing this undoes came and went between two runs: a holder who never heard of it
          // gets one notice that says the solution was briefly suspended (their calls were refused meanwhile), and
          // nothing for an unlisting undone (their calls never stopped; "available again" would puzzle them).
          let suspendedSince: string | undefined;
          if (untold && !(await this.heardOf(userId, change.id, untold))) {
            if (untold.status !== 'SUSPENDED') continue;
            suspendedSince = untold.at;
          }
          const created = await this.notices.create(
            {
              userId,
              solutionId: change.id,
              tier: await this.deps.tiers.tierOf(userId, change.id),
              // The change's time names it: a retry, or another process, finds the notice made (conditional put).
              windowId: change.statusChangedAt,
              kind,
              used: 0,
              limit: 0,
              limitMode: 'hard',
              windowEnd: new Date(Date.parse(change.statusChangedAt) + STATUS_NOTICE_WINDOW_MS).toISOString(),
              ...(suspendedSince && { suspendedSince }),
            },
            now,
          );
          if (created) told++;
        }
        await this.notices.markStatusChangeTold(change.id, change.statusChangedAt, status, new Date(Date.parse(change.statusChangedAt) + STATUS_LOOKBACK_MS + DAY));
      }
    }
    return told;
  }

  /**
   * The suspension or unpublishing a reinstatement ends, when its notices were not all made: it began within the
   * look-back (older ones were told, or are past telling, and their markers may be gone) and is not marked told.
   */
  private async untoldDeparture(change: StatusChange, now: Date): Promise<{ status: string; at: string } | null> {
    const { previousStatus: status, previousStatusChangedAt: at } = change;
    if ((status !== 'SUSPENDED' && status !== 'UNPUBLISHED') || !at) return null;
    if (Date.parse(at) < now.getTime() - STATUS_LOOKBACK_MS) return null;
    if (await this.notices.statusChangeTold(change.id, at, status)) return null;
    return { status, at };
  }

  /** Whether the holder has the notice of that departure (a run that died half-way told some holders). */
  private async heardOf(userId: string, solutionId: string, departure: { status: string; at: string }): Promise<boolean> {
    const kind = statusNoticeOf({ status: departure.status });
    return (await this.notices.ofUser(userId, solutionId)).some((n) => n.kind === kind && n.windowId === departure.at);
  }

  private async warnTrialEnds(signal?: AbortSignal): Promise<number> {
    let warned = 0;
    for (;;) {
      const now = this.deps.clock.now();
      const due = await this.notices.dueTrialEnds(now, PAGE);
      if (due.length === 0 || signal?.aborted) return warned;
      for (const trial of due) {
        if (Date.parse(trial.windowEnd) > now.getTime()) {
          if (await this.warn(trial, now)) warned++;
          // Due again when the window closes, to tell the analytics log the trial ended.
          await this.notices.rescheduleTrialEnd(trial, new Date(trial.windowEnd));
        } else {
          // The event commits as the window leaves the list (once: a repeat finds it gone).
          const partnerId = (await this.deps.catalog.solution(trial.solutionId))?.partnerId;
          // An anonymous trial's subject is its keyed fingerprint, never a user.
          const who = trial.tier === 'anonymous' ? { fingerprint: trial.userId } : { userId: trial.userId };
          const ended = this.outbox.stage([
            { type: 'trial.ended', time: new Date(trial.windowEnd), dedupeKey: trialKey(trial), ...who, solutionId: trial.solutionId, partnerId, tier: trial.tier, outcome: 'expired' },
          ]);
          if (await this.notices.settleTrialEnd(trial, ended.items)) await ended.publish();
        }
      }
      // A short page was the last (and the index may lag the settles just made).
      if (due.length < PAGE) return warned;
    }
  }

  /** Makes the trial-ending notice, unless the trial is over already or the customer has moved to another tier. */
  private async warn(trial: TrialEnd, now: Date): Promise<boolean> {
    if (Date.parse(trial.windowEnd) <= now.getTime() || trial.tier === 'anonymous') return false;
    if ((await this.deps.tiers.tierOf(trial.userId, trial.solutionId)) !== trial.tier) return false;
    const counter = await this.counters.read(keys.counter(trial.solutionId, trial.userId, trial.tier, trial.windowId));
    const created = await this.notices.create({ ...trial, kind: 'TRIAL_ENDING', used: counter?.used ?? 0 }, now);
    return created !== null;
  }

  private async sendDueMail(signal?: AbortSignal): Promise<number> {
    let mailed = 0;
    for (;;) {
      const now = this.deps.clock.now();
      const due = await this.notices.dueMail(now, PAGE);
      if (due.length === 0 || signal?.aborted) return mailed;
      for (const { notice, position } of due) {
        if (!(await this.notices.claimMail(notice, position, new Date(now.getTime() + SEND_LEASE_MS)))) continue;
        if (await this.send(notice, now)) mailed++;
      }
      if (due.length < PAGE) return mailed;
    }
  }

  /** Sends one notice's email, or settles why not; a failed send is retried after the lease, a few times. */
  private async send(notice: NoticeRecord, now: Date): Promise<boolean> {
    const { notices, deps } = this;
    // A key used from unusual networks, or its solution suspended or unpublished, is about the key itself, not an
    // upgrade: mailed whatever the upgrade-email choice.
    const security = isServiceNotice(notice.kind);
    if (!security && !(await notices.emailsWanted(notice.userId, notice.solutionId))) {
      await notices.settleMail(notice, 'off', now);
      return false;
    }
    const [user, solution] = await Promise.all([this.mail.users.profile(notice.userId), deps.catalog.solution(notice.solutionId)]);
    if (!user?.email || !solution) {
      await notices.settleMail(notice, 'no-address', now);
      return false;
    }
    const text = describeNotice(notice, solution, now);
    const base = this.mail.publicUrl.replace(/\/$/, '');
    const settings = `${base}/dashboard/${encodeURIComponent(solution.slug)}#notices`;
    const action = { label: text.action.label, url: `${base}${text.action.path}` };
    try {
      await this.mail.mailer.send({
        to: user.email,
        subject: text.title,
        ...renderEmail({
          greeting: `Hello ${user.name || 'there'},`,
          paragraphs: [text.message],
          action,
          footer: security
            ? `You receive this because your API key for ${solution.name} on Marketplace is yours to keep safe.`
            : `You receive this because you use ${solution.name} on Marketplace. Turn these emails off on its dashboard: ${settings}`,
        }),
        links: [action.url, settings],
      });
    } catch (error) {
      const attempts = notice.mailAttempts + 1;
      deps.logger.warn({ err: error, noticeId: notice.id, attempts }, attempts >= MAX_ATTEMPTS ? 'an upgrade notice could not be mailed; giving up' : 'an upgrade notice could not be mailed; retrying later');
      if (attempts >= MAX_ATTEMPTS) await notices.settleMail(notice, 'failed', now);
      return false;
    }
    await notices.settleMail(notice, 'sent', now);
    return true;
  }
}
