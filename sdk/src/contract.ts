/**
 * The quota shim's wire contract (`POST /quota/validate`, `POST /quota/check`, OpenAPI at `/openapi.json`), as
 * the SDK's one definition of it. `test/integration/sdk-contract.test.ts` checks it against the document the
 * running shim serves, so the two cannot drift apart unnoticed.
 */

/** Every verdict code the shim answers today. More may be added, none is ever renamed. */
export const VERDICT_CODES = [
  'VALID',
  'QUOTA_EXCEEDED',
  'TRIAL_EXPIRED',
  'RATE_LIMITED',
  'KEY_INVALID',
  'KEY_REVOKED',
  'KEY_EXPIRED',
  'KEY_WRONG_SOLUTION',
  'ACCOUNT_SUSPENDED',
  'ENDPOINT_NOT_IN_TIER',
  'SOLUTION_SUSPENDED',
  'BOT_SUSPECTED',
] as const;

/** Why an anonymous call was refused with `BOT_SUSPECTED`. */
export const BOT_REASONS = ['EMPTY_USER_AGENT', 'KNOWN_BOT_USER_AGENT', 'NETWORK_NEW_CALLER_LIMIT'] as const;
export type BotReason = (typeof BOT_REASONS)[number];

export type KnownVerdictCode = (typeof VERDICT_CODES)[number];
/** A code from a newer shim is still a string: the SDK treats an unknown denial as a refusal, never as a pass. */
export type VerdictCode = KnownVerdictCode | (string & {});

export const TIERS = ['anonymous', 'registered', 'pro', 'enterprise'] as const;
export type Tier = (typeof TIERS)[number];

/** What the solution tells the shim about one call of its caller. */
export interface ValidateRequest {
  /** The caller's API key (`mk_live_…`). Absent: an anonymous caller, known by `client`. */
  apiKey?: string;
  /** The end caller; required without `apiKey`. The shim keeps only a keyed hash of it. */
  client?: { ip: string; userAgent?: string; acceptLanguage?: string };
  /** A registered endpoint, e.g. `POST /v1/summarize` (`{param}` segments of the registered template match any segment). */
  endpoint?: string;
  /** Units this call costs, 1 to 1000000; default the endpoint's weight or 1. */
  cost?: number;
}

export interface Upgrade {
  tier: Tier | 'contact';
  url: string;
  message: string;
}

/** The shim's answer: a 200 for every verdict, allowed or not. */
export interface Verdict {
  allowed: boolean;
  code: VerdictCode;
  /** With `BOT_SUSPECTED` only: why the anonymous caller was taken for automation. */
  reason?: BotReason | (string & {});
  /** Null when the caller is refused before a tier applies (key, account problems). */
  tier: Tier | null;
  limit: number;
  used: number;
  remaining: number;
  resetAt: string | null;
  /** Seconds until a retry can succeed; absent when only an upgrade helps. */
  retryAfterSeconds?: number;
  features: Record<string, boolean | number | string>;
  /** On a denial an upgrade can fix, and from 80 % used on. */
  upgrade?: Upgrade;
  subject: { type: 'key' | 'anonymous'; keyId?: string; userId?: string };
}

/** Every field of a verdict body, for the drift test against the served OpenAPI document. */
export const VERDICT_FIELDS = ['allowed', 'code', 'reason', 'tier', 'limit', 'used', 'remaining', 'resetAt', 'retryAfterSeconds', 'features', 'upgrade', 'subject'] as const satisfies readonly (keyof Verdict)[];
// Compile-time: the list names every field of Verdict (an error here names the one missing).
type UnlistedField = Exclude<keyof Verdict, (typeof VERDICT_FIELDS)[number]>;
const _everyVerdictFieldListed: [UnlistedField] extends [never] ? true : UnlistedField = true;

/** The shim's error envelope (RFC 9457). `code` and `requestId` are sent by newer shims. */
export interface ShimProblem {
  type: string;
  title: string;
  status: number;
  detail: string;
  field?: string;
  code?: string;
  requestId?: string;
}

/** The shim's draft-ietf-httpapi-ratelimit-headers and Retry-After, passed on to the end caller as they came. */
export const PASSED_THROUGH_HEADERS = ['ratelimit-policy', 'ratelimit', 'retry-after'] as const;
