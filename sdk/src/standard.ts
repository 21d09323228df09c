import { MARKETPLACE_UNAVAILABLE } from './client.ts';
import type { DecisionSource, QuotaDecision } from './decision.ts';
import type { KnownVerdictCode, Tier, Upgrade, Verdict } from './contract.ts';

/**
 * The integration standard (sdk/docs/integration-standard.md) as data: what a solution answers its caller for each
 * refusal. The middleware answers exactly this; the contract tests check every code against it.
 */
export interface StandardAnswer {
  status: number;
  /** The problem type's last segment: `${PROBLEM_TYPE_BASE}${slug}`. */
  slug: string;
  title: string;
  /** Shown when the marketplace sent no upgrade prompt to show instead. */
  detail: string;
}

export type RefusalCode = Exclude<KnownVerdictCode, 'VALID'> | typeof MARKETPLACE_UNAVAILABLE;

/** Problem types are identifiers (RFC 9457 §3.1.1): clients switch on them or on `code`, they need not fetch them. */
export const PROBLEM_TYPE_BASE = 'https://marketplace.local/problems/';

export const INTEGRATION_STANDARD: Readonly<Record<RefusalCode, StandardAnswer>> = {
  QUOTA_EXCEEDED: { status: 429, slug: 'quota-exceeded', title: 'Quota exceeded', detail: 'The allowance of your tier is used up.' },
  RATE_LIMITED: { status: 429, slug: 'rate-limited', title: 'Too many requests', detail: 'You are calling faster than your tier allows; retry after the indicated time.' },
  TRIAL_EXPIRED: { status: 403, slug: 'trial-expired', title: 'Trial ended', detail: 'The trial of this API has ended; upgrade to go on.' },
  ENDPOINT_NOT_IN_TIER: { status: 403, slug: 'endpoint-not-in-tier', title: 'Endpoint not in your tier', detail: 'This endpoint is not part of your tier.' },
  KEY_INVALID: { status: 401, slug: 'key-invalid', title: 'Invalid API key', detail: 'The API key is not valid.' },
  KEY_EXPIRED: { status: 401, slug: 'key-expired', title: 'API key expired', detail: 'The API key has expired; use its replacement or create a new one.' },
  KEY_REVOKED: { status: 401, slug: 'key-revoked', title: 'API key revoked', detail: 'The API key has been revoked; create a new one.' },
  KEY_WRONG_SOLUTION: { status: 401, slug: 'key-wrong-solution', title: 'API key is for another API', detail: 'This API key belongs to another API on the marketplace; create a key for this one.' },
  ACCOUNT_SUSPENDED: { status: 403, slug: 'account-suspended', title: 'Account suspended', detail: 'The account this key belongs to is suspended; contact the marketplace.' },
  BOT_SUSPECTED: {
    status: 403,
    slug: 'bot-suspected',
    title: 'Automated access refused',
    detail: 'Anonymous access is not available to this client; sign up for an API key to go on.',
  },
  SOLUTION_SUSPENDED: { status: 503, slug: 'solution-suspended', title: 'API suspended', detail: 'This API is suspended on the marketplace.' },
  MARKETPLACE_UNAVAILABLE: { status: 503, slug: 'marketplace-unavailable', title: 'Access check unavailable', detail: 'Access to this API cannot be checked right now; retry shortly.' },
};

/**
 * The SDK's own answers when the solution, not the caller, is at fault (not verdicts): an endpoint the solution
 * did not register, a shim that refuses the solution or answers nothing usable, and (node:http's `withMarketplace`)
 * a handler that threw. Same problem shape, with a code; never the error's message.
 */
export const INTEGRATION_PROBLEMS = {
  NOT_FOUND: { status: 404, slug: 'not-found', title: 'Not found', detail: 'This API has no such endpoint.' },
  INTEGRATION_ERROR: { status: 500, slug: 'integration-error', title: 'API misconfigured', detail: 'This API cannot check access with the marketplace right now.' },
  INTERNAL: { status: 500, slug: 'internal', title: 'Internal error', detail: 'This API failed to answer the call.' },
} as const satisfies Record<string, StandardAnswer>;

export type IntegrationProblemCode = keyof typeof INTEGRATION_PROBLEMS;

