import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Throws unless the table answers DescribeTable and is ACTIVE; drives /healthz. */
export async function checkTable(db: DynamoDBDocumentClient, table: string): Promise<void> {
  const out = await db.send(new DescribeTableCommand({ TableName: table }));
  if (out.Table?.TableStatus !== 'ACTIVE') throw new Error(`table ${table} is ${out.Table?.TableStatus ?? 'missing'}`);
}
