import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Backfill, isConditionFailure } from '@marketplace/shared';
import { KeyRepository } from './key.repository.ts';
import { solutionCustomersPartition } from './keys.ts';

/**
 * Pattern 8 for old data: active-key count items written before the customer list existed get their row
 * (gsi2 entry, user, solution, and `firstKeyAt` from the user's oldest key there). Conditional on the row still
 * missing, so it is idempotent and never overwrites a row a new key wrote.
 */
export function customerListBackfill(db: DynamoDBDocumentClient, table: string): Backfill {
  const keys = new KeyRepository(db, table);
  return {
    name: 'customer-list-index',
    filter: { expression: 'begins_with(sk, :count) AND attribute_not_exists(gsi2pk)', values: { ':count': 'ACTIVE_KEYS#' } },
    async fix(item) {
      const userId = String(item.pk).slice('USER#'.length);
      const solutionId = String(item.sk).slice('ACTIVE_KEYS#'.length);
      const first = (await keys.listOfUser(userId, solutionId)).map((k) => k.createdAt).sort()[0];
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: `SET #type = :type, userId = :userId, solutionId = :solutionId, gsi2pk = :g2pk, gsi2sk = :userId${first ? ', firstKeyAt = if_not_exists(firstKeyAt, :first)' : ''}`,
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi2pk)',
            ExpressionAttributeNames: { '#type': 'type' },
            ExpressionAttributeValues: { ':type': 'ActiveKeyCount', ':userId': userId, ':solutionId': solutionId, ':g2pk': solutionCustomersPartition(solutionId), ...(first ? { ':first': first } : {}) },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}

/** The keys table's start-up backfills, in order: the one list `main.ts` and `lambda.ts`'s `backfillHandler` run. */
export function startupBackfills(db: DynamoDBDocumentClient, table: string): Backfill[] {
  return [customerListBackfill(db, table)];
}