/** A refusal code from a newer shim that this SDK does not know: refused, never admitted. */
export const UNKNOWN_REFUSAL: StandardAnswer = { status: 403, slug: 'access-denied', title: 'Access denied', detail: 'The marketplace refused this call.' };

/** The marketplace's own response headers (besides the passed-through RateLimit-Policy, RateLimit, Retry-After). */
export const TIER_HEADER = 'x-marketplace-tier';
export const UPGRADE_URL_HEADER = 'x-marketplace-upgrade-url';

/** The body of every refusal: RFC 9457 problem details plus the verdict's code, tier and upgrade prompt. */
export interface RefusalProblem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  /** With `BOT_SUSPECTED`: the shim's reason (EMPTY_USER_AGENT, KNOWN_BOT_USER_AGENT, NETWORK_NEW_CALLER_LIMIT). */
  reason?: string;
  tier: Tier | null;
  upgrade?: Upgrade;
  retryAfterSeconds?: number;
  limit?: number;
  used?: number;
  remaining?: number;
  resetAt?: string | null;
}

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: RefusalProblem;
}

/** What the request handler sees as `req.marketplace` (Hono: `c.get('marketplace')`) after an admitted call. */
export interface MarketplaceContext {
  /** Null when the fail mode admitted the call without the marketplace. */
  tier: Tier | null;
  features: Verdict['features'];
  limit: number;
  used: number;
  remaining: number;
  resetAt: string | null;
  /** Present from 80 % used on: show it to the caller if the API has a place for it. */
  upgrade?: Upgrade;
  subject: Verdict['subject'];
  code: string;
  source: DecisionSource;
  /** True when the marketplace did not answer and the fail mode admitted the call: unmetered, no tier. */
  degraded: boolean;
}

export function answerFor(code: string): StandardAnswer {
  return (INTEGRATION_STANDARD as Record<string, StandardAnswer>)[code] ?? UNKNOWN_REFUSAL;
}

/** The headers every gated response carries: the shim's RateLimit ones, the tier and the upgrade URL. */
export function marketplaceHeaders(decision: QuotaDecision): Record<string, string> {
  const headers: Record<string, string> = {};
  if (decision.headers['ratelimit-policy']) headers['ratelimit-policy'] = decision.headers['ratelimit-policy'];
  if (decision.headers.ratelimit) headers.ratelimit = decision.headers.ratelimit;
  if (decision.tier) headers[TIER_HEADER] = decision.tier;
  if (decision.upgrade) headers[UPGRADE_URL_HEADER] = decision.upgrade.url;
  return headers;
}

/** What the solution answers a refused caller, per the integration standard. */
export function refusalFor(decision: QuotaDecision, options: { realm?: string } = {}): Refusal {
  const answer = answerFor(decision.code);
  const headers: Record<string, string> = { ...marketplaceHeaders(decision), 'content-type': 'application/problem+json', 'cache-control': 'no-store' };
  if (decision.headers['retry-after']) headers['retry-after'] = decision.headers['retry-after'];
  if (answer.status === 401) headers['www-authenticate'] = `Bearer realm="${options.realm ?? 'api'}", error="invalid_token"`;
  const body: RefusalProblem = {
    type: `${PROBLEM_TYPE_BASE}${answer.slug}`,
    title: answer.title,
    status: answer.status,
    detail: decision.upgrade?.message ?? answer.detail,
    code: decision.code,
    tier: decision.tier,
  };
  if (decision.reason !== undefined) body.reason = decision.reason;
  if (decision.upgrade) body.upgrade = decision.upgrade;
  if (decision.retryAfterSeconds !== undefined) body.retryAfterSeconds = decision.retryAfterSeconds;
  if (decision.tier !== null) Object.assign(body, { limit: decision.limit, used: decision.used, remaining: decision.remaining, resetAt: decision.resetAt });
  return { status: answer.status, headers, body };
}

export function contextOf(decision: QuotaDecision): MarketplaceContext {
  const context: MarketplaceContext = {
    tier: decision.tier,
    features: decision.features,
    limit: decision.limit,
    used: decision.used,
    remaining: decision.remaining,
    resetAt: decision.resetAt,
    subject: decision.subject,
    code: decision.code,
    source: decision.source,
    degraded: decision.source === 'fail-open' || decision.source === 'fail-allowance',
  };
  if (decision.upgrade) context.upgrade = decision.upgrade;
  return context;
}
