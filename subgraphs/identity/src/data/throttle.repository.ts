import { ttlAt } from '@marketplace/shared';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './keys.ts';
import { isConditionFailure } from '@marketplace/shared';

export type ReserveResult = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Fixed-window attempt counters (window starts at the first attempt). Every attempt reserves a slot with one
 * conditional UpdateItem before any password is checked, so concurrent attempts can never exceed the limit.
 */
export class ThrottleRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async reserve(throttleKey: string, now: Date, limit: number, windowMs: number): Promise<ReserveResult> {
    const key = keys.loginThrottle(throttleKey);
    const windowOpenedAfter = new Date(now.getTime() - windowMs).toISOString();
    for (let round = 0; round < 5; round++) {
      try {
        // An open window with room left: take a slot.
        await this.db.send(
          new UpdateCommand({
            TableName: this.table,
            Key: key,
            UpdateExpression: 'ADD #count :one',
            ConditionExpression: 'attribute_exists(pk) AND windowStart > :cutoff AND #count < :limit',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: { ':one': 1, ':cutoff': windowOpenedAfter, ':limit': limit },
          }),
        );
        return { allowed: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      const current = await this.db.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
      const windowStart = current.Item?.windowStart as string | undefined;
      if (windowStart && windowStart > windowOpenedAfter) {
        if (Number(current.Item?.count ?? 0) >= limit) {
          return { allowed: false, retryAt: new Date(new Date(windowStart).getTime() + windowMs) };
        }
        continue; // Room appeared (cleared concurrently) or a race: take a slot again.
      }
      try {
        // No window, or an old one: open a new window with this attempt as its first.
        await this.db.send(
          new PutCommand({
            TableName: this.table,
            Item: { ...key, type: 'LoginThrottle', count: 1, windowStart: now.toISOString(), ttl: ttlAt(new Date(now.getTime() + windowMs)) },
            ConditionExpression: 'attribute_not_exists(pk) OR windowStart <= :cutoff',
            ExpressionAttributeValues: { ':cutoff': windowOpenedAfter },
          }),
        );
        return { allowed: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new Error('login throttle: too much contention on one key');
  }

  async clear(throttleKey: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.table, Key: keys.loginThrottle(throttleKey) }));
  }
}
