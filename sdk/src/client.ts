import { CircuitBreaker, type CircuitState } from './circuit-breaker.ts';
import { PASSED_THROUGH_HEADERS, type ShimProblem, type ValidateRequest, type Verdict } from './contract.ts';
import type { QuotaDecision } from './decision.ts';
import { createCallerKeyer, DenialCache } from './denial-cache.ts';
import { optionChecker, shapeOf, QuotaIntegrationError } from './errors.ts';
import { type Deadline, fetchTransport, nodeHttpTransport, type ShimAnswer, type ShimTransport } from './transport.ts';

/**
 * What the solution does when the marketplace cannot answer (network error, timeout, 5xx, open circuit):
 * - `'closed'` refuses the call (503 to the caller). Nothing is ever served unmetered; an outage of the
 *   marketplace is an outage of the solution.
 * - `'open'` admits the call, unmetered and with no tier (`tier: null`, no features). The solution stays up;
 *   during an outage every caller — anonymous, used-up, revoked — gets through, for as long as it lasts.
 * - `{ allowance: n }` admits the first `n` calls per minute in this process and refuses the rest: a bounded
 *   middle way. The allowance is shared by every caller of the process, so one caller can use all of it.
 */
export type FailMode = 'closed' | 'open' | { allowance: number };

/** The SDK's own code for a refusal made because the marketplace could not answer (fail mode closed or allowance spent). */
export const MARKETPLACE_UNAVAILABLE = 'MARKETPLACE_UNAVAILABLE';

export type UnavailableReason = 'timeout' | 'network' | 'unavailable' | 'bad-response' | 'circuit-open';

/** What a client reports as it works, for the partner's logs and metrics. Never carries keys, secrets or IPs. */
export type QuotaClientEvent =
  | { type: 'retry'; attempt: number; reason: 'network' | 'unavailable'; delayMs: number }
  | { type: 'unavailable'; reason: UnavailableReason; status?: number; failMode: FailMode; admitted: boolean }
  | { type: 'circuit'; state: CircuitState };

export interface QuotaClientOptions {
  /** The quota shim's base URL, e.g. `https://quota.marketplace.example` (a path prefix is kept). */
  baseUrl: string;
  /** The solution secret (`mps_…`) from the partner portal. Kept in memory only, sent only to `baseUrl`. */
  solutionSecret: string;
  /** The whole time a call may take, retries included; past it the fail mode answers. Default 2000 (the shim itself gives up on its store after 1 s and answers 503, which leaves time to retry). */
  timeoutMs?: number;
  /** Extra attempts after a network error or a 503, with jittered backoff within `timeoutMs`. Default 2. */
  retries?: number;
  /** Default `'closed'`; see {@link FailMode} for the risk of each. */
  failMode?: FailMode;
  /** Default `{ failureThreshold: 5, openMs: 5000 }`; `false` turns it off. */
  circuitBreaker?: false | { failureThreshold?: number; openMs?: number };
  /** Default `{ maxEntries: 10000, maxTtlMs: 60000, defaultTtlMs: 10000 }`; `false` turns it off. */
  denialCache?: false | { maxEntries?: number; maxTtlMs?: number; defaultTtlMs?: number };
  /**
   * The `fetch` to call the shim with. Default on Node: none — the client uses `node:http`/`node:https` with a
   * keep-alive agent of its own (far less CPU per call than Node's fetch); elsewhere the global `fetch`. Pass one
   * to go through it instead (another runtime's, a traced or proxied one, a test double).
   */
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; for the circuit, the denial cache and the allowance. Default `Date.now`. */
  now?: () => number;
  /** In [0, 1); the backoff's jitter. Default `Math.random`. */
  random?: () => number;
  onEvent?: (event: QuotaClientEvent) => void;
}

export interface QuotaClient {
  /** Decides and consumes: the call's cost is counted when allowed. */
  validate(request: ValidateRequest): Promise<QuotaDecision>;
  /** Answers as `validate` would, consuming nothing. */
  check(request: ValidateRequest): Promise<QuotaDecision>;
  /** The client's view of the marketplace link, for the health endpoint. */
  status(): QuotaClientStatus;
}

export interface QuotaClientStatus {
  circuit: CircuitState | 'disabled';
  failMode: FailMode;
  /** ISO time of the last call the marketplace answered, null before the first. */
  lastAnsweredAt: string | null;
  /** ISO time of the last call it could not answer, null if none. */
  lastUnavailableAt: string | null;
  /**
   * The shim refused the solution secret (401: revoked, expired or mistyped) on the last call it answered: every
   * call is refused until the partner configures a working secret. False again once a call gets a verdict.
   * Optional so a client of one's own (a test stand-in) need not say; absent means false.
   */
  secretRefused?: boolean;
}

