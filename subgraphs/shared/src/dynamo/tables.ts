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

/** A key attribute: its name and DynamoDB scalar type. */
export interface KeyAttribute {
  name: string;
  type: 'S' | 'N' | 'B';
}

/**
 * The one description of a subgraph table's shape: what `ensureTable` creates locally and what the CDK app
 * (infra/) declares on AWS. Change the table here and both follow.
 */
export interface TableDefinition {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  /** Every GSI projects all attributes. */
  globalSecondaryIndexes: { indexName: string; partitionKey: KeyAttribute; sortKey: KeyAttribute }[];
  timeToLiveAttribute: string;
  billing: 'PAY_PER_REQUEST';
}

const stringKey = (name: string): KeyAttribute => ({ name, type: 'S' });

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: stringKey('pk'),
  sortKey: stringKey('sk'),
  globalSecondaryIndexes: [GSI1, GSI2].map((indexName) => ({
    indexName,
    partitionKey: stringKey(`${indexName}pk`),
    sortKey: stringKey(`${indexName}sk`),
  })),
  timeToLiveAttribute: TTL_ATTRIBUTE,
  billing: 'PAY_PER_REQUEST',
};

/** A subgraph's own table as its package declares it (through its public face) for the CDK app. */
export interface SubgraphTable {
  /** The subgraph that owns the table; the deployed name is `<TABLE_PREFIX><subgraph>`. */
  subgraph: string;
  definition: TableDefinition;
  /** Another part of the platform reads the table's change stream (new and old images). */
  stream: boolean;
}

export function subgraphTable(subgraph: string, options: { stream?: boolean } = {}): SubgraphTable {
  return { subgraph, definition: TABLE_DEFINITION, stream: options.stream ?? false };
}

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
  const def = TABLE_DEFINITION;
  const keySchema = (partition: KeyAttribute, sort: KeyAttribute) => [
    { AttributeName: partition.name, KeyType: 'HASH' as const },
    { AttributeName: sort.name, KeyType: 'RANGE' as const },
  ];
  const attributes = [def.partitionKey, def.sortKey, ...def.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey])];
  try {
    await db.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: def.billing,
        AttributeDefinitions: attributes.map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
        KeySchema: keySchema(def.partitionKey, def.sortKey),
        GlobalSecondaryIndexes: def.globalSecondaryIndexes.map((g) => ({
          IndexName: g.indexName,
          KeySchema: keySchema(g.partitionKey, g.sortKey),
          Projection: { ProjectionType: 'ALL' as const },
        })),
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
      TimeToLiveSpecification: { AttributeName: def.timeToLiveAttribute, Enabled: true },
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
