import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AccountStatus } from '@marketplace/contracts';
import { type Clock, createReadCache } from '@marketplace/shared';
import { keys } from '../data/keys.ts';

export interface UserStatusReader {
  /** The account's status, or null for no such user. Cached up to `cacheMs`. */
  status(userId: string): Promise<AccountStatus | null>;
}

/**
 * The read API the quota shim uses on its hot path to refuse keys of suspended accounts. A suspension is
 * seen by every process within `cacheMs` (default 5 s) of the injected clock.
 */
export function createUserStatusReader(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock },
  options: { cacheMs?: number } = {},
): UserStatusReader {
  const cache = createReadCache<AccountStatus | null>({ clock: deps.clock, ttlMs: options.cacheMs ?? 5000 });
  return {
    status(userId) {
      return cache.get(userId, async () => {
        const out = await deps.db.send(
          new GetCommand({
            TableName: deps.table,
            Key: keys.user(userId),
            ProjectionExpression: '#status',
            ExpressionAttributeNames: { '#status': 'status' },
          }),
        );
        const status = out.Item?.status;
        return status === 'active' || status === 'suspended' ? status : null;
      });
    },
  };
}
