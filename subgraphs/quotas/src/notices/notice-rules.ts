import type { LimitMode, Tier } from '@marketplace/contracts';
import { DAY } from '@marketplace/shared';
import { UPGRADE_PROMPT_AT } from '../services/quota.service.ts';
import { NEXT_TIER, upgradePath } from '../services/upgrade-path.ts';

/**
 * What a customer is told about, once per quota window: 80 % used, 100 % used, the trial ends in three days; and
 * once per key and UTC day, a key used from an unusual number of networks (`used` networks, `limit` the threshold);
 * once per status change (the window id is its time), a solution the customer holds a key for suspended, unpublished
 * or reinstated.
 */
export type NoticeKind = 'USAGE_80' | 'USAGE_100' | 'TRIAL_ENDING' | 'UNUSUAL_NETWORKS' | StatusNoticeKind;

/** The notices of a solution's status change: suspended, unpublished, or back in service (reinstated). */
export type StatusNoticeKind = 'SOLUTION_SUSPENDED' | 'SOLUTION_UNPUBLISHED' | 'SOLUTION_REINSTATED';
/** The statuses whose moves may concern key holders. */
export const NOTICED_STATUSES = ['SUSPENDED', 'UNPUBLISHED', 'PUBLISHED'] as const;
const isStatusNotice = (kind: NoticeKind): kind is StatusNoticeKind => kind === 'SOLUTION_SUSPENDED' || kind === 'SOLUTION_UNPUBLISHED' || kind === 'SOLUTION_REINSTATED';

/**
 * What key holders are told of a solution's move, if anything: suspended; unpublished by its partner; or
 * reinstated — out of a suspension (calls work again), or republished after being unpublished. A first
 * publication tells nobody (no keys yet).
 */
export function statusNoticeOf(change: { status: string; previousStatus?: string | null }): StatusNoticeKind | null {
  if (change.status === 'SUSPENDED') return 'SOLUTION_SUSPENDED';
  if (change.previousStatus === 'SUSPENDED') return 'SOLUTION_REINSTATED';
  if (change.status === 'UNPUBLISHED') return 'SOLUTION_UNPUBLISHED';
  if (change.status === 'PUBLISHED' && change.previousStatus === 'UNPUBLISHED') return 'SOLUTION_REINSTATED';
  return null;
}

/** Notices mailed whatever the customer's upgrade-email choice: they are about the key itself, not an upgrade. */
export const isServiceNotice = (kind: NoticeKind): boolean => kind === 'UNUSUAL_NETWORKS' || isStatusNotice(kind);

/** How long before a trial window ends its customer is warned. */
export const TRIAL_WARNING_MS = 3 * DAY;

/** The notices of a usage window (the shim's threshold watcher writes them). */
export type WindowNoticeKind = Exclude<NoticeKind, 'UNUSUAL_NETWORKS' | StatusNoticeKind>;

const NONE: readonly WindowNoticeKind[] = [];
const EIGHTY: readonly WindowNoticeKind[] = ['USAGE_80'];
const BOTH: readonly WindowNoticeKind[] = ['USAGE_80', 'USAGE_100'];

/** The usage thresholds a counter at `used` of `limit` has reached, lowest first (shared arrays: the shim's hot path). */
export function reachedThresholds(used: number, limit: number): readonly WindowNoticeKind[] {
  if (limit <= 0 || used < limit * UPGRADE_PROMPT_AT) return NONE;
  return used >= limit ? BOTH : EIGHTY;
}

/** The facts a notice is told from. */
export interface NoticeFacts {
  kind: NoticeKind;
  tier: Tier;
  /** The counter's window: `TRIAL`, or a month / paid period. */
  windowId: string;
  used: number;
  limit: number;
  limitMode: LimitMode;
  windowEnd: string;
  /** A reinstatement told without its suspension (it came and went between two runs): when the suspension began. */
  suspendedSince?: string;
}

