import { type BotReason, DEFAULT_ANONYMOUS_GUARD, type EndpointPolicy, type KeyRecord, type Tier, TIERS, type VerdictCode } from '@marketplace/contracts';
import { type Clock, InputError } from '@marketplace/shared';
import { keys } from '../data/keys.ts';
import type { AnonymousGate } from '../engine/anonymous-gate.ts';
import { botSuspicion } from '../engine/bot-agents.ts';
import type { QuotaDecision, QuotaEngine, QuotaRequest } from '../engine/quota-engine.ts';
import type { RateLimiter } from '../engine/rate-limiter.ts';
import { type QuotaWindow, windowAt } from '../engine/windows.ts';
import type { UsageRecorder } from '../usage/usage-recorder.ts';
import { quotaWindowAt, withPaidTerms } from './paid-terms.ts';
import { NEXT_TIER, upgradePath } from './upgrade-path.ts';
import type { AccountDirectory, KeyCallObserver, KeyDirectory, PaidTerms, QuotaObserver, QuotaPolicy, SolutionDirectory, TierDirectory } from './ports.ts';

export type { VerdictCode };

export interface ValidateInput {
  apiKey?: string;
  client?: { ip: string; userAgent?: string; acceptLanguage?: string };
  endpoint?: string;
  cost?: number;
}

export interface Verdict {
  allowed: boolean;
  code: VerdictCode;
  /** With `BOT_SUSPECTED`: why. */
  reason?: BotReason;
  tier: Tier | null;
  limit: number;
  used: number;
  remaining: number;
  resetAt: string | null;
  retryAfterSeconds?: number;
  features: Record<string, boolean | number | string>;
  upgrade?: { tier: Tier | 'contact'; url: string; message: string };
  subject: { type: 'key' | 'anonymous'; keyId?: string; userId?: string };
  /** For the rate-limit headers; not part of the JSON body. */
  policy?: { windowSeconds: number; ratePerSecond: number | null; secondsToReset: number };
}

/** How usage names an endpoint: the registered template (`GET /v1/items/{id}`), never the path a caller sent. */
const endpointName = (endpoint: Pick<EndpointPolicy, 'method' | 'path'>) => `${endpoint.method} ${endpoint.path}`;

/** What a decided call is counted by, besides its verdict. */
interface CallOf {
  solutionId: string;
  tier: Tier;
  keyId: string | undefined;
  /** The registered endpoint (`METHOD /path/template`), when the caller named one. */
  endpoint: string | undefined;
  units: number;
  /** The caller's keyed fingerprint: anonymous callers', and keyed callers' that passed `client` (conversions). */
  fingerprint?: string;
}

export interface QuotaServiceDeps {
  clock: Clock;
  engine: QuotaEngine;
  rateLimiter: RateLimiter;
  usage: UsageRecorder;
  solutions: SolutionDirectory;
  keys: KeyDirectory;
  accounts: AccountDirectory;
  tiers: TierDirectory;
  /** Computes an anonymous caller's fingerprint; null when the IP is not an IP. */
  fingerprint: (client: { ip: string; userAgent?: string; acceptLanguage?: string }) => string | null;
  /** The cap on new anonymous callers per network block and day; absent: no cap (stand-ins in tests). */
  anonymousGate?: AnonymousGate;
  publicUrl: string;
  /** Upgrade notices: told of every consuming decision of a key's owner, and of anonymous trials (stand-ins may omit it). */
  notices?: QuotaObserver;
  /** Unusual networks on a key: told of every consuming call of a valid key that carries a client. */
  keyNetworks?: KeyCallObserver;
}

/** ISO strings of recent window ends: verdicts of one window share its end, so it is formatted once. */
const isoCache = new Map<number, string>();
function isoOf(date: Date): string {
  const ms = date.getTime();
  let iso = isoCache.get(ms);
  if (iso === undefined) {
    iso = date.toISOString();
    if (isoCache.size >= 1000) isoCache.clear();
    isoCache.set(ms, iso);
  }
  return iso;
}

/** Subjects and features are shared by the verdicts that carry them (the shim serialises each once). */
const KEY_SUBJECT: Verdict['subject'] = Object.freeze({ type: 'key' });
const ANONYMOUS_SUBJECT: Verdict['subject'] = Object.freeze({ type: 'anonymous' });
const NO_FEATURES: Verdict['features'] = Object.freeze({});
const subjects = new WeakMap<KeyRecord, Verdict['subject']>();
function subjectOf(record: KeyRecord): Verdict['subject'] {
  let subject = subjects.get(record);
  if (!subject) {
    subject = Object.freeze({ type: 'key', keyId: record.id, userId: record.userId });
    subjects.set(record, subject);
  }
  return subject;
}

