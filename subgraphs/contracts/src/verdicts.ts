/** The quota shim's verdict codes (`code` in every `/quota/validate` answer): more may be added, none renamed. */
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
export type VerdictCode = (typeof VERDICT_CODES)[number];

/** The verdict the key rule gives a key that exists (a key not found at all is `KEY_INVALID`). */
export type KeyVerdict = Extract<VerdictCode, 'VALID' | 'KEY_REVOKED' | 'KEY_EXPIRED'>;

/**
 * Why an anonymous call was refused as automation (`reason` beside `BOT_SUSPECTED`): no user agent passed on,
 * a user agent of a known bot or HTTP library, or too many new anonymous callers from one network block today.
 */
export const BOT_REASONS = ['EMPTY_USER_AGENT', 'KNOWN_BOT_USER_AGENT', 'NETWORK_NEW_CALLER_LIMIT'] as const;
export type BotReason = (typeof BOT_REASONS)[number];