type Outcome = { kind: 'verdict'; decision: QuotaDecision } | { kind: 'problem'; problem: ShimProblem } | { kind: 'failed'; reason: UnavailableReason; status?: number };

const BACKOFF_BASE_MS = 50;
const BACKOFF_CAP_MS = 400;

/**
 * A client for the marketplace's quota shim. Builds once per process (it holds the connection pool, the
 * circuit and the denial cache); throws a {@link QuotaConfigError} naming every bad option.
 */
export function createQuotaClient(options: QuotaClientOptions): QuotaClient {
  const config = readOptions(options);
  const { now, random, onEvent, failMode } = config;
  const breaker = config.circuit ? new CircuitBreaker({ ...config.circuit, now }) : null;
  const cache = config.denialCache ? new DenialCache({ ...config.denialCache, now }) : null;
  const callerKey = cache ? createCallerKeyer() : null;
  const allowance = typeof failMode === 'object' ? new LocalAllowance(failMode.allowance, now) : null;
  // One header object for every call (either transport copies it); frozen, so nothing can change it between calls.
  const requestHeaders = Object.freeze({ authorization: `Bearer ${config.solutionSecret}`, 'content-type': 'application/json', accept: 'application/json' });
  let lastAnsweredAt: number | null = null;
  let lastUnavailableAt: number | null = null;
  let secretRefused = false;

  async function decide(path: '/quota/validate' | '/quota/check', request: ValidateRequest): Promise<QuotaDecision> {
    const keyed = callerKey ? callerKey([request.apiKey ?? null, request.client?.ip, request.client?.userAgent, request.client?.acceptLanguage, request.endpoint, request.cost]) : null;
    // On Node the key is there at once: no await, so an admitted call costs no extra turn.
    const key = typeof keyed === 'string' || keyed === null ? keyed : await keyed;
    if (key !== null) {
      const cached = cache!.get(key);
      if (cached) return cached;
    }
    const before = breaker?.state;
    if (breaker && !breaker.tryAcquire()) return unavailable('circuit-open', request);
    const outcome = await send(path, request);
    if (outcome.kind === 'failed') {
      breaker?.failure();
      if (breaker && breaker.state !== before) onEvent?.({ type: 'circuit', state: breaker.state });
      return unavailable(outcome.reason, request, outcome.status);
    }
    breaker?.success();
    if (breaker && before !== 'closed') onEvent?.({ type: 'circuit', state: 'closed' });
    lastAnsweredAt = now();
    if (outcome.kind === 'problem') {
      if (outcome.problem.status === 401) secretRefused = true;
      throw new QuotaIntegrationError(outcome.problem);
    }
    secretRefused = false;
    if (!outcome.decision.allowed && key !== null) cache!.set(key, outcome.decision);
    return outcome.decision;
  }

  async function send(path: string, request: ValidateRequest): Promise<Outcome> {
    // One timer per call, whatever the transport: AbortSignal.timeout costs about 15 µs a call on Node 20 (a weakly
    // held timer per signal), and the Node transport needs no signal at all.
    const deadline: Deadline = { expired: false, onExpire: null };
    const timer = setTimeout(() => {
      deadline.expired = true;
      deadline.onExpire?.();
    }, config.timeoutMs);
    try {
      return await callWithRetries(path, JSON.stringify(request), deadline);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The call and its retries, within the deadline; the same for every transport. */
  async function callWithRetries(path: string, body: string, deadline: Deadline): Promise<Outcome> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      let retryReason: 'network' | 'unavailable';
      try {
        const res = await config.transport(path, requestHeaders, body, deadline);
        // The body is read inside this try, so a body cut off by the deadline counts as a timeout.
        if (res.status === 200) return verdictOf(res, await res.text());
        if (res.status < 500 && res.status !== 429) return { kind: 'problem', problem: problemOf(res, await res.text()) };
        res.discard();
        if (res.status !== 503) return { kind: 'failed', reason: 'unavailable', status: res.status };
        retryReason = 'unavailable';
      } catch (error) {
        if (deadline.expired) return { kind: 'failed', reason: 'timeout' };
        if (error instanceof BadResponse) return { kind: 'failed', reason: 'bad-response' };
        retryReason = 'network';
      } finally {
        deadline.onExpire = null;
      }
      const delayMs = Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
      if (attempt >= config.retries || Date.now() - started + delayMs >= config.timeoutMs) {
        return { kind: 'failed', reason: retryReason, ...(retryReason === 'unavailable' ? { status: 503 } : {}) };
      }
      onEvent?.({ type: 'retry', attempt: attempt + 1, reason: retryReason, delayMs });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }

  function unavailable(reason: UnavailableReason, request: ValidateRequest, status?: number): QuotaDecision {
    lastUnavailableAt = now();
    const admitted = failMode === 'open' || (allowance?.take() ?? false);
    onEvent?.({ type: 'unavailable', reason, failMode, admitted, ...(status !== undefined ? { status } : {}) });
    const decision: QuotaDecision = {
      allowed: admitted,
      code: admitted ? 'VALID' : MARKETPLACE_UNAVAILABLE,
      tier: null,
      limit: 0,
      used: 0,
      remaining: 0,
      resetAt: null,
      features: {},
      subject: { type: request.apiKey !== undefined ? 'key' : 'anonymous' },
      source: failMode === 'open' ? 'fail-open' : allowance ? 'fail-allowance' : 'fail-closed',
      headers: {},
    };
    if (!admitted) {
      const wait = allowance ? allowance.secondsToNextMinute() : 1;
      decision.retryAfterSeconds = Math.max(wait, Math.ceil((breaker?.msUntilProbe() ?? 0) / 1000), 1);
      decision.headers['retry-after'] = String(decision.retryAfterSeconds);
    }
    return decision;
  }

  return {
    validate: (request) => decide('/quota/validate', request),
    check: (request) => decide('/quota/check', request),
    status: () => ({
      circuit: breaker?.state ?? 'disabled',
      failMode,
      lastAnsweredAt: lastAnsweredAt === null ? null : new Date(lastAnsweredAt).toISOString(),
      lastUnavailableAt: lastUnavailableAt === null ? null : new Date(lastUnavailableAt).toISOString(),
      secretRefused,
    }),
  };
}

class BadResponse extends Error {}

/** A refusal of the request as the shim described it (problem+json), or as much as can be said without one. */
function problemOf(res: ShimAnswer, text: string): ShimProblem {
  try {
    const parsed = JSON.parse(text) as Partial<ShimProblem>;
    if (typeof parsed.title === 'string' && typeof parsed.detail === 'string') return { ...parsed, type: parsed.type ?? 'about:blank', status: res.status } as ShimProblem;
  } catch {
    // not problem+json: described below
  }
  return { type: 'about:blank', title: res.statusText || `HTTP ${res.status}`, status: res.status, detail: `The quota service answered ${res.status} without a problem body.` };
}

/** A 200 from the shim as a decision; anything that is not a verdict is a failure of the marketplace, not a pass. */
function verdictOf(res: ShimAnswer, text: string): Outcome {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadResponse();
  }
  const verdict = body as Partial<Verdict> | null;
  if (!verdict || typeof verdict !== 'object' || typeof verdict.allowed !== 'boolean' || typeof verdict.code !== 'string') throw new BadResponse();
  const headers: Record<string, string> = {};
  for (const name of PASSED_THROUGH_HEADERS) {
    const value = res.header(name);
    if (value !== null) headers[name] = value;
  }
  const decision: QuotaDecision = {
    ...(verdict as Verdict),
    features: verdict.features ?? {},
    subject: verdict.subject ?? { type: 'anonymous' },
    source: 'marketplace',
    headers,
  };
  return { kind: 'verdict', decision };
}

