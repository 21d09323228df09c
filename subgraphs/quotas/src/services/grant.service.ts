import { FUTURE_END_MAX_YEARS, hasBeenPublic, latestFutureEnd, type Tier } from '@marketplace/contracts';
import {
  type AuditEventInput,
  type AuditEventRecord,
  type AuditLog,
  auditEventPut,
  checkFields,
  conflict,
  createEventOutbox,
  InputError,
  isId,
  notFound,
  refuseControlCharacters,
  retryWhileStale,
  STALE,
  type StagedEvents,
  type TransactItem,
  transactWrite,
} from '@marketplace/shared';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AUDIT_STREAM, keys } from '../data/keys.ts';
import type { GrantRecord, GrantRepository, StoredGrant } from '../data/grant.repository.ts';
import type { QuotasDeps } from '../deps.ts';

export interface GrantTierInput {
  userId: string;
  solutionId: string;
  tier: Tier;
  /** When the grant ends; null for open-ended. Must lie in the future, at most FUTURE_END_MAX_YEARS ahead. */
  endsAt: Date | null;
  reason: string | null;
}

/** The tiers an admin may grant until billing exists; the free tiers are what everyone has without a grant. */
export const GRANTABLE_TIERS: readonly Tier[] = ['pro', 'enterprise'];
export const REASON_MAX_CHARS = 500;
/**
 * The end as given, or an InputError on `field`: it must lie in the future and no later than `latestFutureEnd(now)`,
 * the bound an API key's expiry has (contracts); "forever" is an open-ended grant (no endsAt).
 */
function checkEndsAt(field: string, endsAt: Date | null, now: Date): void {
  if (!endsAt) return;
  if (Number.isNaN(endsAt.getTime())) throw new InputError(field, 'This is not a valid date and time.');
  if (endsAt.getTime() <= now.getTime()) throw new InputError(field, 'The grant must end in the future.');
  if (endsAt.getTime() > latestFutureEnd(now).getTime()) {
    throw new InputError(field, `A grant can end at most ${FUTURE_END_MAX_YEARS} years from now; leave the end empty for an open-ended grant.`);
  }
}

/** The trimmed reason of a grant or revocation (null when none), or an InputError on `field`. */
function checkReason(field: string, raw: string | null | undefined): string | null {
  const reason = raw?.trim() || null;
  if (reason && reason.length > REASON_MAX_CHARS) throw new InputError(field, `A reason has at most ${REASON_MAX_CHARS} characters.`);
  if (reason) refuseControlCharacters(field, reason, 'A reason');
  return reason;
}

/** A grant in the API's vocabulary, as audit snapshots record it. */
const snapshot = (grant: Pick<GrantRecord, 'tier' | 'endsAt'>) => ({ tier: grant.tier.toUpperCase(), endsAt: grant.endsAt });

/**
 * Owns tier grants: until billing exists, admins give a user PRO or ENTERPRISE on one solution, optionally
 * until a date. Every grant and revocation is audited (before and after) in the same transaction as the change.
 */
export class GrantService {
  private readonly outbox;

  constructor(
    private readonly deps: QuotasDeps,
    private readonly repos: { grants: GrantRepository; audit: AuditLog },
  ) {
    this.outbox = createEventOutbox(deps);
  }

  /**
   * Grants (or replaces the grant of) a paid tier; an identical grant already in force changes nothing. Only on a
   * solution that has been public (published, unpublished or suspended): a never-public one is CONFLICT on
   * `input.solutionId`.
   */
  async grant(actorId: string, input: GrantTierInput): Promise<GrantRecord> {
    const now = this.deps.clock.now();
    const { reason } = checkFields({
      tier: () => {
        if (!GRANTABLE_TIERS.includes(input.tier)) {
          throw new InputError('input.tier', 'Only PRO or ENTERPRISE can be granted; REGISTERED is what every user has without a grant.');
        }
      },
      endsAt: () => checkEndsAt('input.endsAt', input.endsAt, now),
      reason: () => checkReason('input.reason', input.reason),
    });
    const solution = await this.requireSolution(input.solutionId, 'input.solutionId');
    // A draft, one in review or a rejected one has no holders to compensate; unpublished and suspended ones do.
    if (!hasBeenPublic(solution.status)) {
      throw conflict(`${solution.name} has never been published (it is ${solution.status}); a tier can be granted only on a solution that has been public.`, 'input.solutionId');
    }
    if (!isId('usr', input.userId) || (await this.deps.accounts.status(input.userId)) === null) throw notFound('User', 'input.userId');

    const endsAt = input.endsAt?.toISOString() ?? null;
    let granted: StagedEvents | undefined;
    const result = await retryWhileStale(async () => {
      const previous = await this.repos.grants.get(input.userId, input.solutionId);
      if (previous && previous.tier === input.tier && previous.endsAt === endsAt && previous.terms === null) return previous;
      const at = await this.eventTime(input.userId, input.solutionId);
      const { item, stored } = this.repos.grants.put(
        { userId: input.userId, solutionId: input.solutionId, tier: input.tier, endsAt, grantedBy: actorId, grantedAt: at.toISOString(), terms: null },
        previous,
      );
      const audit = auditEventPut(
        this.deps.table,
        grantEvent(actorId, 'tier.grant', input.userId, input.solutionId, { before: previous ? snapshot(previous) : null, after: snapshot(stored), reason }),
        at,
      );
      // Keyed by the grant's own time; an identical grant (which changed nothing) stages nothing.
      granted = this.outbox.stage([{ type: 'tier.granted', time: at, dedupeKey: `${stored.userId}:${stored.solutionId}:${stored.grantedAt}`, userId: stored.userId, solutionId: stored.solutionId, tier: stored.tier }]);
      return (await this.write([item, ...audit.items, ...granted.items])) ? stored : STALE;
    });
    this.deps.tiers.forget(input.userId, input.solutionId);
    await granted?.publish();
    return withoutVersion(result);
  }

