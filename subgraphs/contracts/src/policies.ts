import type { Tier } from './tiers.ts';

export type LimitMode = 'hard' | 'soft';
export type FeatureValue = boolean | number | string;
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** How a tier's allowance is measured: a one-off trial of `days` from the first call, or a calendar month (UTC). */
export type TierWindow = { kind: 'trial'; days: number } | { kind: 'monthly' };

/** What the quota rules enforce for callers of one tier of one solution (the catalog owns and serves it). */
export interface TierPolicy {
  tier: Tier;
  callAllowance: number;
  window: TierWindow;
  /** Calls per second; null: no per-second limit. */
  ratePerSecond: number | null;
  limitMode: LimitMode;
  /** Soft limits only: the price of each call beyond the allowance, integer paise in `CURRENCY`. */
  overagePricePaise: number | null;
  /** Paid tiers only: integer paise in `CURRENCY`. */
  monthlyPricePaise: number | null;
  features: Record<string, FeatureValue>;
}

/** A registered endpoint of a solution: its cost weight and the tiers that may call it. */
export interface EndpointPolicy {
  method: HttpMethod;
  /** The registered template, e.g. `/v1/items/{id}`. */
  path: string;
  costWeight: number;
  tiers: Tier[];
}
