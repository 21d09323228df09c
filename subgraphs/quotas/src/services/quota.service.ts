import { type BotReason, DEFAULT_ANONYMOUS_GUARD, type EndpointPolicy, type KeyRecord, type SolutionStatus, type Tier, TIERS, type VerdictCode } from '@marketplace/contracts';
import { type Clock, ExpiringMap, invalidInput } from '@marketplace/shared';
import { keys } from '../data/keys.ts';
import { type AnonymousGate, type GateCaller, gateCaller } from '../engine/anonymous-gate.ts';
import { botSuspicion } from '../engine/bot-agents.ts';
import { ClientMemo } from '../engine/fingerprint.ts';
import type { CounterKey } from '../engine/counter-store.ts';
import { counterId, type QuotaDecision, type QuotaEngine, type QuotaRequest } from '../engine/quota-engine.ts';
import type { RateLimiter } from '../engine/rate-limiter.ts';
import type { QuotaWindow } from '../engine/windows.ts';
import type { UsageRecorder, UsageSlot } from '../usage/usage-recorder.ts';
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
  /**
   * For the rate-limit headers; not part of the JSON body. `secondsToReset` is null when no quota comes back (a
   * used-up or ended trial never renews): the `RateLimit` header then has no `t`.
   */
  policy?: { windowSeconds: number; ratePerSecond: number | null; secondsToReset: number | null };
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
  /**
   * How long what was read about a caller (key record, owner's account, tier, paid terms, policy, solution) is
   * reused before it is read again. The readers cache too, so a change is seen within their bound plus this one:
   * the shim gives them three quarters of its freshness bound and these the rest. Facts used past a quarter of it are re-read in the background,
   * so a caller in steady use never waits for a read. 0 (default): read on every call (through the readers).
   */
  factsMs?: number;
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

/** Whether a verdict is near (or at) its limit: refused, or at least UPGRADE_PROMPT_AT of the allowance used. */
const nearLimit = (allowed: boolean, used: number, limit: number) => !allowed || used >= limit * UPGRADE_PROMPT_AT;

/** The one status in which a solution is in the catalog, so its upgrade and sign-up pages exist. */
const LISTED: SolutionStatus = 'PUBLISHED';

/** A solution as the quota rules read it. */
type SolutionSummary = NonNullable<Awaited<ReturnType<SolutionDirectory['solution']>>>;

/** What the rules read from other packages about a keyed caller, reused for `factsMs`. */
interface KeyFacts {
  solution: SolutionSummary;
  record: KeyRecord | null;
  /** For a key of this solution: its owner's account, and for an active one the caller (tier, paid terms, policy). */
  owner?: { status: 'active'; caller: Caller } | { status: 'suspended' | null };
}

/** What the rules read about a solution for its anonymous callers, reused for `factsMs`. */
interface AnonymousFacts {
  solution: SolutionSummary;
  policy: QuotaPolicy | null;
  /** Its anonymous callers met while these facts hold, by client (made when first needed). */
  callers?: ClientMemo<AnonymousCaller>;
}

/** Bound on the anonymous callers remembered per solution between two reads of its facts. */
const ANONYMOUS_CALLERS_MAX = 10_000;

/** Who is calling, once known: the quota's subject and how verdicts and usage name it. */
interface Caller {
  tier: Tier;
  /** The counter's subject: the key owner's user id, or the anonymous fingerprint. */
  subject: string;
  info: Verdict['subject'];
  terms: PaidTerms | null;
  policy: QuotaPolicy | null;
  /** The counter of the window this caller's last call fell in (a caller is reused: see `KeyFacts`, `AnonymousFacts`). */
  counter?: { windowId: string; key: CounterKey; id: string };
  /** This caller's place in the usage recorder (its calls are summed without building a key per call). */
  usage: UsageSlot;
  /** The upgrade prompt of this caller's last verdict that carried one, and what it was composed for. */
  prompt?: { code: VerdictCode; next: Tier | 'contact'; used: number; upgrade: NonNullable<Verdict['upgrade']> };
  /** This caller's last verdict on a refusal the engine remembers, and what it was made of (see `verdict`). */
  refusal?: { decision: QuotaDecision; code: VerdictCode; policy: QuotaPolicy; secondsToReset: number; verdict: Verdict };
}

