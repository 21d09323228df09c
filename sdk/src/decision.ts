import type { Verdict } from './contract.ts';

/** Where a decision came from: the marketplace, the local denial cache, or the fail mode. */
export type DecisionSource = 'marketplace' | 'denial-cache' | 'fail-closed' | 'fail-open' | 'fail-allowance';

/** A verdict, where it came from, and the headers to pass on to the caller (lower-case names). */
export interface QuotaDecision extends Verdict {
  source: DecisionSource;
  /** `ratelimit-policy`, `ratelimit` and `retry-after` as the shim sent them (or as the fail mode sets them). */
  headers: Record<string, string>;
}
