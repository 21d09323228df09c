import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ACCOUNT_COUNTER_MARGIN_DAYS, ANONYMOUS_COUNTER_MARGIN_DAYS, days } from '@marketplace/contracts';
import { ttlAt } from '@marketplace/shared';

export interface CounterKey {
  pk: string;
  sk: string;
}

/** A counter as stored: `used` units were admitted; `claimed` adds the units processes hold reserved. */
export interface CounterState {
  used: number;
  claimed: number;
  windowStart: string;
  windowEnd: string;
}

export type ConsumeResult =
  | { ok: true; used: number; claimed: number; windowEnd: string }
  | { ok: false; reason: 'exhausted' | 'expired'; used: number; claimed: number; windowEnd: string };

/** How long a quota counter is kept after its window ends (dashboards, billing), then DynamoDB's TTL drops it. */
export const KEEP_AFTER_WINDOW_MS = days(ACCOUNT_COUNTER_MARGIN_DAYS);
/** An anonymous caller's counter (keyed by its fingerprint) goes sooner: the privacy page promises it. */
export const KEEP_ANONYMOUS_AFTER_WINDOW_MS = days(ANONYMOUS_COUNTER_MARGIN_DAYS);

/** How long after its window a counter is kept: anonymous subjects (`anon_…`) shorter than accounts. */
export function keepAfterWindowMs(key: CounterKey): number {
  return key.pk.includes('#anon_') ? KEEP_ANONYMOUS_AFTER_WINDOW_MS : KEEP_AFTER_WINDOW_MS;
}

/**
 * Owns the counter items. Each has two numbers:
 *  - `claimed`: the serialisation point. Units admitted plus units processes hold reserved (leases, rate
 *    tokens); a limit is enforced on it with one conditional UpdateItem, exact across any number of processes.
 *  - `used`: units actually admitted; what usage and billing read. Exact and soft-limit calls are written to it
 *    before they are answered; calls admitted from a lease reach it shortly after (see QuotaEngine).
 * A refused update writes nothing.
 */
export class CounterStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /**
   * Admits `units` (adds them to `claimed` and `used`) if the window is still open and, with a `limit`, `claimed`
   * stays within it. A counter that does not exist yet starts now and ends at `windowEnd`.
   */
  consume(key: CounterKey, units: number, limit: number | null, windowEnd: Date, now: Date): Promise<ConsumeResult> {
    return this.claim(key, units, limit, windowEnd, now, keepAfterWindowMs(key), units);
  }

  /**
   * Reserves `units` (adds them to `claimed` only) under the same conditions; `commit` or `release` settles them.
   * The same write records `admitted` units of earlier reservations in `used` (only if the reservation is made).
   */
  reserve(key: CounterKey, units: number, limit: number | null, windowEnd: Date, now: Date, keepMs = keepAfterWindowMs(key), admitted = 0): Promise<ConsumeResult> {
    return this.claim(key, units, limit, windowEnd, now, keepMs, admitted);
  }

  /** Records `units` of a reservation as admitted; returns `used` afterwards. Unconditional: they were claimed. */
  async commit(key: CounterKey, units: number): Promise<number> {
    const out = await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: key,
        UpdateExpression: 'ADD used :units',
        ConditionExpression: 'attribute_exists(claimed)',
        ExpressionAttributeValues: { ':units': units },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(out.Attributes?.used);
  }

  /**
   * Gives back reserved units that were not admitted, and records `admitted` ones in `used` in the same write.
   * Unconditional: they were claimed when reserved.
   */
  async release(key: CounterKey, units: number, admitted = 0): Promise<void> {
    if (units <= 0 && admitted <= 0) return;
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: key,
        UpdateExpression: admitted > 0 ? 'ADD claimed :minus, used :admitted' : 'ADD claimed :minus',
        ConditionExpression: 'attribute_exists(claimed)',
        ExpressionAttributeValues: { ':minus': -units, ...(admitted > 0 ? { ':admitted': admitted } : {}) },
      }),
    );
  }

  async read(key: CounterKey): Promise<CounterState | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    if (!out.Item) return null;
    return {
      used: Number(out.Item.used ?? 0),
      claimed: Number(out.Item.claimed ?? 0),
      windowStart: String(out.Item.windowStart),
      windowEnd: String(out.Item.windowEnd),
    };
  }

  private async claim(key: CounterKey, units: number, limit: number | null, windowEnd: Date, now: Date, keepMs: number, admitted: number): Promise<ConsumeResult> {
    const bounded = limit !== null;
    const sets = [
      'claimed = if_not_exists(claimed, :zero) + :units',
      ...(admitted > 0 ? ['used = if_not_exists(used, :zero) + :admitted'] : []),
      'windowStart = if_not_exists(windowStart, :now)',
      'windowEnd = if_not_exists(windowEnd, :end)',
      '#ttl = if_not_exists(#ttl, :ttl)',
    ];
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: bounded
            ? 'attribute_not_exists(windowEnd) OR (claimed <= :max AND windowEnd > :now)'
            : 'attribute_not_exists(windowEnd) OR windowEnd > :now',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: {
            ':zero': 0,
            ':units': units,
            ...(admitted > 0 ? { ':admitted': admitted } : {}),
            ':now': now.toISOString(),
            ':end': windowEnd.toISOString(),
            ':ttl': ttlAt(new Date(windowEnd.getTime() + keepMs)),
            ...(bounded ? { ':max': limit - units } : {}),
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      const attrs = out.Attributes ?? {};
      return { ok: true, used: Number(attrs.used ?? 0), claimed: Number(attrs.claimed), windowEnd: String(attrs.windowEnd) };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const old = error.Item ? unmarshall(error.Item) : {};
      const end = String(old.windowEnd ?? windowEnd.toISOString());
      return {
        ok: false,
        reason: end <= now.toISOString() ? 'expired' : 'exhausted',
        used: Number(old.used ?? 0),
        claimed: Number(old.claimed ?? 0),
        windowEnd: end,
      };
    }
  }
}
