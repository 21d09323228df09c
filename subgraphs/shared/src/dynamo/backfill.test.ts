import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { ManualClock } from '../clock.ts';
import { createLogger } from '../logger.ts';
import { type Backfill, runBackfill } from './backfill.ts';
import { isConditionFailure } from './transactions.ts';
import { ensureTable, tableName } from './tables.ts';

const db = testDb();
const table = tableName(testTablePrefix('backfill'), 'shared');
const deps = { db, table, clock: new ManualClock('2026-12-01T10:00:00.000Z'), logger: createLogger('backfill-test', 'silent') };
const ITEMS = 12;

/** Marks old items `fixed_<name>` (conditionally); counts its calls and the writes it made. */
function marking(name: string, onFix?: (n: number) => void): Backfill & { writes: number; calls: number } {
  const backfill = {
    name,
    writes: 0,
    calls: 0,
    // Every old item, fixed or not: the fix's condition keeps it idempotent, and `calls` shows where a run began.
    filter: { expression: 'begins_with(pk, :old)', values: { ':old': 'OLD#' } },
    async fix(item: Record<string, unknown>) {
      backfill.calls++;
      try {
        await db.send(new UpdateCommand({ TableName: table, Key: { pk: item.pk, sk: item.sk }, UpdateExpression: 'SET #f = :t', ConditionExpression: 'attribute_not_exists(#f)', ExpressionAttributeNames: { '#f': `fixed_${name}` }, ExpressionAttributeValues: { ':t': true } }));
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
      backfill.writes++;
      onFix?.(backfill.writes);
      return true;
    },
  };
  return backfill;
}

beforeAll(async () => {
  await ensureTable(db, table);
  for (let i = 0; i < ITEMS; i++) await db.send(new PutCommand({ TableName: table, Item: { pk: `OLD#${i}`, sk: 'ITEM' } }));
});

describe('a start-up backfill', () => {
  it('fixes each item once when two processes run it at once', async () => {
    const [a, b] = [marking('racing'), marking('racing')];
    const runs = await Promise.all([runBackfill(deps, a, { pageSize: 3 }), runBackfill(deps, b, { pageSize: 5 })]);
    expect(runs[0].fixed + runs[1].fixed).toBe(ITEMS);
  });

  it('resumes where a stopped run saved its position, fixes each item once, and is skipped once done', async () => {
    const stop = new AbortController();
    const first = marking('resumable', (n) => n === 2 && stop.abort());
    const stopped = await runBackfill(deps, first, { pageSize: 4, signal: stop.signal });
    expect(stopped).toMatchObject({ skipped: false, done: false });
    const state = (await db.send(new GetCommand({ TableName: table, Key: { pk: 'BACKFILL#resumable', sk: 'STATE' } }))).Item!;
    expect(state).toMatchObject({ done: false, fixed: stopped.fixed });
    expect(state.position).toBeDefined();

    // The next start goes on from the saved page, not from the top: the rest only.
    const second = marking('resumable');
    const rest = await runBackfill(deps, second, { pageSize: 4 });
    expect(stopped.fixed + rest.fixed).toBe(ITEMS);
    expect(second.calls).toBe(ITEMS - first.calls);
    expect(second.writes).toBe(ITEMS - stopped.fixed);
    expect((await db.send(new GetCommand({ TableName: table, Key: { pk: 'BACKFILL#resumable', sk: 'STATE' } }))).Item).toMatchObject({ done: true, fixed: ITEMS });
    expect(await runBackfill(deps, marking('resumable'))).toEqual({ name: 'resumable', fixed: 0, skipped: true, done: true });
  });
});
