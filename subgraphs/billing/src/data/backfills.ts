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

/**
 * The notices-by-solution index (gsi1 `SOLUTION_NOTICES#<solution>`, a price-change preview's one query) for notices
 * written before it existed: derived from the item's own fields (a notice from before changes had ids is named by
 * its price, as `toNotice` reads it), set only while missing.
 */
export function priceNoticesBySolutionBackfill(db: DynamoDBDocumentClient, table: string): Backfill {
  return {
    name: 'price-notices-by-solution-index',
    filter: { expression: 'begins_with(pk, :notice) AND attribute_not_exists(gsi1pk)', values: { ':notice': 'PRICENOTICE#' } },
    async fix(item) {
      const changeId = item.changeId == null ? `price:${String(item.newPricePaise)}` : String(item.changeId);
      const index = keys.priceNoticeOfSolution(String(item.solutionId), String(item.subscriptionId), changeId);
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi1pk)',
            ExpressionAttributeValues: { ':pk': index.gsi1pk, ':sk': index.gsi1sk },
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
  return [subscriptionsByTierBackfill(db, table), priceNoticesBySolutionBackfill(db, table)];
}
