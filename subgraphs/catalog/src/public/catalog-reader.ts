/**
 * The catalog's read module for the quota shim: which solution a secret belongs to, the policy of a
 * (solution, tier), an endpoint's weight and tiers. Plain functions over the catalog table — no GraphQL and no
 * resolver code on this path — so the shim asks the owner of these items instead of reading them itself.
 *
 * Staleness bound (what the shim may rely on): every answer, positive or negative, is cached per process for at
 * most `cacheMs` (default 5000 ms) of the injected clock, counted from the moment its strongly consistent read
 * started. A change committed at time T — a revoked secret, a new tier configuration, a suspended solution, a
 * removed endpoint, a secret created for a hash that was looked up before — is therefore seen by every reader
 * for every call made after T + cacheMs, plus the skew between the writer's and the reader's clocks. The end of
 * a rotated secret's grace is exact: `expiresAt` is compared with the clock on every call, cached or not.
 * Caches are the shared `createReadCache`: bounded (`maxEntries`, oldest first out); a failed read is never cached.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EndpointPolicy, Tier, TierPolicy } from '@marketplace/contracts';
import { type Clock, createReadCache, epochMs, MINUTE } from '@marketplace/shared';
import { type SecretRecord, SecretRepository, secretState } from '../data/secret.repository.ts';
import { type SolutionRecord, SolutionRepository, type SolutionStatus } from '../data/solution.repository.ts';
import { matchEndpoint } from '../services/endpoint-rules.ts';
import { PlatformRepository } from '../data/platform.repository.ts';
import { anonymousGuardOf, type PlatformTierSettings, type TierBounds } from '../services/tier-rules.ts';

export type { SolutionStatus, TierBounds };

export interface SecretMatch {
  solutionId: string;
  secretId: string;
  /** The solution's state; the shim decides what each state may do (e.g. refuse SUSPENDED). */
  status: SolutionStatus;
}

export interface CatalogReader {
  /** The solution of a live (ACTIVE or EXPIRING-in-grace) secret, by the SHA-256 hex of its plaintext; else null. */
  solutionBySecretHash(sha256Hex: string): Promise<SecretMatch | null>;
  policy(solutionId: string, tier: Tier): Promise<TierPolicy | null>;
  /** The endpoint a request like `POST /v1/summarize` falls under (`{param}` segments match any segment). */
  endpoint(solutionId: string, request: string): Promise<EndpointPolicy | null>;
  /**
   * A solution's identity, state and owner (`partnerId`: the partner who lists it), in any state; `fresh`: read from
   * the store now (and cached from then on), for a refusal that must not rest on a state up to `cacheMs` old.
   */
  solution(solutionId: string, options?: { fresh?: boolean }): Promise<{ id: string; slug: string; name: string; status: SolutionStatus; partnerId: string } | null>;
  /**
   * Records that a secret was used. Call it on every use: it writes at most once a minute per secret (per
   * process, and conditionally in the table across processes). Resolves true when it wrote; a use inside the
   * interval answers false at once (no promise on every call).
   */
  recordSecretUse(secretId: string): Promise<boolean> | false;
  /** The platform's bounds for a tier (admin settings, or the built-in defaults), e.g. for an Enterprise offer's limits. */
  tierBounds(tier: Tier): Promise<TierBounds | null>;
  /**
   * Solutions now in `status` that moved there at or after `since`, newest first (uncached: a scheduled job's
   * question, not the shim's). `statusChangedAt` names the move: a later move into the same status is another one;
   * `previousStatus` is where it came from (null when not known), e.g. SUSPENDED for a reinstatement, and
   * `previousStatusChangedAt` when it had moved there (the suspension's start).
   */
  statusChangesSince(status: SolutionStatus, since: Date): Promise<StatusChange[]>;
}

/** A solution's move into its current status. */
export interface StatusChange {
  id: string;
  status: SolutionStatus;
  previousStatus: SolutionStatus | null;
  previousStatusChangedAt: string | null;
  statusChangedAt: string;
}

export interface CatalogReaderOptions {
  /** How long an answer may be served from memory (default 5000 ms). 0 disables caching. */
  cacheMs?: number;
  /** Bound on each cache (default 10 000 entries). */
  maxEntries?: number;
}