  /** Removes a user's grant on a solution (they are REGISTERED again); false when there was none. */
  async revoke(actorId: string, userId: string, solutionId: string, reason: string | null): Promise<boolean> {
    const why = checkReason('reason', reason);
    const revoked = await retryWhileStale(async () => {
      const previous = isId('usr', userId) && isId('sol', solutionId) ? await this.repos.grants.get(userId, solutionId) : null;
      if (!previous) return false;
      const audit = auditEventPut(
        this.deps.table,
        grantEvent(actorId, 'tier.revoke', userId, solutionId, { before: snapshot(previous), after: null, reason: why }),
        await this.eventTime(userId, solutionId),
      );
      return (await this.write([this.repos.grants.delete(previous), ...audit.items])) ? true : STALE;
    });
    this.deps.tiers.forget(userId, solutionId);
    return revoked;
  }

  /** Every grant on a solution, ended ones included (admins). */
  async ofSolution(solutionId: string): Promise<GrantRecord[]> {
    await this.requireSolution(solutionId, 'solutionId');
    const grants = await this.repos.grants.listOfSolution(solutionId);
    return grants.map(withoutVersion);
  }

  /** The audit trail of one user's grant on one solution, newest first (admins). */
  history(userId: string, solutionId: string): Promise<AuditEventRecord[]> {
    return this.repos.audit.ofTarget(keys.grantTarget(userId, solutionId));
  }

  /**
   * Now, or just after the grant's newest event if that is not earlier: events of one grant are read in time
   * order, and changes made within one millisecond (the conditional writes serialise them) must keep theirs.
   */
  private eventTime(userId: string, solutionId: string): Promise<Date> {
    return grantEventTime(this.repos.audit, this.deps.clock.now(), userId, solutionId);
  }

  private async requireSolution(solutionId: string, field: string): Promise<{ name: string; status: string }> {
    const solution = isId('sol', solutionId) ? await this.deps.catalog.solution(solutionId, { fresh: true }) : null;
    if (!solution) throw notFound('Solution', field);
    return solution;
  }

  /** True when written; false when the grant changed since it was read (the caller re-reads and retries). */
  private write(items: TransactItem[]): Promise<boolean> {
    return writeGrantChange(this.deps.db, items);
  }
}

/**
 * Now, or just after the grant's newest event if that is not earlier: events of one grant are read in time
 * order, and changes made within one millisecond (the conditional writes serialise them) must keep theirs.
 */
export async function grantEventTime(audit: AuditLog, now: Date, userId: string, solutionId: string): Promise<Date> {
  const latest = (await audit.ofTarget(keys.grantTarget(userId, solutionId), 1))[0]?.at;
  return latest && latest >= now.toISOString() ? new Date(Date.parse(latest) + 1) : now;
}

/** Writes a grant change with its audit event: true when written, false when the grant changed since it was read. */
export async function writeGrantChange(db: DynamoDBDocumentClient, items: TransactItem[]): Promise<boolean> {
  const result = await transactWrite(db, items);
  if (result.ok) return true;
  if (result.reasons[0] === 'ConditionalCheckFailed') return false;
  throw new Error(`tier grant transaction cancelled: ${result.reasons.join(', ')}`);
}

/** What happened to a user's grant on a solution (`tier.grant`, `tier.revoke`), by which admin (null: billing). */
export function grantEvent(
  actorId: string | null,
  action: 'tier.grant' | 'tier.revoke',
  userId: string,
  solutionId: string,
  change: Pick<AuditEventInput, 'before' | 'after' | 'reason'>,
): AuditEventInput {
  return { stream: AUDIT_STREAM, actorId, action, targetType: 'TierGrant', targetId: keys.grantTarget(userId, solutionId), userId, solutionId, ...change };
}

function withoutVersion({ version: _version, ...record }: StoredGrant): GrantRecord {
  return record;
}
