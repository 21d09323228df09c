import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { transactWrite } from '../dynamo/transactions.ts';
import { ensureTable, tableName } from '../dynamo/tables.ts';
import { AuditLog } from './audit-log.ts';
import { auditLinkHash, CHAIN_HEAD_KEY, canonicalJson, GENESIS_HASH, readChainHead, verifyAuditChain } from './audit-chain.ts';
import { type AuditEventInput, auditEventPut, auditTargetPartition, EVENT_PREFIX, toAuditRecord } from './audit-record.ts';

const db = testDb();
const T0 = Date.parse('2026-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms);
const event = (n: number, over: Partial<AuditEventInput> = {}): AuditEventInput => ({
  stream: 'keys',
  actorId: 'usr_ada',
  action: 'key.create',
  targetType: 'ApiKey',
  targetId: `key_${n}`,
  userId: 'usr_ada',
  solutionId: 'sol_1',
  after: { status: 'ACTIVE', limits: { b: 2, a: [1, 'x'] } },
  ...over,
});

let table: string;
let log: AuditLog;
beforeEach(async () => {
  table = tableName(testTablePrefix('chain'), 'keys');
  log = new AuditLog(db, table, 'keys');
  await ensureTable(db, table);
});

const append = async (n: number, when = at(n)) => {
  const { items, record } = auditEventPut(table, event(n), when);
  expect(await transactWrite(db, items)).toEqual({ ok: true });
  return record;
};
const storedKey = async (eventId: string) => {
  const record = (await log.list({}, 100, null)).items.find((r) => r.id === eventId)!;
  return { pk: auditTargetPartition(record.targetId), sk: `${EVENT_PREFIX}${record.at}#${record.id}` };
};

describe('the hash chain of a stream', () => {
  it('links every append to the one before it, and the head to the last', async () => {
    const written = [await append(1), await append(2), await append(3)];
    const page = await db.send(new QueryCommand({
      TableName: table,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': 'AUDIT' },
      ScanIndexForward: true,
    }));
    const items = page.Items!;
    expect(items.map((i) => [i.id, i.seq])).toEqual(written.map((r, i) => [r.id, i + 1]));
    expect(items[0]!.prevHash).toBe(GENESIS_HASH);
    expect(items[1]!.prevHash).toBe(items[0]!.hash);
    expect(items[2]!.prevHash).toBe(items[1]!.hash);
    expect(await readChainHead(db, table)).toEqual({ seq: 3, hash: items[2]!.hash });
    expect(await verifyAuditChain(db, table, 'keys')).toEqual({ stream: 'keys', ok: true, checked: 3, unchained: 0, firstBreak: null });
  });

  it('serialises concurrent appends into one unbroken chain: no position lost or taken twice', async () => {
    const writers = Array.from({ length: 4 }, () => testDb()); // as from four processes
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, n) => transactWrite(writers[n % 4]!, auditEventPut(table, event(n), at(0)).items)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await readChainHead(db, table)).toMatchObject({ seq: 24 });
    expect(await verifyAuditChain(db, table, 'keys')).toMatchObject({ ok: true, checked: 24, firstBreak: null });
  });

  it('links several events of one transaction in order and moves the head once', async () => {
    await append(1);
    const items = [...auditEventPut(table, event(2), at(2)).items, ...auditEventPut(table, event(3), at(3)).items];
    expect(await transactWrite(db, items)).toEqual({ ok: true });
    expect(await readChainHead(db, table)).toMatchObject({ seq: 3 });
    expect(await verifyAuditChain(db, table, 'keys')).toMatchObject({ ok: true, checked: 3 });
  });

  it('a change whose own condition fails writes no event and leaves the head where it was', async () => {
    await append(1);
    const before = await readChainHead(db, table);
    const guard = { Put: { TableName: table, Item: { pk: 'GUARD', sk: 'GUARD' }, ConditionExpression: 'attribute_exists(pk)' } };
    expect(await transactWrite(db, [guard, ...auditEventPut(table, event(2), at(2)).items])).toEqual({
      ok: false,
      reasons: ['ConditionalCheckFailed', 'None'],
    });
    expect(await readChainHead(db, table)).toEqual(before);
    expect(await verifyAuditChain(db, table, 'keys')).toMatchObject({ ok: true, checked: 1 });
  });

  it('finds a record edited behind the platform’s back, and names the first broken link', async () => {
    const written = [await append(1), await append(2), await append(3), await append(4)];
    await db.send(
      new UpdateCommand({
        TableName: table,
        Key: await storedKey(written[1]!.id),
        UpdateExpression: 'SET #after = :after',
        ExpressionAttributeNames: { '#after': 'after' },
        ExpressionAttributeValues: { ':after': { status: 'REVOKED', limits: { b: 2, a: [1, 'x'] } } },
      }),
    );
    await db.send(
      new UpdateCommand({ TableName: table, Key: await storedKey(written[3]!.id), UpdateExpression: 'SET actorId = :a', ExpressionAttributeValues: { ':a': 'usr_eve' } }),
    );
    expect(await verifyAuditChain(db, table, 'keys')).toMatchObject({
      ok: false,
      firstBreak: { seq: 2, eventId: written[1]!.id, problem: 'HASH_MISMATCH' },
    });
  });

  it('finds an edit that recomputed the hash: the next event no longer follows it', async () => {
    const written = [await append(1), await append(2), await append(3)];
    const key = await storedKey(written[1]!.id);
    const stored = (await db.send(new GetCommand({ TableName: table, Key: key }))).Item!;
    const forged = { ...toAuditRecord('keys', stored), reason: 'nothing to see' };
    await db.send(
      new UpdateCommand({
        TableName: table,
        Key: key,
        UpdateExpression: 'SET reason = :r, #h = :h',
        ExpressionAttributeNames: { '#h': 'hash' },
        ExpressionAttributeValues: { ':r': forged.reason, ':h': auditLinkHash(forged, stored.seq as number, stored.prevHash as string) },
      }),
    );
    expect((await verifyAuditChain(db, table, 'keys')).firstBreak).toEqual({ seq: 3, eventId: written[2]!.id, problem: 'PREVIOUS_HASH_MISMATCH' });
  });

  it('finds a deleted event, a cut tail and an event slipped in without a link', async () => {
    const written = [await append(1), await append(2), await append(3)];
    await db.send(new DeleteCommand({ TableName: table, Key: await storedKey(written[2]!.id) }));
    expect((await verifyAuditChain(db, table, 'keys')).firstBreak).toEqual({ seq: 3, eventId: null, problem: 'MISSING_EVENT' });
    await db.send(new DeleteCommand({ TableName: table, Key: await storedKey(written[0]!.id) }));
    expect((await verifyAuditChain(db, table, 'keys')).firstBreak).toEqual({ seq: 1, eventId: written[1]!.id, problem: 'MISSING_EVENT' });

    const other = tableName(testTablePrefix('chain'), 'keys');
    await ensureTable(db, other);
    const first = auditEventPut(other, event(1), at(1));
    await transactWrite(db, first.items);
    const forged = auditEventPut(other, event(9), at(9)).items[0]!.Put!.Item!;
    await db.send(new PutCommand({ TableName: other, Item: forged }));
    expect((await verifyAuditChain(db, other, 'keys')).firstBreak).toEqual({ seq: 0, eventId: forged.id, problem: 'UNCHAINED_EVENT' });
  });

  it('counts events from before the chain began without failing on them', async () => {
    const legacy = auditEventPut(table, event(0), at(0)).items[0]!.Put!.Item!;
    await db.send(new PutCommand({ TableName: table, Item: legacy }));
    await append(1);
    expect(await verifyAuditChain(db, table, 'keys')).toMatchObject({ ok: true, checked: 1, unchained: 1 });
    await db.send(new DeleteCommand({ TableName: table, Key: CHAIN_HEAD_KEY }));
    expect((await verifyAuditChain(db, table, 'keys')).firstBreak).toMatchObject({ problem: 'HEAD_MISMATCH' });
  });

  it('hashes a canonical form: key order does not matter, values do', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });
});
