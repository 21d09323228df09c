import type { Clock } from '@marketplace/shared';
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './data/keys.ts';

export interface SessionChecker {
  /** True while the session exists, is not revoked, and its user is not suspended. */
  isActive(sessionId: string, userId: string): Promise<boolean>;
}

/** Bound on cached sessions; beyond it the oldest entries go first. */
const MAX_ENTRIES = 10_000;

/**
 * The read API the gateway calls on every authenticated request. Answers are cached per session for
 * `cacheMs` (default 5 s) of the injected clock, which bounds how long a logout or suspension takes to bite.
 */
export function createSessionChecker(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock },
  options: { cacheMs?: number } = {},
): SessionChecker {
  const cacheMs = options.cacheMs ?? 5000;
  const cache = new Map<string, { at: number; active: Promise<boolean> }>();

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
      const key = `${userId} ${sessionId}`;
      const now = deps.clock.now().getTime();
      const hit = cache.get(key);
      if (hit && now - hit.at < cacheMs) return hit.active;
      cache.delete(key);
      const active = lookup(sessionId, userId);
      // A failed lookup is not an answer: forget it so the next request asks again.
      active.catch(() => {
        if (cache.get(key)?.active === active) cache.delete(key);
      });
      cache.set(key, { at: now, active });
      while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      return active;
    },
  };
}
