import { createEventOutbox, notFound, retryWhileStale, STALE, type StagedEvents, type TransactItem, transactWrite } from '@marketplace/shared';
import { type AuditEventInput, auditEventPut } from '@marketplace/shared';
import { AUDIT_STREAM } from '../data/keys.ts';
import type { Repositories } from '../data/repositories.ts';
import type { SolutionChanges, SolutionRecord } from '../data/solution.repository.ts';
import type { CatalogDeps } from '../deps.ts';
import type { CatalogEvent } from './catalog-events.ts';

export type SolutionEvent = Pick<AuditEventInput, 'action' | 'before' | 'after' | 'reason'>;

/** One planned change of a solution: its new fields, the audit events that record it, and its other writes. */
export interface SolutionChangePlan {
  changes: SolutionChanges;
  events: SolutionEvent[];
  /** Writes of other items that belong to the same change (a slug claim, a secret). */
  extra?: TransactItem[];
  /** What a failed condition on `extra[i]` means: an error for the caller, or STALE to re-read and retry. */
  extraFailed?: (index: number) => Error | typeof STALE;
  /** The analytics events of the change, from the solution as written: they commit with it (the outbox). */
  facts?: (after: SolutionRecord) => CatalogEvent[];
}

export interface SolutionChange {
  before: SolutionRecord;
  after: SolutionRecord;
  changed: boolean;
}

/** The event and fields of an edit that moves a rejected solution back to DRAFT ("after an edit"). */
export function revision(solution: SolutionRecord): { changes: SolutionChanges; events: SolutionEvent[] } {
  if (solution.status !== 'REJECTED') return { changes: {}, events: [] };
  return {
    changes: { status: 'DRAFT', reviewReason: null },
    events: [{ action: 'solution.revise', before: { status: 'REJECTED' }, after: { status: 'DRAFT' } }],
  };
}

/** An event of a solution, concerning the solution and its partner. */
export function solutionEvent(solution: Pick<SolutionRecord, 'id' | 'partnerId'>, actorId: string | null, event: SolutionEvent): AuditEventInput {
  return { ...event, stream: AUDIT_STREAM, actorId, targetType: 'Solution', targetId: solution.id, userId: solution.partnerId, solutionId: solution.id };
}

/**
 * The one way solutions change. Reads the solution, asks `plan` what to write (plan may throw: access and state
 * checks live there), then writes the new item — conditional on the version it read — together with the plan's
 * other writes and its audit events, in one transaction. A lost race re-reads and re-plans.
 */
export class SolutionWriter {
  private readonly outbox;

  constructor(
    private readonly deps: CatalogDeps,
    private readonly repos: Repositories,
  ) {
    this.outbox = createEventOutbox(deps);
  }

  async change(
    actorId: string,
    solutionId: string,
    /** The id argument that named the solution (`id`, `solutionId`, `secretId`): a NOT_FOUND names it. */
    field: string,
    plan: (solution: SolutionRecord) => SolutionChangePlan | null | Promise<SolutionChangePlan | null>,
  ): Promise<SolutionChange> {
    let facts: StagedEvents | undefined;
    const change = await retryWhileStale(async () => {
      const solution = await this.repos.solutions.get(solutionId);
      if (!solution) throw notFound('Solution', field);
      const planned = await plan(solution);
      if (!planned) return { before: solution, after: solution, changed: false };
      const now = this.deps.clock.now();
      const { item, after } = this.repos.solutions.update(solution, planned.changes, now);
      const extra = planned.extra ?? [];
      const events = planned.events.flatMap((event) => auditEventPut(this.deps.table, solutionEvent(solution, actorId, event), now).items);
      facts = this.outbox.stage(planned.facts?.(after) ?? []);
      const result = await transactWrite(this.deps.db, [item, ...extra, ...events, ...facts.items]);
      if (result.ok) return { before: solution, after, changed: true };
      if (result.reasons[0] === 'ConditionalCheckFailed') return STALE;
      const failed = result.reasons.findIndex((r, i) => i > 0 && i <= extra.length && r === 'ConditionalCheckFailed');
      if (failed > 0) {
        const outcome = planned.extraFailed?.(failed - 1) ?? STALE;
        if (outcome === STALE) return STALE;
        throw outcome;
      }
      throw new Error(`solution change: transaction cancelled (${result.reasons.join(', ')})`);
    }, 'The solution changed while it was being updated; try again.');
    if (change.changed) await facts?.publish();
    return change;
  }
}
