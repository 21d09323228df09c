import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Backfill, isConditionFailure } from '@marketplace/shared';
import { keys } from './keys.ts';

/**
 * The subscriptions-by-tier index (gsi2 `SOLUTION_SUBS#<solution>#<tier>`) for subscriptions written before it
 * existed: the entry is derived from the item's own fields, set only while missing (idempotent; the version is
 * left alone, since the record itself does not change).
 */
export function subscriptionsByTierBackfill(db: DynamoDBDocumentClient, table: string): Backfill {
  return {
    name: 'subscriptions-by-tier-index',
    filter: { expression: 'begins_with(pk, :sub) AND sk = :sk AND attribute_not_exists(gsi2pk)', values: { ':sub': 'SUB#', ':sk': 'SUB' } },
    async fix(item) {
      const index = keys.subscriptionOfSolution(String(item.solutionId), String(item.tier), String(item.createdAt), String(item.id));
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: 'SET gsi2pk = :pk, gsi2sk = :sk',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi2pk)',
            ExpressionAttributeValues: { ':pk': index.gsi2pk, ':sk': index.gsi2sk },
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

/** The billing table's start-up backfills, in order: the one list `main.ts` and `lambda.ts`'s `backfillHandler` run. */
export function startupBackfills(db: DynamoDBDocumentClient, table: string): Backfill[] {
  return [subscriptionsByTierBackfill(db, table)];
}
