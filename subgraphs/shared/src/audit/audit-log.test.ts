import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { transactWrite } from '../dynamo/transactions.ts';
import { ensureTable, tableName } from '../dynamo/tables.ts';
import { InputError } from '../errors.ts';
import { AuditLog } from './audit-log.ts';
import { type AuditEventInput, auditEventPut } from './audit-record.ts';

const db = testDb();
const table = tableName(testTablePrefix('audit'), 'keys');
const log = new AuditLog(db, table, 'keys');
const T0 = Date.parse('2026-03-01T09:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const event = (over: Partial<AuditEventInput> = {}): AuditEventInput => ({
  stream: 'keys',
  actorId: 'usr_ada',
  action: 'key.create',
  targetType: 'ApiKey',
  targetId: 'key_1',
  userId: 'usr_ada',
  solutionId: 'sol_1',
  after: { status: 'ACTIVE' },
  ...over,
});
const write = async (input: AuditEventInput, when: Date) => {
  const { items, record } = auditEventPut(table, input, when);
  expect(await transactWrite(db, items)).toEqual({ ok: true });
  return record;
};
const ids = (records: { id: string }[]) => records.map((r) => r.id);

let written: Awaited<ReturnType<typeof write>>[];
beforeAll(async () => {
  await ensureTable(db, table);
  // key_1 by Ada at 0 s, 10 s, 20 s; key_2 by Bob at 5 s, 15 s; one by the platform at 25 s.
  written = [];
  written.push(await write(event(), at(0)));
  written.push(await write(event({ actorId: 'usr_bob', targetId: 'key_2', userId: 'usr_bob' }), at(5)));
  written.push(await write(event({ action: 'key.rotate' }), at(10)));
  written.push(await write(event({ actorId: 'usr_bob', targetId: 'key_2', userId: 'usr_bob', action: 'key.revoke' }), at(15)));
  written.push(await write(event({ action: 'key.revoke', reason: 'Leaked' }), at(20)));
  written.push(await write(event({ actorId: null, action: 'key.expire' }), at(25)));
});

describe('the audit writer', () => {
  it('commits with the change it records, and a failed change leaves no event', async () => {
    const guard = { Put: { TableName: table, Item: { pk: 'GUARD', sk: 'GUARD' }, ConditionExpression: 'attribute_not_exists(pk)' } };
    await db.send(new PutCommand({ TableName: table, Item: { pk: 'GUARD', sk: 'GUARD' } }));
    const { items, record } = auditEventPut(table, event({ targetId: 'key_lost', action: 'key.revoke' }), at(30));
    const result = await transactWrite(db, [guard, ...items]);
    expect(result).toEqual({ ok: false, reasons: ['ConditionalCheckFailed', 'None'] });
    expect(await log.ofTarget('key_lost')).toEqual([]);
    expect(ids((await log.list({}, 100, null)).items)).not.toContain(record.id);
  });

  it('never overwrites an event', async () => {
    const [first] = written;
    const again = auditEventPut(table, event(), at(0));
    again.items[0]!.Put!.Item = { ...again.items[0]!.Put!.Item, pk: `AUDIT#key_1`, sk: `EVENT#${first!.at}#${first!.id}`, id: first!.id };
    expect(await transactWrite(db, again.items)).toEqual({ ok: false, reasons: ['ConditionalCheckFailed'] });
  });
});

