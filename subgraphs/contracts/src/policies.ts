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
  /** The anonymous tier only: its protection against automation (absent: {@link DEFAULT_ANONYMOUS_GUARD}). */
  guard?: AnonymousGuard;
}

/** How a solution's anonymous tier resists trial farming (partners set it within the platform's bounds). */
export interface AnonymousGuard {
  /** New anonymous callers admitted per network block (IPv4 /24, IPv6 /48) per UTC day. */
  newCallersPerBlockPerDay: number;
  /** Refuse callers whose user agent is empty or a known bot / HTTP library. */
  refuseBots: boolean;
}

export const DEFAULT_ANONYMOUS_GUARD: AnonymousGuard = { newCallersPerBlockPerDay: 20, refuseBots: true };
/** The platform bounds of `newCallersPerBlockPerDay` (the block item holds one entry per admitted caller). */
export const NEW_CALLERS_PER_BLOCK_BOUNDS = { min: 1, max: 1000 } as const;

/** A registered endpoint of a solution: its cost weight and the tiers that may call it. */
export interface EndpointPolicy {
  method: HttpMethod;
  /** The registered template, e.g. `/v1/items/{id}`. */
  path: string;
  costWeight: number;
  tiers: Tier[];
}