/** The share of an allowance after which every verdict carries the upgrade prompt (and the customer is told once). */
export const UPGRADE_PROMPT_AT = 0.8;

/**
 * The quota contract's rules: who the caller is (key or fingerprint), which tier and policy apply, and
 * whether this call may be made. The REST shim calls it; `consume: false` answers without consuming.
 */
export class QuotaService {
  constructor(private readonly deps: QuotaServiceDeps) {}

  async decide(solutionId: string, input: ValidateInput, consume: boolean): Promise<Verdict> {
    const { deps } = this;
    const now = deps.clock.now();
    const solution = await deps.solutions.solution(solutionId);
    if (!solution) throw new Error(`solution ${solutionId} of a valid secret was not found`);

    let tier: Tier;
    let subject: string;
    let subjectInfo: Verdict['subject'];
    let keyId: string | undefined;
    let fingerprint: string | undefined;
    let terms: PaidTerms | null = null;
    if (input.apiKey !== undefined) {
      const checked = deps.keys.check(input.apiKey);
      if (!checked.ok) return this.refuse(solutionId, input, consume, 'KEY_INVALID', KEY_SUBJECT, null);
      const record = await deps.keys.findKeyByHash(checked.hash);
      if (!record) return this.refuse(solutionId, input, consume, 'KEY_INVALID', KEY_SUBJECT, null);
      // Another solution's key: say nothing about it (whose it is, which key) to this solution's backend.
      if (record.solutionId !== solutionId) return this.refuse(solutionId, input, consume, 'KEY_WRONG_SOLUTION', KEY_SUBJECT, null);
      subjectInfo = subjectOf(record);
      const keyState = deps.keys.verdict(record, now);
      if (keyState !== 'VALID') return this.refuse(solutionId, input, consume, keyState, subjectInfo, null);
      const account = await deps.accounts.status(record.userId);
      if (account === null) return this.refuse(solutionId, input, consume, 'KEY_INVALID', KEY_SUBJECT, null);
      if (account === 'suspended') return this.refuse(solutionId, input, consume, 'ACCOUNT_SUSPENDED', subjectInfo, null);
      tier = await deps.tiers.tierOf(record.userId, solutionId);
      terms = (await deps.tiers.termsOf?.(record.userId, solutionId)) ?? null;
      subject = record.userId;
      keyId = record.id;
      // A key's call that still carries the browser's client: how analytics sees an anonymous trial convert.
      if (input.client) fingerprint = deps.fingerprint(input.client) ?? undefined;
      if (consume && input.client) deps.keyNetworks?.observe({ keyId: record.id, userId: record.userId, solutionId, tier, ip: input.client.ip });
    } else {
      if (!input.client) throw new InputError('client', 'Without apiKey, client (the caller\'s ip, userAgent and acceptLanguage) is required.');
      const anonymous = deps.fingerprint(input.client);
      if (!anonymous) throw new InputError('client.ip', 'client.ip is not an IPv4 or IPv6 address.');
      tier = 'anonymous';
      subject = anonymous;
      fingerprint = anonymous;
      subjectInfo = ANONYMOUS_SUBJECT;
    }
    if (solution.status === 'SUSPENDED') return this.refuse(solutionId, input, consume, 'SOLUTION_SUSPENDED', subjectInfo, tier);

    const policy = withPaidTerms(await deps.solutions.policy(solutionId, tier), terms);
    if (!policy) throw new Error(`solution ${solutionId} has no ${tier} policy`);
    const window = quotaWindowAt(policy, terms, now);
    const counter = keys.counter(solutionId, subject, tier, window.id);
    const call: CallOf = { solutionId, tier, keyId, endpoint: undefined, units: input.cost ?? 1, fingerprint };
    if (input.endpoint !== undefined) {
      const endpoint = await deps.solutions.endpoint(solutionId, input.endpoint);
      if (!endpoint) throw new InputError('endpoint', `"${input.endpoint}" is not a registered endpoint of this solution.`);
      call.endpoint = endpointName(endpoint);
      if (input.cost === undefined) call.units = endpoint.costWeight;
      if (!endpoint.tiers.includes(tier)) {
        const lowest = TIERS.find((t) => TIERS.indexOf(t) > TIERS.indexOf(tier) && endpoint.tiers.includes(t));
        const refused = this.verdict('ENDPOINT_NOT_IN_TIER', policy, window, now, solution.slug, subjectInfo, await deps.engine.peek({ counter, units: 0, limit: policy.callAllowance, hard: policy.limitMode === 'hard', windowEndIfNew: window.endIfStartedNow }), lowest);
        return this.finish(refused, call, 0, consume);
      }
    }

    if (tier === 'anonymous' && input.client) {
      // Only here: a known caller costs a bot check on its user agent and a map lookup (see AnonymousGate).
      const guard = policy.guard ?? DEFAULT_ANONYMOUS_GUARD;
      const reason =
        (guard.refuseBots ? botSuspicion(input.client.userAgent) : null) ??
        (deps.anonymousGate && !(await deps.anonymousGate.admits(solutionId, subject, input.client.ip, counter, guard.newCallersPerBlockPerDay, consume))
          ? 'NETWORK_NEW_CALLER_LIMIT'
          : null);
      if (reason) {
        const refused = this.verdict('BOT_SUSPECTED', policy, window, now, solution.slug, subjectInfo, null);
        return this.finish({ ...refused, reason, remaining: 0 }, call, 0, consume);
      }
    }

    const { units } = call;
    const request: QuotaRequest = { counter, units, limit: policy.callAllowance, hard: policy.limitMode === 'hard', windowEndIfNew: window.endIfStartedNow };
    const rateId = `${solutionId} ${subject}`;
    let tookToken = false;
    if (policy.ratePerSecond) {
      const rateCounter = (s: number) => keys.rate(solutionId, subject, s);
      // A check answers as validate would: a token this second, without taking it.
      const token = consume
        ? await deps.rateLimiter.take(rateCounter, rateId, policy.ratePerSecond)
        : await deps.rateLimiter.wouldAllow(rateCounter, rateId, policy.ratePerSecond);
      if (!token) {
        // A call the quota would refuse anyway gets the quota's verdict: it is the one the caller can act on.
        const state = await deps.engine.peek(request);
        const code: VerdictCode = state.allowed ? 'RATE_LIMITED' : state.reason === 'expired' ? 'TRIAL_EXPIRED' : 'QUOTA_EXCEEDED';
        const shown = state.allowed ? { ...state, used: state.used - units } : state;
        return this.finish(this.verdict(code, policy, window, now, solution.slug, subjectInfo, shown), call, 0, consume);
      }
      tookToken = consume;
    }
    const decision = consume ? await deps.engine.consume(request) : await deps.engine.peek(request);
    if (!decision.allowed && tookToken) deps.rateLimiter.giveBack(rateId);
    // An ended window (TRIAL_EXPIRED) reaches no threshold any more. Anonymous callers' trials are watched for their
    // start and end (analytics), keyed by their fingerprint.
    if (consume && (keyId || tier === 'anonymous') && deps.notices && (decision.allowed || decision.reason === 'exhausted')) {
      deps.notices.observe({ allowed: decision.allowed, userId: subject, solutionId, tier, windowId: window.id, windowEnd: decision.windowEnd, used: decision.used, units, limit: policy.callAllowance, limitMode: policy.limitMode });
    }
    const code: VerdictCode = decision.allowed ? 'VALID' : decision.reason === 'expired' ? 'TRIAL_EXPIRED' : 'QUOTA_EXCEEDED';
    // `used` is this call's own place in the counter, so the part of it past a soft limit is exact.
    const overage = decision.allowed && !request.hard ? Math.max(0, Math.min(units, decision.used - policy.callAllowance)) : 0;
    const verdict = this.verdict(code, policy, window, now, solution.slug, subjectInfo, decision);
    return this.finish(verdict, call, overage, consume);
  }

