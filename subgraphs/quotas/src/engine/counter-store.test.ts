import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ACCOUNT_COUNTER_MARGIN_DAYS, ANONYMOUS_COUNTER_MARGIN_DAYS } from '@marketplace/contracts';
import { DAY, ensureTable, tableName } from '@marketplace/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { CounterStore } from './counter-store.ts';

const db = testDb();
const table = tableName(testTablePrefix('counter-ttl'), 'quotas');
const store = new CounterStore(db, table);
beforeAll(() => ensureTable(db, table));

const ttlOf = async (key: { pk: string; sk: string }) => (await db.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item?.ttl as number;

describe('quota counter retention (what the privacy page promises)', () => {
  it(`drops an anonymous fingerprint's counter ${ANONYMOUS_COUNTER_MARGIN_DAYS} days after its window, an account's after ${ACCOUNT_COUNTER_MARGIN_DAYS}`, async () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const windowEnd = new Date(now.getTime() + 15 * DAY);
    const anonymous = { pk: 'COUNTER#sol_ttl#anon_abc', sk: 'anonymous#TRIAL' };
    const account = { pk: 'COUNTER#sol_ttl#usr_abc', sk: 'registered#TRIAL' };
    expect((await store.consume(anonymous, 1, 10, windowEnd, now)).ok).toBe(true);
    expect((await store.reserve(account, 1, 10, windowEnd, now)).ok).toBe(true);
    expect(await ttlOf(anonymous)).toBe((windowEnd.getTime() + ANONYMOUS_COUNTER_MARGIN_DAYS * DAY) / 1000);
    expect(await ttlOf(account)).toBe((windowEnd.getTime() + ACCOUNT_COUNTER_MARGIN_DAYS * DAY) / 1000);
  });
});
