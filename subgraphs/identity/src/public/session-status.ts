import { type Clock, createReadCache, type Role } from '@marketplace/shared';
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../data/keys.ts';

export interface SessionStatus {
  /** The session exists, is not revoked or expired, and its user is not suspended. */
  active: boolean;
  /** The user's roles now (a role granted or taken after the access token was issued shows here). */
  roles: Role[];
}

export interface SessionChecker {
  /** True while the session exists, is not revoked, and its user is not suspended. */
  isActive(sessionId: string, userId: string): Promise<boolean>;
  /** Whether the session is active, and the user's current roles. */
  status(sessionId: string, userId: string): Promise<SessionStatus>;
}

/**
 * The read API the gateway calls on every authenticated request. Answers are cached per session for
 * `cacheMs` (default 5 s) of the injected clock, which bounds how long a logout or suspension takes to bite.
 */
export function createSessionChecker(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock },
  options: { cacheMs?: number } = {},
): SessionChecker {
  const cache = createReadCache<SessionStatus>({ clock: deps.clock, ttlMs: options.cacheMs ?? 5000 });
  const ended: SessionStatus = { active: false, roles: [] };

  async function lookup(sessionId: string, userId: string): Promise<SessionStatus> {
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
          ProjectionExpression: '#status, #roles',
          ExpressionAttributeNames: { '#status': 'status', '#roles': 'roles' },
          ConsistentRead: true,
        }),
      ),
    ]);
    if (!session.Item || session.Item.revokedAt) return ended;
    if (typeof session.Item.expiresAt === 'string' && session.Item.expiresAt <= deps.clock.now().toISOString()) return ended;
    if (user.Item?.status !== 'active') return ended;
    return { active: true, roles: (user.Item.roles as Role[] | undefined) ?? [] };
  }

  const status = (sessionId: string, userId: string) => cache.get(`${userId} ${sessionId}`, () => lookup(sessionId, userId));
  return {
    status,
    async isActive(sessionId, userId) {
      return (await status(sessionId, userId)).active;
    },
  };
}