  /** A refusal before the quota is asked (key, account, solution); counted like every decision. */
  private async refuse(solutionId: string, input: ValidateInput, consume: boolean, code: VerdictCode, subject: Verdict['subject'], tier: Tier | null): Promise<Verdict> {
    if (consume) {
      const endpoint = input.endpoint === undefined ? null : await this.deps.solutions.endpoint(solutionId, input.endpoint);
      this.deps.usage.record({
        solutionId,
        tier,
        userId: subject.userId,
        keyId: subject.keyId,
        code,
        endpoint: endpoint ? endpointName(endpoint) : undefined,
        allowed: false,
        units: input.cost ?? endpoint?.costWeight ?? 1,
        overage: 0,
      });
    }
    return { allowed: false, code, tier, limit: 0, used: 0, remaining: 0, resetAt: null, features: NO_FEATURES, subject };
  }

  private finish(verdict: Verdict, call: CallOf, overage: number, consume: boolean): Verdict {
    if (consume) {
      const { solutionId, tier, keyId, endpoint, units, fingerprint } = call;
      const nearLimit = verdict.upgrade !== undefined;
      this.deps.usage.record({ solutionId, tier, userId: verdict.subject.userId, keyId, endpoint, code: verdict.code, allowed: verdict.allowed, units, overage, fingerprint, nearLimit });
      if (call.keyId) this.deps.keys.touch(call.keyId);
    }
    return verdict;
  }