describe('the audit reader', () => {
  it('reads the whole stream newest first, with every field of the record', async () => {
    const page = await log.list({}, 100, null);
    expect(ids(page.items)).toEqual(ids([...written].reverse()));
    expect(page.items.at(-1)).toEqual({
      id: written[0]!.id,
      stream: 'keys',
      at: '2026-03-01T09:00:00.000Z',
      actorId: 'usr_ada',
      action: 'key.create',
      targetType: 'ApiKey',
      targetId: 'key_1',
      userId: 'usr_ada',
      solutionId: 'sol_1',
      before: null,
      after: { status: 'ACTIVE' },
      reason: null,
    });
  });

  it('keeps [from, to) on each access path: the stream, an actor, a target', async () => {
    const range = { from: at(5), to: at(20) };
    expect(ids((await log.list(range, 100, null)).items)).toEqual(ids([written[3]!, written[2]!, written[1]!]));
    expect(ids((await log.list({ ...range, actorId: 'usr_ada' }, 100, null)).items)).toEqual([written[2]!.id]);
    expect(ids((await log.list({ ...range, targetId: 'key_2' }, 100, null)).items)).toEqual(ids([written[3]!, written[1]!]));
    expect(ids((await log.list({ from: at(20) }, 100, null)).items)).toEqual(ids([written[5]!, written[4]!]));
    expect(ids((await log.list({ to: at(5) }, 100, null)).items)).toEqual([written[0]!.id]);
    expect(ids((await log.list({ to: at(5), targetId: 'key_1' }, 100, null)).items)).toEqual([written[0]!.id]);
  });

  it('combines filters and pages through them with cursors', async () => {
    const filter = { targetId: 'key_1', actorId: 'usr_ada', action: 'key.revoke' };
    expect(ids((await log.list(filter, 10, null)).items)).toEqual([written[4]!.id]);
    const platform = await log.list({ action: 'key.expire' }, 10, null);
    expect(platform.items).toMatchObject([{ actorId: null }]);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await log.list({ actorId: 'usr_ada' }, 1, after);
      seen.push(...ids(page.items));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(ids([written[4]!, written[2]!, written[0]!]));
  });

  it("finds the events that concern a user (a key's owner), whoever acted, and pages through them", async () => {
    expect(ids((await log.list({ userId: 'usr_bob' }, 10, null)).items)).toEqual(ids([written[3]!, written[1]!]));
    expect(ids((await log.list({ userId: 'usr_ada', actorId: null, from: at(20) }, 10, null)).items)).toEqual(ids([written[5]!, written[4]!]));
    const first = await log.list({ userId: 'usr_bob' }, 1, null);
    expect(ids(first.items)).toEqual([written[3]!.id]);
    const second = await log.list({ userId: 'usr_bob' }, 1, first.endCursor);
    expect(ids(second.items)).toEqual([written[1]!.id]);
    expect((await log.list({ userId: 'usr_nobody' }, 10, null)).items).toEqual([]);
  });

  it('refuses a page size outside 1–100 and an empty time range, naming the field', async () => {
    for (const first of [0, 101, 1.5]) {
      await expect(log.list({}, first, null)).rejects.toMatchObject(new InputError('first', 'first must be between 1 and 100.'));
    }
    await expect(log.list({ from: at(10), to: at(10) }, 10, null)).rejects.toMatchObject({ field: 'filter.to' });
  });

  it('reads items of earlier layouts: no stream or related ids, and no index entries (still found by target)', async () => {
    // As the quotas subgraph wrote grant events before the shared layout: no gsi keys, no stream.
    await db.send(
      new PutCommand({
        TableName: table,
        Item: {
          pk: 'AUDIT#usr_old#sol_old',
          sk: 'EVENT#2026-01-01T00:00:00.000Z#aud_old',
          type: 'AuditEvent',
          id: 'aud_old',
          at: '2026-01-01T00:00:00.000Z',
          actorId: 'usr_admin',
          action: 'tier.grant',
          targetType: 'TierGrant',
          targetId: 'usr_old#sol_old',
          after: { tier: 'PRO' },
        },
      }),
    );
    expect(await log.ofTarget('usr_old#sol_old')).toEqual([
      {
        id: 'aud_old',
        stream: 'keys',
        at: '2026-01-01T00:00:00.000Z',
        actorId: 'usr_admin',
        action: 'tier.grant',
        targetType: 'TierGrant',
        targetId: 'usr_old#sol_old',
        userId: null,
        solutionId: null,
        before: null,
        after: { tier: 'PRO' },
        reason: null,
      },
    ]);
    expect(ids(await log.ofTarget('key_1', 2))).toEqual(ids([written[5]!, written[4]!]));
  });
});
