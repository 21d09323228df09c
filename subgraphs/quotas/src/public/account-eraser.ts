import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '@marketplace/shared';

/**
 * The quotas package's part of an account erasure (identity runs it): the user's notices, their mail outbox
 * entries, email choices and trial warnings are deleted (nothing more is sent to the person). Counters and daily
 * usage stay: aggregates under the user id, which no longer leads to a person once identity has erased it.
 * Quotas holds no email, name or IP of a user. Idempotent.
 */
export function createQuotasAccountEraser(deps: { db: DynamoDBDocumentClient; table: string }) {
  return {
    name: 'quotas',
    async erase(userId: string): Promise<void> {
      const items = await queryAll<{ pk: string; sk: string }>(deps.db, {
        TableName: deps.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `NOTICE#${userId}` },
        ProjectionExpression: 'pk, sk',
        ConsistentRead: true,
      });
      for (const { pk, sk } of items) await deps.db.send(new DeleteCommand({ TableName: deps.table, Key: { pk, sk } }));
    },
  };
}