/** An anonymous caller: its fingerprint is its subject; whether its user agent looks like a bot is asked once. */
interface AnonymousCaller extends Caller {
  bot?: BotReason | null;
  /** How the anonymous gate knows it (made on its first guarded call). */
  gate?: GateCaller;
}

/** A call on its way through the rules after the caller is known. */
interface Pending {
  solution: SolutionSummary;
  caller: Caller;
  policy: QuotaPolicy;
  window: QuotaWindow;
  call: CallOf;
  request: QuotaRequest;
  input: ValidateInput;
  consume: boolean;
  now: Date;
}

/** Bound on callers (keys, solutions) whose facts are remembered; beyond it the oldest are read again. */
const FACTS_MAX = 100_000;
const ignore = () => undefined;

/**
 * The quota contract's rules: who the caller is (key or fingerprint), which tier and policy apply, and
 * whether this call may be made. The REST shim calls it; `consume: false` answers without consuming.
 */
export class QuotaService {
  private readonly factsMs: number;
  /** API key → what was read about it for the solution that asked (memory only: never written or logged). */
  private readonly keyFacts: ExpiringMap<KeyFacts>;
  /** solution id → what was read for its anonymous callers. */
  private readonly anonymousFacts: ExpiringMap<AnonymousFacts>;

  constructor(private readonly deps: QuotaServiceDeps) {
    this.factsMs = deps.factsMs ?? 0;
    // Facts in steady use are re-read in the background before they expire, so no call waits for the re-read (a
    // failed one is not an answer: the facts expire, and the next call reads in the foreground and sees the error).
    this.keyFacts = new ExpiringMap(this.factsMs, FACTS_MAX, (apiKey, facts, at) => void this.readKeyFacts(facts.solution.id, apiKey, at).catch(ignore));
    this.anonymousFacts = new ExpiringMap(this.factsMs, FACTS_MAX, (solutionId, _facts, at) => void this.readAnonymousFacts(solutionId, at).catch(ignore));
  }

