import { type Caller, type FieldProblem, type Page, retryWhileStale, type SignedInCaller, STALE, transactWrite } from '@marketplace/shared';
import { type AuditEventRecord, auditEventPut } from '@marketplace/shared';
import { PLATFORM_TIERS_SET, TIERS_SET } from '../data/audit-actions.ts';
import { AUDIT_STREAM, PLATFORM_TARGET } from '../data/keys.ts';
import type { Repositories } from '../data/repositories.ts';
import type { SolutionRecord } from '../data/solution.repository.ts';
import type { CatalogDeps } from '../deps.ts';
import { canSeePrivate, requireEditable, requireOwner } from './access-rules.ts';
import { checkPageSize } from './input-rules.ts';
import { checkPriceConfirmations, type PaidPriceChange } from './price-confirmation.ts';
import { revision, SolutionWriter } from './solution-writer.ts';
import {
  boundsSnapshot,
  type PlatformTierSettings,
  sameJson,
  type TierBoundsInput,
  type TierInput,
  type TierRecord,
  tierSnapshot,
  validatePlatformSettings,
  validateTiers,
} from './tier-rules.ts';

/**
 * The paid tiers whose price a save changes on a solution that has been published (one never published has no
 * subscribers to tell).
 */
export function paidPriceChanges(
  current: Pick<SolutionRecord, 'tiers' | 'publishedAt'>,
  next: readonly TierRecord[],
): PaidPriceChange[] {
  if (!current.publishedAt) return [];
  return next.flatMap((tier) => {
    if (tier.tier !== 'pro' && tier.tier !== 'enterprise') return [];
    const old = current.tiers.find((t) => t.tier === tier.tier)?.monthlyPricePaise ?? null;
    if (old === null || tier.monthlyPricePaise === null || old === tier.monthlyPricePaise) return [];
    return [{ tier: tier.tier, oldPricePaise: old, newPricePaise: tier.monthlyPricePaise }];
  });
}

/** A tier change saved, or refused as a whole with every problem (nothing is written then). */
export type TierChange<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/**
 * Owns tier configuration: a solution's four tiers (replaced as a whole and validated as a whole) and the
 * platform's defaults and bounds. Every change is audited with before and after, in the same transaction.
 */
export class TierService {
  private readonly writer: SolutionWriter;

  constructor(
    private readonly deps: CatalogDeps,
    private readonly repos: Repositories,
  ) {
    this.writer = new SolutionWriter(deps, repos);
  }

  platformSettings(): Promise<PlatformTierSettings> {
    return this.repos.platform.tierSettings();
  }

  /**
   * Replaces all four tiers of a solution; refuses the whole set, naming each problem, when one is invalid. A new
   * price of a published solution's paid tier needs the partner's confirmation of its preview
   * (`checkPriceConfirmations`), checked against the record being replaced, so nothing is written without it.
   */
  async setSolutionTiers(
    caller: SignedInCaller,
    solutionId: string,
    inputs: readonly TierInput[],
    priceConfirmations: readonly string[] = [],
  ): Promise<TierChange<SolutionRecord>> {
    // Whose solution it is comes before the tiers: an unknown id is NOT_FOUND, not a list of problems.
    const [solution, settings] = await Promise.all([this.repos.solutions.get(solutionId), this.repos.platform.tierSettings()]);
    requireOwner(caller, solution, 'solutionId');
    const checked = validateTiers(inputs, settings);
    if (!checked.ok) return checked;
    const { after } = await this.writer.change(caller.userId, solutionId, 'solutionId', (current) => {
      requireOwner(caller, current, 'solutionId');
      requireEditable(current, 'solutionId');
      if (sameJson(current.tiers, checked.tiers)) return null;
      const priceChanges = paidPriceChanges(current, checked.tiers);
      const now = this.deps.clock.now();
      const confirmed = checkPriceConfirmations(priceChanges, priceConfirmations, { secret: this.deps.internalSecret, solutionId, userId: caller.userId, now });
      const revised = revision(current);
      const changedAt = now.toISOString();
      return {
        changes: { tiers: checked.tiers, ...revised.changes },
        events: [
          ...revised.events,
          { action: TIERS_SET, before: { tiers: current.tiers.map(tierSnapshot) }, after: { tiers: checked.tiers.map(tierSnapshot) } },
        ],
        // The subscribers' claim to 30 days' notice is saved with the price itself (billing's job tells them).
        extra: priceChanges.map((change) =>
          this.repos.priceChanges.put({ ...change, solutionId, changedAt, actorId: caller.userId, confirmedSubscribers: confirmed.get(change.tier)! }),
        ),
      };
    });
    return { ok: true, value: after };
  }

  /** A solution's tier changes, newest first; for its partner and admins only (null for anyone else). */
  async history(caller: Caller, solution: SolutionRecord, first: number, after?: string | null): Promise<Page<AuditEventRecord> | null> {
    if (!canSeePrivate(caller, solution)) return null;
    checkPageSize(first);
    return this.repos.audit.list({ targetId: solution.id, action: TIERS_SET }, first, after);
  }

  /** Replaces the platform's tier defaults and bounds (admins). Existing solutions are re-checked on approval. */
  async updatePlatformSettings(actorId: string, inputs: readonly TierBoundsInput[]): Promise<TierChange<PlatformTierSettings>> {
    const checked = validatePlatformSettings(inputs);
    if (!checked.ok) return checked;
    const saved = await retryWhileStale(async () => {
      const current = await this.repos.platform.tierSettings();
      if (sameJson(current.tiers, checked.tiers)) return current;
      const now = this.deps.clock.now();
      const { item, after } = this.repos.platform.putTierSettings(current, checked.tiers, actorId, now);
      const audit = auditEventPut(
        this.deps.table,
        {
          stream: AUDIT_STREAM,
          actorId,
          action: PLATFORM_TIERS_SET,
          targetType: 'Platform',
          targetId: PLATFORM_TARGET,
          before: { tiers: current.tiers.map(boundsSnapshot) },
          after: { tiers: checked.tiers.map(boundsSnapshot) },
        },
        now,
      );
      const result = await transactWrite(this.deps.db, [item, ...audit.items]);
      if (result.ok) return after;
      if (result.reasons[0] === 'ConditionalCheckFailed') return STALE;
      throw new Error(`updatePlatformTierSettings: transaction cancelled (${result.reasons.join(', ')})`);
    }, 'The platform tier settings changed while they were being updated; try again.');
    return { ok: true, value: saved };
  }

  platformHistory(first: number, after?: string | null): Promise<Page<AuditEventRecord>> {
    checkPageSize(first);
    return this.repos.audit.list({ targetId: PLATFORM_TARGET, action: PLATFORM_TIERS_SET }, first, after);
  }
}
