/**
 * Every verdict code the quota service answers, in one list: the service's type, the shim's OpenAPI enum and
 * the tests read it. More may be added; none is ever renamed.
 */
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
] as const;

export type VerdictCode = (typeof VERDICT_CODES)[number];