  /**
   * Decides one call. The answer is synchronous when every fact the rules need is fresh in memory and the
   * quota needs no store call (the shim's hot path: a repeated caller costs no promise); otherwise a promise.
   * `now` is the request's one clock reading (the shim's), read here when not given.
   */
  decide(solutionId: string, input: ValidateInput, consume: boolean, now: Date = this.deps.clock.now()): Verdict | Promise<Verdict> {
    if (this.factsMs > 0) {
      const at = now.getTime();
      try {
        if (input.apiKey !== undefined) {
          const facts = this.keyFacts.get(input.apiKey, at);
          // A key is remembered for the solution that last asked about it (another's gets KEY_WRONG_SOLUTION).
          if (facts !== undefined && facts.solution.id === solutionId) return this.decideKeyed(facts, input, consume, now);
        } else {
          const facts = this.anonymousFacts.get(solutionId, at);
          if (facts !== undefined) return this.decideAnonymous(facts, input, consume, now);
        }
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return this.readAndDecide(solutionId, input, consume, now);
  }

  /** Reads what the rules need about the caller (through the owning packages' cached readers), then decides. */
  private async readAndDecide(solutionId: string, input: ValidateInput, consume: boolean, now: Date): Promise<Verdict> {
    const readAt = now.getTime();
    if (input.apiKey === undefined) return this.decideAnonymous(await this.readAnonymousFacts(solutionId, readAt), input, consume, now);
    const facts = await this.readKeyFacts(solutionId, input.apiKey, readAt);
    return facts ? this.decideKeyed(facts, input, consume, now) : this.refuse(solutionId, input, consume, 'KEY_INVALID', KEY_SUBJECT, null);
  }

  private async readSolution(solutionId: string): Promise<SolutionSummary> {
    const solution = await this.deps.solutions.solution(solutionId);
    if (!solution) throw new Error(`solution ${solutionId} of a valid secret was not found`);
    return solution;
  }

  /** What the rules read about a solution for its anonymous callers, remembered from `readAt`. */
  private async readAnonymousFacts(solutionId: string, readAt: number): Promise<AnonymousFacts> {
    const solution = await this.readSolution(solutionId);
    const facts: AnonymousFacts = { solution, policy: await this.deps.solutions.policy(solutionId, 'anonymous') };
    this.anonymousFacts.set(solutionId, facts, readAt);
    return facts;
  }

  /** What the rules read about a key asked about by a solution, remembered from `readAt`; null for a malformed key. */
  private async readKeyFacts(solutionId: string, apiKey: string, readAt: number): Promise<KeyFacts | null> {
    const { deps } = this;
    const solution = await this.readSolution(solutionId);
    const checked = deps.keys.check(apiKey);
    if (!checked.ok) return null;
    const facts: KeyFacts = { solution, record: await deps.keys.findKeyByHash(checked.hash) };
    const { record } = facts;
    if (record && record.solutionId === solutionId) {
      const status = await deps.accounts.status(record.userId);
      if (status === 'active') {
        const tier = await deps.tiers.tierOf(record.userId, solutionId);
        const terms = (await deps.tiers.termsOf?.(record.userId, solutionId)) ?? null;
        const policy = withPaidTerms(await deps.solutions.policy(solutionId, tier), terms);
        facts.owner = { status, caller: { tier, subject: record.userId, info: subjectOf(record), terms, policy, usage: {} } };
      } else facts.owner = { status };
    }
    this.keyFacts.set(apiKey, facts, readAt);
    return facts;
  }

  private decideKeyed(facts: KeyFacts, input: ValidateInput, consume: boolean, now: Date): Verdict | Promise<Verdict> {
    const { deps } = this;
    const { record, owner, solution } = facts;
    if (!record) return this.refuse(solution.id, input, consume, 'KEY_INVALID', KEY_SUBJECT, null);
    // Another solution's key: say nothing about it (whose it is, which key) to this solution's backend.
    if (record.solutionId !== solution.id) return this.refuse(solution.id, input, consume, 'KEY_WRONG_SOLUTION', KEY_SUBJECT, null);
    const info = subjectOf(record);
    const keyState = deps.keys.verdict(record, now);
    if (keyState !== 'VALID') return this.refuse(solution.id, input, consume, keyState, info, null);
    if (owner?.status !== 'active') {
      // No account (any more): as if there were no key.
      return owner?.status === 'suspended' ? this.refuse(solution.id, input, consume, 'ACCOUNT_SUSPENDED', info, null) : this.refuse(solution.id, input, consume, 'KEY_INVALID', KEY_SUBJECT, null);
    }
    const { caller } = owner;
    // A key's call that still carries the browser's client: how analytics sees an anonymous trial convert.
    const fingerprint = input.client ? (deps.fingerprint(input.client) ?? undefined) : undefined;
    if (consume && input.client) deps.keyNetworks?.observe({ keyId: record.id, userId: record.userId, solutionId: solution.id, tier: caller.tier, ip: input.client.ip });
    return this.admit(solution, caller, record.id, fingerprint, input, consume, now);
  }

  private decideAnonymous(facts: AnonymousFacts, input: ValidateInput, consume: boolean, now: Date): Verdict | Promise<Verdict> {
    const { client } = input;
    if (!client) throw invalidInput([{ field: 'client', message: 'Without apiKey, client (the caller\'s ip, userAgent and acceptLanguage) is required.' }]);
    let caller = facts.callers?.get(client);
    if (caller === undefined) {
      const anonymous = this.deps.fingerprint(client);
      if (!anonymous) throw invalidInput([{ field: 'client.ip', message: 'client.ip is not an IPv4 or IPv6 address.' }]);
      caller = { tier: 'anonymous', subject: anonymous, info: ANONYMOUS_SUBJECT, terms: null, policy: facts.policy, usage: {} };
      if (this.factsMs > 0) (facts.callers ??= new ClientMemo(ANONYMOUS_CALLERS_MAX)).set(client, caller);
    }
    return this.admit(facts.solution, caller, undefined, caller.subject, input, consume, now);
  }

  /** The caller is known: the solution's state, the endpoint, the anonymous guard, the rate and the quota, in that order. */
  private admit(solution: SolutionSummary, caller: Caller, keyId: string | undefined, fingerprint: string | undefined, input: ValidateInput, consume: boolean, now: Date): Verdict | Promise<Verdict> {
    const { tier, policy } = caller;
    if (solution.status === 'SUSPENDED') return this.refuse(solution.id, input, consume, 'SOLUTION_SUSPENDED', caller.info, tier);
    if (!policy) throw new Error(`solution ${solution.id} has no ${tier} policy`);
    const window = quotaWindowAt(policy, caller.terms, now);
    const units = input.cost ?? 1;
    const call: CallOf = { solutionId: solution.id, tier, keyId, endpoint: undefined, units, fingerprint };
    if (caller.counter?.windowId !== window.id) {
      const key = keys.counter(solution.id, caller.subject, tier, window.id);
      caller.counter = { windowId: window.id, key, id: counterId(key) };
    }
    const counter = caller.counter.key;
    const request: QuotaRequest = { counter, units, limit: policy.callAllowance, hard: policy.limitMode === 'hard', windowEndIfNew: window.endIfStartedNow };
    const pending: Pending = { solution, caller, policy, window, call, request, input, consume, now };
    return input.endpoint === undefined ? this.guarded(pending) : this.atEndpoint(pending, input.endpoint);
  }

  /** The endpoint named: its weight is the call's cost, and the caller's tier must include it. */
  private async atEndpoint(p: Pending, name: string): Promise<Verdict> {
    const { solution, caller, policy, request } = p;
    const endpoint = await this.deps.solutions.endpoint(solution.id, name);
    if (!endpoint) throw invalidInput([{ field: 'endpoint', message: `"${name}" is not a registered endpoint of this solution.` }]);
    p.call.endpoint = endpointName(endpoint);
    if (p.input.cost === undefined) p.call.units = request.units = endpoint.costWeight;
    if (!endpoint.tiers.includes(caller.tier)) {
      const lowest = TIERS.find((t) => TIERS.indexOf(t) > TIERS.indexOf(caller.tier) && endpoint.tiers.includes(t));
      const state = await this.deps.engine.peek({ ...request, units: 0 });
      const refused = this.verdict('ENDPOINT_NOT_IN_TIER', policy, p.window, p.now, solution, caller, state, lowest);
      return this.finish(refused, p, 0);
    }
    return this.guarded(p);
  }

  /** Anonymous callers pass the bot check and the cap on new callers per network (known callers: from memory). */
  private guarded(p: Pending): Verdict | Promise<Verdict> {
    const { client } = p.input;
    if (p.caller.tier !== 'anonymous' || !client) return this.rated(p);
    const guard = p.policy.guard ?? DEFAULT_ANONYMOUS_GUARD;
    const caller: AnonymousCaller = p.caller;
    // The user agent is part of the caller's identity (its client), so its suspicion is asked once per caller.
    const bot = guard.refuseBots ? (caller.bot === undefined ? (caller.bot = botSuspicion(client.userAgent)) : caller.bot) : null;
    if (bot) return this.suspected(p, bot);
    const gate = this.deps.anonymousGate;
    if (!gate) return this.rated(p);
    const admitted = gate.admits((caller.gate ??= gateCaller(p.solution.id, caller.subject)), client.ip, p.request.counter, guard.newCallersPerBlockPerDay, p.consume, p.now);
    if (admitted === true) return this.rated(p);
    if (admitted === false) return this.suspected(p, 'NETWORK_NEW_CALLER_LIMIT');
    return admitted.then((yes) => (yes ? this.rated(p) : this.suspected(p, 'NETWORK_NEW_CALLER_LIMIT')));
  }

  private suspected(p: Pending, reason: BotReason): Verdict {
    // A refusal of the client, not a quota verdict: no policy, so no RateLimit headers (its quota is untouched).
    const { policy: _notQuota, ...refused } = this.verdict('BOT_SUSPECTED', p.policy, p.window, p.now, p.solution, p.caller, null);
    return this.finish({ ...refused, reason, remaining: 0 }, p, 0);
  }

  /** The rate (a token this second), then the quota: from memory when the engine can decide without the store. */
  private rated(p: Pending): Verdict | Promise<Verdict> {
    const { deps } = this;
    if (p.policy.ratePerSecond) return this.rateThenQuota(p, p.policy.ratePerSecond);
    if (!p.consume) return deps.engine.peek(p.request).then((decision) => this.settle(p, decision));
    const now = deps.engine.consumeNow(p.request, p.now.getTime());
    return now ? this.settle(p, now) : deps.engine.consume(p.request).then((decision) => this.settle(p, decision));
  }

  private async rateThenQuota(p: Pending, ratePerSecond: number): Promise<Verdict> {
    const { deps } = this;
    const { solution, caller, request, consume } = p;
    const rateId = `${solution.id} ${caller.subject}`;
    const rateCounter = (s: number) => keys.rate(solution.id, caller.subject, s);
    // A check answers as validate would: a token this second, without taking it.
    const token = consume ? await deps.rateLimiter.take(rateCounter, rateId, ratePerSecond) : await deps.rateLimiter.wouldAllow(rateCounter, rateId, ratePerSecond);
    if (!token) {
      // A call the quota would refuse anyway gets the quota's verdict: it is the one the caller can act on.
      const state = await deps.engine.peek(request);
      if (!state.allowed && request.hard && request.units > request.limit) return this.finish(await this.beyondAllowance(p, state), p, 0);
      const code: VerdictCode = state.allowed ? 'RATE_LIMITED' : state.reason === 'expired' ? 'TRIAL_EXPIRED' : 'QUOTA_EXCEEDED';
      const shown = state.allowed ? { ...state, used: state.used - request.units } : state;
      return this.finish(this.verdict(code, p.policy, p.window, p.now, solution, caller, shown), p, 0);
    }
    const decision = consume ? await deps.engine.consume(request) : await deps.engine.peek(request);
    if (!decision.allowed && consume) deps.rateLimiter.giveBack(rateId);
    return this.settle(p, decision);
  }

  /** The quota's decision as a verdict: the upgrade notices are told, and the call is counted. */
  private settle(p: Pending, decision: QuotaDecision): Verdict | Promise<Verdict> {
    const { policy, request, call, caller } = p;
    // An ended window (TRIAL_EXPIRED) reaches no threshold any more. Anonymous callers' trials are watched for their
    // start and end (analytics), keyed by their fingerprint.
    if (p.consume && (call.keyId || caller.tier === 'anonymous') && this.deps.notices && (decision.allowed || decision.reason === 'exhausted')) {
      this.deps.notices.observe({ allowed: decision.allowed, userId: caller.subject, solutionId: call.solutionId, tier: caller.tier, windowId: p.window.id, windowKey: caller.counter?.id, windowEnd: decision.windowEnd, used: decision.used, units: request.units, limit: policy.callAllowance, limitMode: policy.limitMode });
    }
    let code: VerdictCode = 'VALID';
    if (!decision.allowed) {
      // Rare: a call costing more than the whole (hard) allowance is told so, not how much of it is used.
      if (decision.reason === 'exhausted' && request.hard && request.units > request.limit) {
        return this.beyondAllowance(p, decision).then((verdict) => this.finish(verdict, p, 0));
      }
      code = decision.reason === 'expired' ? 'TRIAL_EXPIRED' : 'QUOTA_EXCEEDED';
    }
    // `used` is this call's own place in the counter, so the part of it past a soft limit is exact.
    const overage = decision.allowed && !request.hard ? Math.max(0, Math.min(request.units, decision.used - policy.callAllowance)) : 0;
    return this.finish(this.verdict(code, policy, p.window, p.now, p.solution, caller, decision), p, overage);
  }

  /** A refusal before the quota is asked (key, account, solution); counted like every decision. */
  private refuse(solutionId: string, input: ValidateInput, consume: boolean, code: VerdictCode, subject: Verdict['subject'], tier: Tier | null): Verdict | Promise<Verdict> {
    const verdict: Verdict = { allowed: false, code, tier, limit: 0, used: 0, remaining: 0, resetAt: null, features: NO_FEATURES, subject };
    if (!consume) return verdict;
    if (input.endpoint === undefined) return this.countRefusal(verdict, solutionId, input, null);
    return this.deps.solutions.endpoint(solutionId, input.endpoint).then((endpoint) => this.countRefusal(verdict, solutionId, input, endpoint));
  }

  private countRefusal(verdict: Verdict, solutionId: string, input: ValidateInput, endpoint: Pick<EndpointPolicy, 'method' | 'path' | 'costWeight'> | null): Verdict {
    const { subject } = verdict;
    this.deps.usage.record({
      solutionId,
      tier: verdict.tier,
      userId: subject.userId,
      keyId: subject.keyId,
      code: verdict.code,
      endpoint: endpoint ? endpointName(endpoint) : undefined,
      allowed: false,
      units: input.cost ?? endpoint?.costWeight ?? 1,
      overage: 0,
    });
    return verdict;
  }

  private finish(verdict: Verdict, p: Pending, overage: number): Verdict {
    if (p.consume) {
      const { solutionId, tier, keyId, endpoint, units, fingerprint } = p.call;
      // The prompt marks it; an unlisted solution's calls carry none but are near the limit all the same.
      const near = verdict.upgrade !== undefined || (p.solution.status !== LISTED && nearLimit(verdict.allowed, verdict.used, verdict.limit));
      const event = { solutionId, tier, userId: verdict.subject.userId, keyId, endpoint, code: verdict.code, allowed: verdict.allowed, units, overage, fingerprint, nearLimit: near };
      this.deps.usage.record(event, p.caller.usage, p.now.getTime());
      if (keyId) this.deps.keys.touch(keyId);
    }
    return verdict;
  }

  private verdict(
    code: VerdictCode,
    policy: QuotaPolicy,
    window: QuotaWindow,
    now: Date,
    solution: SolutionSummary,
    caller: Caller,
    decision: QuotaDecision | null,
    upgradeTo?: Tier,
  ): Verdict {
    const windowEnd = decision?.windowEnd ?? window.endIfStartedNow;
    const secondsToReset = Math.max(0, Math.ceil((windowEnd.getTime() - now.getTime()) / 1000));
    // A refused caller calling on at full speed: the engine answers each call with the same remembered decision,
    // so within the second the verdict is the same too, and it is handed out again (frozen, so nobody changes it;
    // the shim keeps the bytes of a frozen verdict it has sent).
    const last = caller.refusal;
    if (last !== undefined && last.decision === decision && last.secondsToReset === secondsToReset && last.code === code && last.policy === policy && upgradeTo === undefined) return last.verdict;
    const used = decision?.used ?? 0;
    // An ended trial has nothing available, whatever of its allowance was left unused (body and RateLimit agree).
    const remaining = code === 'TRIAL_EXPIRED' ? 0 : Math.max(0, policy.callAllowance - used);
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
      subject: caller.info,
      // A trial is one-off: once its allowance is spent (or its time is up) nothing resets at the window's end.
      policy: { windowSeconds: window.seconds, ratePerSecond: policy.ratePerSecond, secondsToReset: policy.window.kind === 'trial' && (remaining === 0 || code === 'TRIAL_EXPIRED') ? null : secondsToReset },
    };
    // Retry-After only where waiting helps: the next second, or a paid period's reset. A used-up trial never
    // resets (only an upgrade helps), so it gets none.
    if (code === 'RATE_LIMITED') verdict.retryAfterSeconds = 1;
    else if (code === 'QUOTA_EXCEEDED' && policy.window.kind === 'monthly' && secondsToReset > 0) verdict.retryAfterSeconds = secondsToReset;
    // Only a listed solution has the pages a prompt leads to (sign-up, pricing, checkout): an unpublished one (or one
    // not yet published) decides as before but prompts nothing until it is listed again.
    if (nearLimit(allowed, used, policy.callAllowance) && solution.status === LISTED) {
      const { slug } = solution;
      const next = upgradeTo ?? NEXT_TIER[policy.tier];
      // A refused caller calls on with the same prompt: the caller's last one is reused when it still fits.
      const shownUsed = Math.min(used, policy.callAllowance);
      const last = caller.prompt;
      if (last !== undefined && last.code === code && last.next === next && last.used === shownUsed) verdict.upgrade = last.upgrade;
      else {
        verdict.upgrade = this.upgrade(code, next, slug, policy, used);
        caller.prompt = { code, next, used: shownUsed, upgrade: verdict.upgrade };
      }
    }
    if (decision !== null && !decision.allowed && Object.isFrozen(decision) && upgradeTo === undefined) {
      caller.refusal = { decision, code, policy, secondsToReset, verdict: Object.freeze(verdict) };
    }
    return verdict;
  }

  /**
   * QUOTA_EXCEEDED for a call whose cost is more than the tier's whole allowance: no wait helps, so the prompt says
   * so and points to the lowest higher tier whose allowance fits the call (sign-up, checkout), else to sales.
   */
  private async beyondAllowance(p: Pending, decision: QuotaDecision): Promise<Verdict> {
    const { policy, request, solution } = p;
    // A copy: the verdict of the ordinary refusal may be the caller's remembered (frozen) one.
    const verdict: Verdict = { ...this.verdict('QUOTA_EXCEEDED', policy, p.window, p.now, solution, p.caller, decision) };
    if (verdict.upgrade === undefined) return verdict;
    let next: Tier | 'contact' = 'contact';
    for (const tier of TIERS.slice(TIERS.indexOf(policy.tier) + 1)) {
      const higher = await this.deps.solutions.policy(solution.id, tier);
      if (higher && (higher.limitMode !== 'hard' || higher.callAllowance >= request.units)) {
        next = tier;
        break;
      }
    }
    const url = `${this.deps.publicUrl.replace(/\/$/, '')}${upgradePath(solution.slug, next)}`;
    const period = policy.window.kind === 'trial' ? 'for the whole trial' : 'a period';
    const situation = `This call costs ${request.units} calls, more than the whole allowance of the ${policy.tier} tier (${policy.callAllowance} calls ${period}).`;
    const offer =
      next === 'contact'
        ? 'Contact us for a plan that fits it.'
        : next === 'registered'
          ? 'Sign up free for an allowance that fits it and your own API key.'
          : `Upgrade to ${next[0]!.toUpperCase()}${next.slice(1)}, whose allowance fits it.`;
    verdict.upgrade = { tier: next, url, message: `${situation} ${offer}` };
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
