import { type DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';

/**
 * A one-off pass over a table's old items (e.g. to give them an index entry items written today get), run at
 * start-up by the owning subgraph's process.
 *
 * Idempotent: `fix` must be a conditional write that does nothing to an item already fixed, so any number of
 * processes may run it at once and a finished backfill can run again. Resumable: after each page the scan's
 * position is saved (pk `BACKFILL#<name>`, sk `STATE`), so a process that dies resumes where the last saved page
 * ended; once the scan is through, the state says `done` and later starts skip it with one read.
 */
export interface Backfill {
  /** Unique within the table, e.g. `customer-list-index`. */
  name: string;
  /** Which items need the fix (a Scan filter; the items read are only those it lets through). */
  filter: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  /** Fixes one item; resolves true when it wrote (false: fixed meanwhile, by another process). */
  fix(item: Record<string, unknown>): Promise<boolean>;
}

export interface BackfillOutcome {
  name: string;
  /** Items written by this run. */
  fixed: number;
  /** True when it had finished before this run. */
  skipped: boolean;
  /** True when the backfill is through (by this run or an earlier one); false when `signal` stopped it first. */
  done: boolean;
}

/** Runs a backfill to its end (or until `signal` aborts: then the saved position is where the next run resumes). */
export async function runBackfill(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock; logger: Logger },
  backfill: Backfill,
  options: { pageSize?: number; signal?: AbortSignal } = {},
): Promise<BackfillOutcome> {
  const { db, table, clock, logger } = deps;
  const key = { pk: `BACKFILL#${backfill.name}`, sk: 'STATE' };
  const state = (await db.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item;
  if (state?.done === true) return { name: backfill.name, fixed: 0, skipped: true, done: true };
  let startKey = state?.position as Record<string, unknown> | undefined;
  let fixed = 0;
  const before = Number(state?.fixed ?? 0);
  do {
    if (options.signal?.aborted) return { name: backfill.name, fixed, skipped: false, done: false };
    const page = await db.send(
      new ScanCommand({
        TableName: table,
        FilterExpression: backfill.filter.expression,
        ExpressionAttributeNames: backfill.filter.names,
        ExpressionAttributeValues: backfill.filter.values,
        ExclusiveStartKey: startKey,
        Limit: options.pageSize ?? 500,
        ConsistentRead: true,
      }),
    );
    for (const item of page.Items ?? []) if (await backfill.fix(item)) fixed++;
    startKey = page.LastEvaluatedKey;
    await db.send(
      new PutCommand({
        TableName: table,
        Item: { ...key, type: 'Backfill', name: backfill.name, done: !startKey, fixed: before + fixed, updatedAt: clock.now().toISOString(), ...(startKey ? { position: startKey } : {}) },
      }),
    );
  } while (startKey);
  logger.info({ backfill: backfill.name, fixed }, 'backfill done');
  return { name: backfill.name, fixed, skipped: false, done: true };
}

/**
 * Runs a subgraph's start-up backfills in order (its one list, which both its process and its Lambda backfill
 * handler run), stopping at the first one `signal` cut short: its outcome is the last, with `done: false`.
 */
export async function runBackfills(
  deps: Parameters<typeof runBackfill>[0],
  backfills: Backfill[],
  options: { pageSize?: number; signal?: AbortSignal } = {},
): Promise<BackfillOutcome[]> {
  const outcomes: BackfillOutcome[] = [];
  for (const backfill of backfills) {
    const outcome = await runBackfill(deps, backfill, options);
    outcomes.push(outcome);
    if (!outcome.done) break;
  }
  return outcomes;
}