export interface NoticeText {
  /** The email's subject and the in-app notice's heading. */
  title: string;
  message: string;
  /** The next step: a path of the web app (sign-up, the solution's pricing and checkout, or sales). */
  action: { label: string; path: string };
}

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** "in 3 days", "in 5 hours", "within the hour": how long until `end`, as of `now`. */
export function timeLeft(end: Date, now: Date): string {
  const ms = end.getTime() - now.getTime();
  if (ms <= 0) return 'now';
  if (ms >= DAY) {
    // To the nearest day: a warning made three days ahead and read a minute later still says three.
    const days = Math.round(ms / DAY);
    return `in ${days} ${days === 1 ? 'day' : 'days'}`;
  }
  const hours = Math.floor(ms / 3_600_000);
  return hours >= 1 ? `in ${hours} ${hours === 1 ? 'hour' : 'hours'}` : 'within the hour';
}

/**
 * What a notice says, in the email and in the app alike: the solution, the usage, the time left and the next step.
 * `now` is when it is read (the in-app notice) or sent (the email).
 */
export function describeNotice(notice: NoticeFacts, solution: { name: string; slug: string }, now: Date): NoticeText {
  if (notice.kind === 'UNUSUAL_NETWORKS') return describeUnusualNetworks(notice, solution);
  if (isStatusNotice(notice.kind)) return describeStatusChange(notice.kind, notice.windowId, solution, notice.suspendedSince);
  const trial = notice.windowId === 'TRIAL';
  const end = new Date(notice.windowEnd);
  const ended = end.getTime() <= now.getTime();
  const windowName = trial ? 'trial' : 'billing period';
  const ends = ended ? `Your ${windowName} ended on ${when(notice.windowEnd)}.` : `Your ${windowName} ends ${timeLeft(end, now)}, on ${when(notice.windowEnd)}.`;
  const usage = `You have used ${notice.used} of ${notice.limit} calls of ${solution.name}${trial ? ' in your trial' : ' this period'}.`;
  let title: string;
  let situation: string;
  if (notice.kind === 'TRIAL_ENDING') {
    title = `Your ${solution.name} trial ends ${timeLeft(end, now)}`;
    situation = `${ends} ${usage} After it ends, calls with your key are refused.`;
  } else if (notice.kind === 'USAGE_80') {
    title = `You have used 80 % of your ${solution.name} allowance`;
    situation = `${usage} ${ends}`;
  } else {
    title = `You have used your whole ${solution.name} allowance`;
    const after =
      notice.limitMode === 'soft'
        ? 'Further calls are billed as overage.'
        : trial
          ? 'Further calls are refused: the trial allowance does not renew.'
          : `Further calls are refused until the period ends (${when(notice.windowEnd)}).`;
    situation = `${usage} ${after} ${trial ? ends : ''}`.trim();
  }
  const next = NEXT_TIER[notice.tier];
  const path = upgradePath(solution.slug, next);
  const nextStep =
    next === 'registered'
      ? { sentence: 'Sign up free for more calls and your own API key.', label: 'Sign up free' }
      : next === 'contact'
        ? { sentence: 'Contact us for a larger plan.', label: 'Contact sales' }
        : { sentence: `Upgrade to ${next[0]!.toUpperCase()}${next.slice(1)} for a larger allowance.`, label: `Upgrade to ${next[0]!.toUpperCase()}${next.slice(1)}` };
  return { title, message: `${situation} ${nextStep.sentence}`, action: { label: nextStep.label, path } };
}

/** A security notice, not an upgrade prompt: the key's day (the window id is `<day>#<keyId>`) and what to do. */
function describeUnusualNetworks(notice: NoticeFacts, solution: { name: string; slug: string }): NoticeText {
  const day = notice.windowId.slice(0, 10);
  return {
    title: `Your API key for ${solution.name} was used from an unusual number of networks`,
    message:
      `On ${day} (UTC) your API key for ${solution.name} was used from ${notice.used} or more different networks, ` +
      'more than keys usually are. If you did not expect this, your key may have leaked: revoke it and create a new one.',
    action: { label: 'Review your key', path: `/dashboard/${encodeURIComponent(solution.slug)}` },
  };
}

/**
 * A solution the customer holds a key for was suspended, unpublished or reinstated (the window id is when); a
 * reinstatement with `suspendedSince` ends a suspension the customer was never told of, so it tells both at once.
 */
