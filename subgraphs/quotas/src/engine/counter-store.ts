import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ttlAt } from '@marketplace/shared';

export interface CounterKey {
  pk: string;
  sk: string;
}

export type ConsumeResult =
  | { ok: true; used: number; windowEnd: string }
  | { ok: false; reason: 'exhausted' | 'expired'; used: number; windowEnd: string };

/** How long a counter is kept after its window ends (for dashboards), then DynamoDB's TTL drops it. */
const KEEP_AFTER_WINDOW_MS = 90 * 86_400_000;

/**
 * Owns the counter items: one conditional UpdateItem per consumption is the serialisation point that makes
 * quotas exact across any number of processes. A refused update writes nothing.
 */
export class CounterStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /**
   * Adds `units` to the counter if the window is still open and (with a `limit`) the total stays within it.
   * A counter that does not exist yet starts now and ends at `windowEnd`.
   */
  async consume(key: CounterKey, units: number, limit: number | null, windowEnd: Date, now: Date): Promise<ConsumeResult> {
    const bounded = limit !== null;
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression:
            'SET used = if_not_exists(used, :zero) + :units, windowStart = if_not_exists(windowStart, :now), windowEnd = if_not_exists(windowEnd, :end), #ttl = if_not_exists(#ttl, :ttl)',
          ConditionExpression: bounded
            ? 'attribute_not_exists(used) OR (used <= :max AND windowEnd > :now)'
            : 'attribute_not_exists(used) OR windowEnd > :now',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: {
            ':zero': 0,
            ':units': units,
            ':now': now.toISOString(),
            ':end': windowEnd.toISOString(),
            ':ttl': ttlAt(new Date(windowEnd.getTime() + KEEP_AFTER_WINDOW_MS)),
            ...(bounded ? { ':max': limit - units } : {}),
          },
          ReturnValues: 'UPDATED_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      const attrs = out.Attributes ?? {};
      return { ok: true, used: Number(attrs.used), windowEnd: String(attrs.windowEnd) };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const old = error.Item ? unmarshall(error.Item) : {};
      const end = String(old.windowEnd ?? windowEnd.toISOString());
      return { ok: false, reason: end <= now.toISOString() ? 'expired' : 'exhausted', used: Number(old.used ?? 0), windowEnd: end };
    }
  }

  /** Gives back units leased but not used. Unconditional: they were counted when leased. */
  async release(key: CounterKey, units: number): Promise<void> {
    if (units <= 0) return;
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: key,
        UpdateExpression: 'ADD used :minus',
        ConditionExpression: 'attribute_exists(used)',
        ExpressionAttributeValues: { ':minus': -units },
      }),
    );
  }

  async read(key: CounterKey): Promise<{ used: number; windowStart: string; windowEnd: string } | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    if (!out.Item) return null;
    return { used: Number(out.Item.used), windowStart: String(out.Item.windowStart), windowEnd: String(out.Item.windowEnd) };
  }
}