  private verdict(
    code: VerdictCode,
    policy: QuotaPolicy,
    window: QuotaWindow,
    now: Date,
    slug: string,
    subject: Verdict['subject'],
    decision: QuotaDecision | null,
    upgradeTo?: Tier,
  ): Verdict {
    const windowEnd = decision?.windowEnd ?? window.endIfStartedNow;
    const used = decision?.used ?? 0;
    const remaining = Math.max(0, policy.callAllowance - used);
    const secondsToReset = Math.max(0, Math.ceil((windowEnd.getTime() - now.getTime()) / 1000));
    const allowed = code === 'VALID';
    const verdict: Verdict = {
      allowed,
      code,
      tier: policy.tier,
      limit: policy.callAllowance,
      used,
      remaining,
      resetAt: isoOf(windowEnd),
      features: policy.features,
      subject,
      policy: { windowSeconds: window.seconds, ratePerSecond: policy.ratePerSecond, secondsToReset },
    };
    // Retry-After only where waiting helps: the next second, or a paid period's reset. A used-up trial never
    // resets (only an upgrade helps), so it gets none.
    if (code === 'RATE_LIMITED') verdict.retryAfterSeconds = 1;
    else if (code === 'QUOTA_EXCEEDED' && policy.window.kind === 'monthly' && secondsToReset > 0) verdict.retryAfterSeconds = secondsToReset;
    if (!allowed || used >= policy.callAllowance * UPGRADE_PROMPT_AT) {
      const next = upgradeTo ?? NEXT_TIER[policy.tier];
      verdict.upgrade = this.upgrade(code, next, slug, policy, used);
    }
    return verdict;
  }

  /** Prompts repeat (every refused call of a window gets the same one), so each is composed once. */
  private readonly prompts = new Map<string, NonNullable<Verdict['upgrade']>>();

  private upgrade(code: VerdictCode, next: Tier | 'contact', slug: string, policy: QuotaPolicy, used: number): NonNullable<Verdict['upgrade']> {
    const id = `${code}|${next}|${slug}|${Math.min(used, policy.callAllowance)}|${policy.callAllowance}|${policy.ratePerSecond}`;
    let prompt = this.prompts.get(id);
    if (!prompt) {
      prompt = this.composeUpgrade(code, next, slug, policy, used);
      if (this.prompts.size >= 10_000) this.prompts.clear();
      this.prompts.set(id, prompt);
    }
    return prompt;
  }

  /** The prompt says what the caller ran into (allowance, trial end, speed or endpoint) and what helps. */
  private composeUpgrade(code: VerdictCode, next: Tier | 'contact', slug: string, policy: QuotaPolicy, used: number): NonNullable<Verdict['upgrade']> {
    const url = `${this.deps.publicUrl.replace(/\/$/, '')}${upgradePath(slug, next)}`;
    const offer =
      next === 'registered'
        ? 'Sign up free for more calls and your own API key.'
        : next === 'contact'
          ? 'Contact us for a larger plan.'
          : `Upgrade to ${next[0]!.toUpperCase()}${next.slice(1)}`;
    const situation =
      code === 'BOT_SUSPECTED'
        ? 'Anonymous access is not available to this client.'
        : code === 'ENDPOINT_NOT_IN_TIER'
        ? `This endpoint is not part of the ${policy.tier} tier.`
        : code === 'RATE_LIMITED'
          ? `You are calling faster than ${policy.ratePerSecond} per second.`
          : code === 'TRIAL_EXPIRED'
            ? `The ${policy.tier === 'anonymous' ? 'free trial' : 'trial'} has ended.`
            : `You have used ${Math.min(used, policy.callAllowance)} of ${policy.callAllowance} calls${policy.window.kind === 'trial' ? ' of the trial' : ' this period'}.`;
    const reason =
      next === 'registered' || next === 'contact'
        ? offer
        : `${offer} for ${code === 'ENDPOINT_NOT_IN_TIER' ? 'access to it' : code === 'RATE_LIMITED' ? 'a higher rate' : 'a larger allowance'}.`;
    return { tier: next, url, message: `${situation} ${reason}` };
  }
}
