import { isAuditAppend, linkAuditAppends } from '../audit/audit-chain.ts';
import { conflict } from '../errors.ts';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { TransactItem } from './transact-item.ts';

/** Per item of a cancelled transaction: `ConditionalCheckFailed`, `TransactionConflict`, `None`, … */
export type TransactResult = { ok: true } | { ok: false; reasons: string[] };

const CONFLICT_RETRIES = 6;

const HEAD_RETRIES = 40;

/**
 * Runs TransactWriteItems and reports a cancellation as data: `reasons[i]` is why item `i` failed.
 * Cancellations caused only by a concurrent transaction on the same items (`TransactionConflict`) are retried
 * with jittered backoff, so callers see condition failures, never races. Audit events among the items
 * (`auditEventPut`) are linked into their stream's hash chain here: when only the chain head moved meanwhile
 * (another append won), the links are recomputed from the new head and the transaction runs again.
 */
export async function transactWrite(db: DynamoDBDocumentClient, items: TransactItem[]): Promise<TransactResult> {
  if (!items.some(isAuditAppend)) return send(db, items);
  for (let attempt = 0; ; attempt++) {
    const result = await send(db, await linkAuditAppends(db, items));
    if (result.ok) return result;
    const own = result.reasons.slice(0, items.length);
    const headMoved = result.reasons.slice(items.length).some((reason) => reason !== 'None');
    if (headMoved && !own.includes('ConditionalCheckFailed') && attempt < HEAD_RETRIES) {
      await new Promise((r) => setTimeout(r, 2 + Math.random() * 4 * 2 ** Math.min(attempt, 5)));
      continue;
    }
    return { ok: false, reasons: own };
  }
}

async function send(db: DynamoDBDocumentClient, items: TransactItem[]): Promise<TransactResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      await db.send(new TransactWriteCommand({ TransactItems: items }));
      return { ok: true };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (!reasons) throw error;
      const conflictOnly = reasons.includes('TransactionConflict') && !reasons.includes('ConditionalCheckFailed');
      if (conflictOnly && attempt < CONFLICT_RETRIES) {
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * 2 ** attempt));
        continue;
      }
      return { ok: false, reasons };
    }
  }
}

function cancellationReasons(error: unknown): string[] | null {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return null;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((r) => r.Code ?? 'None');
}

/** True for a single-item write whose condition did not hold. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Returned by an attempt whose optimistic write lost to a concurrent change of the same item. */
export const STALE = Symbol('stale');

const STALE_ATTEMPTS = 5;

/**
 * Re-runs `attempt` (which re-reads what it changes) while it loses races; CONFLICT with `message` after a
 * few tries.
 */
export async function retryWhileStale<T>(
  attempt: () => Promise<T | typeof STALE>,
  message = 'It changed while it was being updated; try again.',
): Promise<T> {
  for (let i = 0; i < STALE_ATTEMPTS; i++) {
    const result = await attempt();
    if (result !== STALE) return result;
  }
  throw conflict(message);
}