function describeStatusChange(kind: StatusNoticeKind, changedAt: string, solution: { name: string; slug: string }, suspendedSince?: string): NoticeText {
  if (kind === 'SOLUTION_REINSTATED' && suspendedSince) {
    return {
      title: `${solution.name} was briefly unavailable`,
      message:
        `From ${when(suspendedSince)} to ${when(changedAt)} an administrator suspended ${solution.name}: calls with your API key were refused in that time. ` +
        `It has been reinstated: calls work again, within your tier's limits.`,
      action: { label: 'See your key', path: `/dashboard/${encodeURIComponent(solution.slug)}` },
    };
  }
  if (kind === 'SOLUTION_REINSTATED') {
    return {
      title: `${solution.name} is available again`,
      message: `On ${when(changedAt)} ${solution.name} was reinstated: calls with your API key work again, within your tier's limits.`,
      action: { label: 'See your key', path: `/dashboard/${encodeURIComponent(solution.slug)}` },
    };
  }
  const suspended = kind === 'SOLUTION_SUSPENDED';
  return {
    title: `${solution.name} has been ${suspended ? 'suspended' : 'unpublished'}`,
    message:
      (suspended
        ? `On ${when(changedAt)} an administrator suspended ${solution.name}: calls with your API key are refused until it is reinstated.`
        : `On ${when(changedAt)} its partner unpublished ${solution.name}: it is no longer listed in the catalog.`) +
      ' Your key stays on your dashboard, where you can revoke it.',
    action: { label: 'Review your key', path: `/dashboard/${encodeURIComponent(solution.slug)}` },
  };
}

/**
 * The status notices that no longer hold because a newer one of the same solution overtook them: one of the same
 * kind says it again; a reinstatement ends a suspension, and an unpublishing too unless the solution is unpublished
 * still (a suspension reinstated back to unpublished leaves it unlisted); a new suspension or unpublishing ends
 * "available again". What they overtook is history — out of the customer's list, still in it with
 * `includeDismissed`; dismissing the newer one brings none back. Ordered by the change told (the window id is its time).
 */
export function supersededStatusNotices(
  notices: readonly { id: string; solutionId: string; kind: NoticeKind; windowId: string }[],
  statusNow: (solutionId: string) => string | null,
): Set<string> {
  const status = notices.filter((n) => isStatusNotice(n.kind));
  const overtakes = (newer: NoticeKind, older: NoticeKind, solutionId: string): boolean =>
    newer === older ||
    older === 'SOLUTION_REINSTATED' ||
    (newer === 'SOLUTION_REINSTATED' && (older === 'SOLUTION_SUSPENDED' || statusNow(solutionId) !== 'UNPUBLISHED'));
  return new Set(
    status.filter((old) => status.some((n) => n.solutionId === old.solutionId && n.windowId > old.windowId && overtakes(n.kind, old.kind, old.solutionId))).map((n) => n.id),
  );
}

/**
 * The usage notices (80 %, 100 %, trial ending) that no longer hold: an 80 % one whose window of the same solution
 * and tier has reached 100 % (the customer is told the newer fact once, not both), and every one of a solution that is
 * not listed now (suspended or unpublished: its upgrade leads nowhere, and the status notice says what holds). They stay
 * in the history (`includeDismissed`); a solution listed again shows its notices again.
 */
export function supersededUsageNotices(
  notices: readonly { id: string; solutionId: string; kind: NoticeKind; tier: Tier; windowId: string }[],
  statusNow: (solutionId: string) => string | null,
): Set<string> {
  const usage = notices.filter((n) => n.kind === 'USAGE_80' || n.kind === 'USAGE_100' || n.kind === 'TRIAL_ENDING');
  const full = new Set(usage.filter((n) => n.kind === 'USAGE_100').map((n) => `${n.solutionId} ${n.tier} ${n.windowId}`));
  const unlisted = (solutionId: string) => {
    const status = statusNow(solutionId);
    return status !== null && status !== 'PUBLISHED';
  };
  return new Set(
    usage.filter((n) => unlisted(n.solutionId) || (n.kind === 'USAGE_80' && full.has(`${n.solutionId} ${n.tier} ${n.windowId}`))).map((n) => n.id),
  );
}

/** What names one trial window in the analytics log (`trial.started` and `trial.ended` are keyed by it). */
export function trialKey(trial: { userId: string; solutionId: string; tier: string; windowId: string; windowEnd: string }): string {
  return `${trial.userId}:${trial.solutionId}:${trial.tier}:${trial.windowId}:${trial.windowEnd}`;
}
