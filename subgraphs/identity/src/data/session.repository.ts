import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, queryAll, type TransactItem, ttlAt } from '@marketplace/shared';
import { keys } from './keys.ts';

/** A session is a refresh-token family: every token rotated from one login belongs to it. */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: string;
  lastRefreshedAt: string;
  /** When the newest refresh token of the family expires. */
  expiresAt: string;
  revokedAt?: string;
}

/** One refresh token, stored only as its SHA-256; spent (usedAt) when rotated. */
export interface RefreshTokenRecord {
  tokenHash: string;
  sessionId: string;
  userId: string;
  issuedAt: string;
  expiresAt: string;
  usedAt?: string;
}

/** Owns the session and refresh-token items. */
export class SessionRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getSession(userId: string, sessionId: string): Promise<SessionRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.session(userId, sessionId), ConsistentRead: true }),
    );
    return (out.Item as SessionRecord | undefined) ?? null;
  }

  /** Every session of a user, revoked or not. */
  async listSessions(userId: string): Promise<SessionRecord[]> {
    const { pk, skPrefix } = keys.sessionsOf(userId);
    return queryAll<SessionRecord>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
      ConsistentRead: true,
    });
  }

  async getRefreshToken(tokenHash: string): Promise<RefreshTokenRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.refreshToken(tokenHash), ConsistentRead: true }),
    );
    return (out.Item as RefreshTokenRecord | undefined) ?? null;
  }

  putSession(session: SessionRecord): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.session(session.userId, session.id), type: 'Session', ...session, ttl: ttlAt(new Date(session.expiresAt)) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  putRefreshToken(token: RefreshTokenRecord): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.refreshToken(token.tokenHash), type: 'RefreshToken', ...token, ttl: ttlAt(new Date(token.expiresAt)) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** Spends a refresh token; fails (ConditionalCheckFailed) when it was already spent. */
  spendRefreshToken(tokenHash: string, now: Date): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: keys.refreshToken(tokenHash),
        UpdateExpression: 'SET usedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt)',
        ExpressionAttributeValues: { ':now': now.toISOString() },
      },
    };
  }

  /** Moves a session's expiry to its newest token's; fails (ConditionalCheckFailed) when it was revoked. */
  extendActiveSession(userId: string, sessionId: string, now: Date, expiresAt: Date): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: keys.session(userId, sessionId),
        UpdateExpression: 'SET lastRefreshedAt = :now, expiresAt = :expiresAt, #ttl = :ttl',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
        ExpressionAttributeNames: { '#ttl': 'ttl' },
        ExpressionAttributeValues: {
          ':now': now.toISOString(),
          ':expiresAt': expiresAt.toISOString(),
          ':ttl': ttlAt(expiresAt),
        },
      },
    };
  }

  /** Revokes one session (idempotent; the first revocation time is kept). */
  async revoke(userId: string, sessionId: string, now: Date): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.session(userId, sessionId),
          UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :now)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':now': now.toISOString() },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // No such session (expired away or never existed): nothing to revoke.
    }
  }

  /** Revokes every live session of a user except `keepSessionId`; returns how many it revoked. */
  async revokeAll(userId: string, now: Date, keepSessionId?: string): Promise<number> {
    const live = (await this.listSessions(userId)).filter((s) => !s.revokedAt && s.id !== keepSessionId);
    await Promise.all(live.map((s) => this.revoke(userId, s.id, now)));
    return live.length;
  }

  /** Deletes every session item of a user (account erasure); their refresh tokens then refresh nothing. */
  async deleteAll(userId: string): Promise<void> {
    for (const session of await this.listSessions(userId)) {
      await this.db.send(new DeleteCommand({ TableName: this.table, Key: keys.session(userId, session.id) }));
    }
  }
}