/** The fail mode's allowance: `limit` admissions per clock minute in this process. */
class LocalAllowance {
  private minute = -1;
  private used = 0;
  constructor(
    private readonly limit: number,
    private readonly now: () => number,
  ) {}

  take(): boolean {
    const minute = Math.floor(this.now() / 60_000);
    if (minute !== this.minute) {
      this.minute = minute;
      this.used = 0;
    }
    if (this.used >= this.limit) return false;
    this.used += 1;
    return true;
  }

  secondsToNextMinute(): number {
    return Math.ceil((60_000 - (this.now() % 60_000)) / 1000);
  }
}

interface ClientConfig {
  baseUrl: string;
  solutionSecret: string;
  timeoutMs: number;
  retries: number;
  failMode: FailMode;
  circuit: { failureThreshold: number; openMs: number } | null;
  denialCache: { maxEntries: number; maxTtlMs: number; defaultTtlMs: number } | null;
  transport: ShimTransport;
  now: () => number;
  random: () => number;
  onEvent: ((event: QuotaClientEvent) => void) | undefined;
}

function readOptions(options: QuotaClientOptions): ClientConfig {
  const check = optionChecker();
  const given = (options ?? {}) as Partial<QuotaClientOptions>;

  let baseUrl = '';
  if (typeof given.baseUrl !== 'string' || given.baseUrl.trim() === '') {
    check.fail('baseUrl is required: the quota service URL, e.g. https://quota.marketplace.example.');
  } else {
    let url: URL | null = null;
    try {
      url = new URL(given.baseUrl);
    } catch {
      check.fail('baseUrl is not an absolute URL: give one such as https://quota.marketplace.example.');
    }
    if (url) {
      if (url.protocol !== 'https:' && url.protocol !== 'http:') check.fail(`baseUrl must be http or https (got ${url.protocol}).`);
      else if (url.username || url.password) check.fail('baseUrl must not carry credentials: the solution secret goes in solutionSecret.');
      else if (url.search || url.hash) check.fail('baseUrl must not have a query or fragment.');
      else baseUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    }
  }

  const secret = given.solutionSecret;
  if (typeof secret !== 'string' || secret === '') check.fail('solutionSecret is required: the solution secret (mps_…) from the partner portal.');
  else if (/\s/.test(secret)) check.fail('solutionSecret contains whitespace: copy it again without spaces or line breaks.');
  else if (secret.length > 200) check.fail(`solutionSecret is too long (${secret.length} characters; at most 200).`);
  else if (secret.startsWith('mk_')) check.fail('solutionSecret looks like a customer API key (mk_…): use the solution secret (mps_…) from the partner portal.');

  const timeoutMs = check.int('timeoutMs', given.timeoutMs, 10, 60_000, 2000);
  const retries = check.int('retries', given.retries, 0, 5, 2);

  let failMode: FailMode = 'closed';
  const mode = given.failMode;
  if (mode === 'closed' || mode === 'open') failMode = mode;
  else if (mode !== undefined) {
    if (typeof mode === 'object' && mode !== null && 'allowance' in mode) {
      failMode = { allowance: check.int('failMode.allowance', mode.allowance, 1, 1_000_000, 1) };
    } else {
      check.fail(`failMode must be 'closed', 'open' or { allowance: n } (got ${shapeOf(mode)}).`);
    }
  }

  let circuit: ClientConfig['circuit'] = null;
  if (given.circuitBreaker !== false) {
    const c = given.circuitBreaker ?? {};
    circuit = {
      failureThreshold: check.int('circuitBreaker.failureThreshold', c.failureThreshold, 1, 1000, 5),
      openMs: check.int('circuitBreaker.openMs', c.openMs, 10, 600_000, 5000),
    };
  }
  let denialCache: ClientConfig['denialCache'] = null;
  if (given.denialCache !== false) {
    const d = given.denialCache ?? {};
    denialCache = {
      maxEntries: check.int('denialCache.maxEntries', d.maxEntries, 1, 10_000_000, 10_000),
      maxTtlMs: check.int('denialCache.maxTtlMs', d.maxTtlMs, 0, 3_600_000, 60_000),
      defaultTtlMs: check.int('denialCache.defaultTtlMs', d.defaultTtlMs, 0, 600_000, 10_000),
    };
  }

  if (given.fetch !== undefined && typeof given.fetch !== 'function') check.fail('fetch must be a function.');
  // Node: its own node:http with a keep-alive agent (see transport.ts for why); elsewhere, or when given one, fetch.
  const transport = given.fetch !== undefined ? fetchTransport(baseUrl, given.fetch) : baseUrl ? nodeHttpTransport(baseUrl) : null;
  const fetchImpl = globalThis.fetch;
  if (!transport && given.fetch === undefined && typeof fetchImpl !== 'function') check.fail('fetch is not available: run on Node 20+ or pass options.fetch.');
  for (const name of ['now', 'random', 'onEvent'] as const) {
    if (given[name] !== undefined && typeof given[name] !== 'function') check.fail(`${name} must be a function.`);
  }
  check.throwIfAny();
  return {
    baseUrl,
    solutionSecret: secret as string,
    timeoutMs,
    retries,
    failMode,
    circuit,
    denialCache,
    transport: transport ?? fetchTransport(baseUrl, fetchImpl),
    now: given.now ?? Date.now,
    random: given.random ?? Math.random,
    onEvent: given.onEvent,
  };
}
