import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AuditLog, auditEventPut, type Clock, retryWhileStale, STALE } from '@marketplace/shared';
import { type GrantRecord, GrantRepository } from '../data/grant.repository.ts';
import { AUDIT_STREAM } from '../data/keys.ts';
import { grantEvent, grantEventTime, writeGrantChange } from '../services/grant.service.ts';
import type { PaidTerms } from '../services/ports.ts';

/** A paid tier as billing grants it: the paid period is the quota window, an offer's limits replace the tier's. */
export interface PaidGrant {
  userId: string;
  solutionId: string;
  tier: 'pro' | 'enterprise';
  periodStart: Date;
  periodEnd: Date;
  /** When the tier stops: the period end, later while a renewal is due (grace), now to end it. */
  endsAt: Date;
  callAllowance?: number | null;
  ratePerSecond?: number | null;
  /** Billing's subscription that pays for it. */
  reference: string;
  /** Why, for the audit trail (e.g. `subscription.charged`). */
  reason: string;
}

export interface PaidGrantWriter {
  /**
   * Writes the grant, audited (`tier.grant` by the platform) in the same transaction. Idempotent: a grant that
   * already says exactly this changes nothing (false). With `onlyIfReference`, changes only a grant that this
   * subscription wrote (false otherwise), so an ended subscription never takes a newer one's tier away.
   */
  write(grant: PaidGrant, options?: { onlyIfReference?: string }): Promise<boolean>;
  /** The user's grant on a solution as stored (ended ones included), or null. */
  read(userId: string, solutionId: string): Promise<GrantRecord | null>;
}

/** A grant in the audit trail's vocabulary, as the admin grants record it, plus the paid terms. */
const snapshot = (grant: Pick<GrantRecord, 'tier' | 'endsAt' | 'terms'>) => ({ tier: grant.tier.toUpperCase(), endsAt: grant.endsAt, terms: grant.terms });

const sameTerms = (a: PaidTerms | null, b: PaidTerms) =>
  a !== null &&
  a.periodStart === b.periodStart &&
  a.periodEnd === b.periodEnd &&
  a.callAllowance === b.callAllowance &&
  a.ratePerSecond === b.ratePerSecond &&
  a.reference === b.reference;

/**
 * The quotas package's grant writer for billing: the one way a payment changes a customer's tier. The shim and
 * the quotas subgraph see the change within their cache bound (`SHIM_CACHE_MS`, `QUOTAS_CACHE_MS`).
 */
export function createPaidGrantWriter(deps: { db: DynamoDBDocumentClient; table: string; clock: Clock }): PaidGrantWriter {
  const grants = new GrantRepository(deps.db, deps.table);
  const audit = new AuditLog(deps.db, deps.table, AUDIT_STREAM);
  return {
    async read(userId, solutionId) {
      const stored = await grants.get(userId, solutionId);
      if (!stored) return null;
      const { version: _version, ...record } = stored;
      return record;
    },
    write(grant, options = {}) {
      const terms: PaidTerms = {
        periodStart: grant.periodStart.toISOString(),
        periodEnd: grant.periodEnd.toISOString(),
        callAllowance: grant.callAllowance ?? null,
        ratePerSecond: grant.ratePerSecond ?? null,
        reference: grant.reference,
      };
      const endsAt = grant.endsAt.toISOString();
      return retryWhileStale(async () => {
        const previous = await grants.get(grant.userId, grant.solutionId);
        if (options.onlyIfReference !== undefined && previous?.terms?.reference !== options.onlyIfReference) return false;
        if (previous && previous.tier === grant.tier && previous.endsAt === endsAt && sameTerms(previous.terms, terms)) return false;
        const at = await grantEventTime(audit, deps.clock.now(), grant.userId, grant.solutionId);
        const { item, stored } = grants.put(
          { userId: grant.userId, solutionId: grant.solutionId, tier: grant.tier, endsAt, grantedBy: 'billing', grantedAt: at.toISOString(), terms },
          previous,
        );
        const event = grantEvent(null, 'tier.grant', grant.userId, grant.solutionId, {
          before: previous ? snapshot(previous) : null,
          after: snapshot(stored),
          reason: grant.reason,
        });
        return (await writeGrantChange(deps.db, [item, ...auditEventPut(deps.table, event, at).items])) ? true : STALE;
      });
    },
  };
}
