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
] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

/** The verdict the key rule gives a key that exists (a key not found at all is `KEY_INVALID`). */
export type KeyVerdict = Extract<VerdictCode, 'VALID' | 'KEY_REVOKED' | 'KEY_EXPIRED'>;
