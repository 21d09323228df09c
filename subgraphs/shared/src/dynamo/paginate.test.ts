import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { queryAll, scanAll } from './paginate.ts';
import { ensureTable, tableName } from './tables.ts';

const db = testDb();
const table = tableName(testTablePrefix('paging'), 'shared');
const sk = (i: number) => `ITEM#${String(i).padStart(3, '0')}`;

beforeAll(async () => {
  await ensureTable(db, table);
  for (let i = 0; i < 23; i++) await db.send(new PutCommand({ TableName: table, Item: { pk: 'P#one', sk: sk(i), n: i } }));
  await db.send(new PutCommand({ TableName: table, Item: { pk: 'P#other', sk: sk(0), n: -1 } }));
});

describe('queryAll', () => {
  it('follows LastEvaluatedKey to the end: every match once, in key order, across many pages', async () => {
    const items = await queryAll<{ sk: string; n: number }>(db, {
      TableName: table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'P#one' },
      Limit: 4,
    });
    expect(items.map((item) => item.n)).toEqual(Array.from({ length: 23 }, (_, i) => i));
  });

  it('keeps the key condition, and answers an empty partition with an empty list', async () => {
    const some = await queryAll(db, {
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
      ExpressionAttributeValues: { ':pk': 'P#one', ':low': sk(5), ':high': sk(9) },
      Limit: 2,
    });
    expect(some.map((item) => item.sk)).toEqual([5, 6, 7, 8, 9].map(sk));
    expect(await queryAll(db, { TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'P#none' } })).toEqual([]);
  });
});

describe('scanAll', () => {
  it('reads every item of the table across pages', async () => {
    expect(await scanAll(db, { TableName: table, Limit: 5, ConsistentRead: true })).toHaveLength(24);
  });
});
