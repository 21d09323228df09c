import { ConditionalCheckFailedException, CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from '../dynamodb-local.ts';
import { createThreadedDocumentClient } from './store-thread.ts';

describe('a document client whose calls run on a worker thread', () => {
  let dynamo: Awaited<ReturnType<typeof startDynamoDbLocal>>;
  let db: ReturnType<typeof createThreadedDocumentClient>;
  const TableName = 'store-thread-test';

  beforeAll(async () => {
    dynamo = await startDynamoDbLocal({ inMemory: true });
    db = createThreadedDocumentClient({ endpoint: dynamo.endpoint, region: 'us-east-1', timeouts: { requestTimeoutMs: 10_000 } });
    await db.send(
      new CreateTableCommand({
        TableName,
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  });
  afterAll(async () => {
    await db?.closeThread();
    await dynamo?.stop();
  });

  it('writes and reads items as the SDK would, sets and numbers included, many calls at once', async () => {
    await db.send(new PutCommand({ TableName, Item: { pk: 'a', sk: '1', n: 1, tags: new Set(['x', 'y']) } }));
    const { Item } = await db.send(new GetCommand({ TableName, Key: { pk: 'a', sk: '1' }, ConsistentRead: true }));
    expect(Item).toEqual({ pk: 'a', sk: '1', n: 1, tags: new Set(['x', 'y']) });
    await Promise.all(Array.from({ length: 20 }, () => db.send(new UpdateCommand({ TableName, Key: { pk: 'a', sk: '1' }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } }))));
    expect((await db.send(new GetCommand({ TableName, Key: { pk: 'a', sk: '1' }, ConsistentRead: true }))).Item?.n).toBe(21);
  });

  it("hands back the store's refusals as the SDK's own exceptions, with their fields", async () => {
    const refused = db.send(new UpdateCommand({ TableName, Key: { pk: 'a', sk: '1' }, UpdateExpression: 'SET n = :n', ConditionExpression: 'n = :z', ExpressionAttributeValues: { ':n': 0, ':z': 0 } }));
    await expect(refused).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    await expect(refused).rejects.toMatchObject({ name: 'ConditionalCheckFailedException', $metadata: { httpStatusCode: 400 } });
    const cancelled = db.send(new TransactWriteCommand({ TransactItems: [{ ConditionCheck: { TableName, Key: { pk: 'a', sk: '1' }, ConditionExpression: 'n = :z', ExpressionAttributeValues: { ':z': 0 } } }] }));
    await expect(cancelled).rejects.toMatchObject({ name: 'TransactionCanceledException', CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] });
    const badTable = db.send(new GetCommand({ TableName: 'no-such-table', Key: { pk: 'a', sk: '1' } }));
    await expect(badTable).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});
