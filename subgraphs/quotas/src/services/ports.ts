import type { AccountStatus, EndpointPolicy, KeyRecord, KeyVerdict, LimitMode, Tier, TierPolicy } from '@marketplace/contracts';

/**
 * What the quota rules need from other packages, as the owning packages' read modules provide it
 * (catalog: solutions, policies, endpoints; keys: key records; identity: account status).
 */

/** The part of a tier's policy the quota rules read (the catalog's reader serves the whole `TierPolicy`). */
export type QuotaPolicy = Pick<TierPolicy, 'tier' | 'callAllowance' | 'window' | 'ratePerSecond' | 'limitMode' | 'features' | 'guard'>;

export interface SolutionDirectory {
  solutionBySecretHash(sha256Hex: string): Promise<{ solutionId: string; secretId: string } | null>;
  solution(solutionId: string): Promise<{ id: string; slug: string; name: string; status: string } | null>;
  policy(solutionId: string, tier: Tier): Promise<QuotaPolicy | null>;
  endpoint(solutionId: string, endpoint: string): Promise<Pick<EndpointPolicy, 'method' | 'path' | 'costWeight' | 'tiers'> | null>;
  recordSecretUse?(secretId: string): void;
}

export interface KeyDirectory {
  /** Cheap format and checksum check before any lookup. */
  check(apiKey: string): { ok: true; hash: string } | { ok: false; reason: 'format' | 'checksum' };
  findKeyByHash(sha256Hex: string): Promise<KeyRecord | null>;
  verdict(record: KeyRecord, now: Date): KeyVerdict;
  touch(keyId: string): void;
}

export interface AccountDirectory {
  status(userId: string): Promise<AccountStatus | null>;
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

/** A decided call of a key's owner, as the upgrade notices see it: the counter after it, in its window. */
export interface QuotaOutcome {
  allowed: boolean;
  /** The key's owner; for an anonymous caller (tier `anonymous`), its keyed fingerprint. */
  userId: string;
  solutionId: string;
  tier: Tier;
  /** The counter's window (`TRIAL`, a month, a paid period). */
  windowId: string;
  /** A name of (user, solution, tier, window) the caller keeps at hand (its counter's), so none is built per call. */
  windowKey?: string;
  windowEnd: Date;
  /** The counter's units after this call (its own place when admitted; as the store said when refused). */
  used: number;
  units: number;
  limit: number;
  limitMode: LimitMode;
}

/** Told of every consuming decision of a key's owner; must not block (the shim answers without waiting for it). */
export interface QuotaObserver {
  observe(outcome: QuotaOutcome): void;
}

/** A consuming call of a valid key that carried its caller's client (`ip` never leaves the process). */
export interface KeyedCall {
  keyId: string;
  userId: string;
  solutionId: string;
  tier: Tier;
  ip: string;
}

/** Told of every consuming call of a valid key with a client (unusual networks); must not block. */
export interface KeyCallObserver {
  observe(call: KeyedCall): void;
}
