import { type Clock, createReadCache } from '@marketplace/shared';
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './data/keys.ts';

export interface SessionChecker {
  /** True while the session exists, is not revoked, and its user is not suspended. */
  isActive(sessionId: string, userId: string): Promise<boolean>;
}

/**
 * The read API the gateway calls on every authenticated request. Answers are cached per session for
 * `cacheMs` (default 5 s) of the injected clock, which bounds how long a logout or suspension takes to bite.
 */
export function createSessionChecker(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock },
  options: { cacheMs?: number } = {},
): SessionChecker {
  const cache = createReadCache<boolean>({ clock: deps.clock, ttlMs: options.cacheMs ?? 5000 });

  async function lookup(sessionId: string, userId: string): Promise<boolean> {
    const [session, user] = await Promise.all([
      deps.db.send(
        new GetCommand({
          TableName: deps.table,
          Key: keys.session(userId, sessionId),
          ProjectionExpression: 'revokedAt, expiresAt',
          ConsistentRead: true,
        }),
      ),
      deps.db.send(
        new GetCommand({
          TableName: deps.table,
          Key: keys.user(userId),
          ProjectionExpression: '#status',
          ExpressionAttributeNames: { '#status': 'status' },
          ConsistentRead: true,
        }),
      ),
    ]);
    if (!session.Item || session.Item.revokedAt) return false;
    if (typeof session.Item.expiresAt === 'string' && session.Item.expiresAt <= deps.clock.now().toISOString()) return false;
    return user.Item?.status === 'active';
  }

  return {
    isActive(sessionId, userId) {
      return cache.get(`${userId} ${sessionId}`, () => lookup(sessionId, userId));
    },
  };
}
