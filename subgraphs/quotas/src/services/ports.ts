import type { Tier, WindowPolicy } from '../engine/windows.ts';

/**
 * What the quota rules need from other packages, as the owning packages' read modules provide it
 * (catalog: solutions, policies, endpoints; keys: key records; identity: account status).
 */
export interface TierPolicy {
  tier: Tier;
  callAllowance: number;
  window: WindowPolicy;
  ratePerSecond: number | null;
  limitMode: 'hard' | 'soft';
  features: Record<string, boolean | number | string>;
}

export interface EndpointPolicy {
  method: string;
  path: string;
  costWeight: number;
  tiers: Tier[];
}

export interface SolutionDirectory {
  solutionBySecretHash(sha256Hex: string): Promise<{ solutionId: string; secretId: string } | null>;
  solution(solutionId: string): Promise<{ id: string; slug: string; name: string; status: string } | null>;
  policy(solutionId: string, tier: Tier): Promise<TierPolicy | null>;
  endpoint(solutionId: string, endpoint: string): Promise<EndpointPolicy | null>;
  recordSecretUse?(secretId: string): void;
}

export interface KeyRecord {
  id: string;
  userId: string;
  solutionId: string;
  status: 'active' | 'expiring' | 'revoked';
  expiresAt: string | null;
  graceEndsAt: string | null;
}

export interface KeyDirectory {
  /** Cheap format and checksum check before any lookup. */
  check(apiKey: string): { ok: true; hash: string } | { ok: false; reason: 'format' | 'checksum' };
  findKeyByHash(sha256Hex: string): Promise<KeyRecord | null>;
  verdict(record: KeyRecord, now: Date): 'VALID' | 'KEY_REVOKED' | 'KEY_EXPIRED';
  touch(keyId: string): void;
}

export interface AccountDirectory {
  status(userId: string): Promise<'active' | 'suspended' | null>;
}

/**
 * What a paid grant (billing's) adds to the tier: the paid period, which is the quota window in place of the
 * calendar month, and per-customer limits (Enterprise offers) in place of the tier's.
 */
export interface PaidTerms {
  /** ISO times, [start, end). */
  periodStart: string;
  periodEnd: string;
  callAllowance: number | null;
  ratePerSecond: number | null;
  /** Billing's subscription that pays for it. */
  reference: string;
}

export interface TierDirectory {
  /** The user's tier on a solution: a current grant, else `registered`. */
  tierOf(userId: string, solutionId: string): Promise<Tier>;
  /** The paid terms of the user's current grant, or null (admin grants and free tiers have none). Stand-ins may omit it. */
  termsOf?(userId: string, solutionId: string): Promise<PaidTerms | null>;
}
