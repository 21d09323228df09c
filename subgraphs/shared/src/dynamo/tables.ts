import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Every subgraph's table has the same generic shape (single-table design): `pk`/`sk`, two overloaded GSIs
 * (`gsi1pk`/`gsi1sk`, `gsi2pk`/`gsi2sk`) and a TTL attribute `ttl` (epoch seconds). What each key means is
 * written beside the subgraph's key builders.
 */
export const TTL_ATTRIBUTE = 'ttl';
export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';

export function tableName(prefix: string, subgraph: string): string {
  return `${prefix}${subgraph}`;
}

/** Table administration is slow on DynamoDB Local (seconds when several processes start at once): not the hot path. */
const ADMIN_CALL = { requestTimeout: 30_000 };

/** Creates the table if it is missing and waits until it is active; safe to call from every start. */
export async function ensureTable(db: DynamoDBDocumentClient, name: string): Promise<'created' | 'exists'> {
  try {
    await db.send(new DescribeTableCommand({ TableName: name }), ADMIN_CALL);
    return 'exists';
  } catch (e) {
    if (!(e instanceof ResourceNotFoundException)) throw e;
  }
  const gsi = (index: string) => ({
    IndexName: index,
    KeySchema: [
      { AttributeName: `${index}pk`, KeyType: 'HASH' as const },
      { AttributeName: `${index}sk`, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  try {
    await db.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'].map((a) => ({
          AttributeName: a,
          AttributeType: 'S' as const,
        })),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [gsi(GSI1), gsi(GSI2)],
      }),
      ADMIN_CALL,
    );
  } catch (e) {
    if (!(e instanceof ResourceInUseException)) throw e;
    // Created concurrently by another process: fall through and wait for it.
  }
  await waitUntilTableExists({ client: db, maxWaitTime: 60, minDelay: 1 }, { TableName: name });
  await db.send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    }),
    ADMIN_CALL,
  ).catch(() => {
    /* TTL already enabled */
  });
  return 'created';
}

/** Epoch seconds for the TTL attribute. */
export function ttlAt(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** Throws unless the table answers DescribeTable and is ACTIVE; drives a subgraph's /healthz. */
export async function checkTable(db: DynamoDBDocumentClient, name: string): Promise<void> {
  const out = await db.send(new DescribeTableCommand({ TableName: name }));
  if (out.Table?.TableStatus !== 'ACTIVE') throw new Error(`table ${name} is ${out.Table?.TableStatus ?? 'missing'}`);
}
