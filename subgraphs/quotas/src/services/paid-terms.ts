import { paidWindowAt, type QuotaWindow, windowAt } from '../engine/windows.ts';
import type { PaidTerms, TierPolicy } from './ports.ts';

/** The tier's policy as a paid grant changes it: an Enterprise offer's allowance and rate in place of the tier's. */
export function withPaidTerms<P extends TierPolicy | null>(policy: P, terms: PaidTerms | null | undefined): P {
  if (!policy || !terms) return policy;
  return {
    ...policy,
    callAllowance: terms.callAllowance ?? policy.callAllowance,
    ratePerSecond: terms.ratePerSecond ?? policy.ratePerSecond,
  };
}

/** The quota window a call at `now` counts in: the paid period under a paid grant, else the tier's own window. */
export function quotaWindowAt(policy: TierPolicy, terms: PaidTerms | null | undefined, now: Date): QuotaWindow {
  return terms ? paidWindowAt(terms, now) : windowAt(policy.window, now);
}