/** `lastUsedAt` resolution: the shim may report every use; one write per secret per minute is enough. */
export const RECORD_USE_INTERVAL_MS = MINUTE;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export function createCatalogReader(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock },
  options: CatalogReaderOptions = {},
): CatalogReader {
  const cacheMs = options.cacheMs ?? 5000;
  const maxEntries = options.maxEntries ?? 10_000;
  const solutions = new SolutionRepository(deps.db, deps.table);
  const secrets = new SecretRepository(deps.db, deps.table);
  const secretCache = createReadCache<SecretRecord | null>({ clock: deps.clock, ttlMs: cacheMs, maxEntries });
  const solutionCache = createReadCache<SolutionRecord | null>({ clock: deps.clock, ttlMs: cacheMs, maxEntries });
  // A secret's solution never changes: cached without expiry (bounded all the same).
  const ownerCache = createReadCache<string | null>({ clock: deps.clock, ttlMs: Number.POSITIVE_INFINITY, maxEntries });
  const lastRecorded = new Map<string, number>();
  const platform = new PlatformRepository(deps.db, deps.table);
  const settingsCache = createReadCache<PlatformTierSettings>({ clock: deps.clock, ttlMs: cacheMs, maxEntries: 1 });

  const solutionOf = (solutionId: string) => solutionCache.get(solutionId, () => solutions.get(solutionId));
  const policies = new WeakMap<SolutionRecord, Map<Tier, TierPolicy | null>>();
  const summaries = new WeakMap<SolutionRecord, { id: string; slug: string; name: string; status: SolutionStatus; partnerId: string }>();

  return {
    async solutionBySecretHash(sha256Hex) {
      if (!SHA256_HEX.test(sha256Hex)) return null;
      const secret = await secretCache.get(sha256Hex, () => secrets.findByHash(sha256Hex));
      if (!secret) return null;
      const state = secretState(secret, deps.clock.now());
      if (state !== 'ACTIVE' && state !== 'EXPIRING') return null;
      const solution = await solutionOf(secret.solutionId);
      return solution ? { solutionId: solution.id, secretId: secret.id, status: solution.status } : null;
    },

    async policy(solutionId, tier) {
      const solution = await solutionOf(solutionId);
      if (!solution) return null;
      // Policies are derived once per cached record: the shim asks on every call.
      let derived = policies.get(solution);
      if (!derived) {
        derived = new Map();
        policies.set(solution, derived);
      }
      let policy = derived.get(tier);
      if (policy === undefined) {
        const record = solution.tiers.find((t) => t.tier === tier);
        policy = record
          ? {
              tier: record.tier,
              callAllowance: record.callAllowance,
              window: record.trialDays !== null ? { kind: 'trial', days: record.trialDays } : { kind: 'monthly' },
              ratePerSecond: record.ratePerSecond,
              limitMode: record.limitMode,
              overagePricePaise: record.overagePricePaise,
              monthlyPricePaise: record.monthlyPricePaise,
              features: Object.fromEntries(record.features.map((f) => [f.key, f.value])),
              ...(record.tier === 'anonymous' ? { guard: anonymousGuardOf(record)! } : {}),
            }
          : null;
        derived.set(tier, policy);
      }
      return policy;
    },

    async endpoint(solutionId, request) {
      const solution = await solutionOf(solutionId);
      const found = solution ? matchEndpoint(solution.endpoints, request) : null;
      return found ? { method: found.method, path: found.path, costWeight: found.costWeight, tiers: [...found.tiers] } : null;
    },

    async solution(solutionId, options) {
      if (options?.fresh) solutionCache.delete(solutionId);
      const solution = await solutionOf(solutionId);
      if (!solution) return null;
      let summary = summaries.get(solution);
      if (!summary) {
        summary = { id: solution.id, slug: solution.slug, name: solution.name, status: solution.status, partnerId: solution.partnerId };
        summaries.set(solution, summary);
      }
      return summary;
    },

    async tierBounds(tier) {
      const settings = await settingsCache.get('platform', () => platform.tierSettings());
      return settings.tiers.find((bounds) => bounds.tier === tier) ?? null;
    },

    async statusChangesSince(status, since) {
      const found: StatusChange[] = [];
      const from = since.toISOString();
      let after: string | null = null;
      for (;;) {
        const page = await solutions.listByStatus(status, 100, after);
        for (const s of page.items) {
          if (s.statusChangedAt < from) return found;
          found.push({ id: s.id, status: s.status, previousStatus: s.previousStatus, previousStatusChangedAt: s.previousStatusChangedAt, statusChangedAt: s.statusChangedAt });
        }
        if (!page.hasNextPage || !page.endCursor) return found;
        after = page.endCursor;
      }
    },

    recordSecretUse(secretId) {
      // Called on every use: a use within the interval costs a map lookup (no Date, no new promise).
      const at = epochMs(deps.clock);
      const last = lastRecorded.get(secretId);
      if (last !== undefined && at - last < RECORD_USE_INTERVAL_MS) return false;
      lastRecorded.delete(secretId);
      lastRecorded.set(secretId, at);
      while (lastRecorded.size > maxEntries) lastRecorded.delete(lastRecorded.keys().next().value!);
      return ownerCache
        .get(secretId, () => secrets.solutionIdOf(secretId))
        .then((solutionId) => (solutionId ? secrets.recordUse(solutionId, secretId, new Date(at), RECORD_USE_INTERVAL_MS) : false));
    },
  };
}
