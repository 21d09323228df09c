import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { type Clock, createReadCache } from '@marketplace/shared';
import { keys } from '../data/keys.ts';

/** Who a user is, as other packages address them (billing's receipts and invoices). */
export interface UserProfile {
  id: string;
  email: string;
  name: string;
}

export interface UserProfileReader {
  /** The user's email and name, or null for no such user. Cached up to `cacheMs`. */
  profile(userId: string): Promise<UserProfile | null>;
}

/** The read API for a user's contact details; an email change is seen within `cacheMs` (default 5 s). */
export function createUserProfileReader(
  deps: { db: DynamoDBDocumentClient; table: string; clock: Clock },
  options: { cacheMs?: number } = {},
): UserProfileReader {
  const cache = createReadCache<UserProfile | null>({ clock: deps.clock, ttlMs: options.cacheMs ?? 5000 });
  return {
    profile(userId) {
      return cache.get(userId, async () => {
        const out = await deps.db.send(
          new GetCommand({
            TableName: deps.table,
            Key: keys.user(userId),
            ProjectionExpression: '#email, #name',
            ExpressionAttributeNames: { '#email': 'email', '#name': 'name' },
            ConsistentRead: true,
          }),
        );
        const item = out.Item;
        return item && typeof item.email === 'string' ? { id: userId, email: item.email, name: String(item.name ?? '') } : null;
      });
    },
  };
}
