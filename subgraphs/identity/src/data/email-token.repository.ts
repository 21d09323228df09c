import { ttlAt } from '@marketplace/shared';
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './keys.ts';
import type { TransactItem } from '@marketplace/shared';

/** What an emailed link lets its holder do. */
export type EmailTokenKind = 'VERIFY' | 'RESET' | 'EMAIL_CHANGE' | 'ACCOUNT_DELETION';

/** A single-use token sent by email; stored only as its SHA-256. */
export interface EmailTokenRecord {
  tokenHash: string;
  kind: EmailTokenKind;
  userId: string;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
  /** EMAIL_CHANGE: the address the link confirms (normalised). */
  newEmail?: string;
}

/** Owns the verification and password-reset token items. */
export class EmailTokenRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(tokenHash: string): Promise<EmailTokenRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.emailToken(tokenHash), ConsistentRead: true }),
    );
    return (out.Item as EmailTokenRecord | undefined) ?? null;
  }

  putNew(token: EmailTokenRecord): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.emailToken(token.tokenHash), type: 'EmailToken', ...token, ttl: ttlAt(new Date(token.expiresAt)) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** Marks the token used; fails (ConditionalCheckFailed) unless it exists, is of `kind`, unused and unexpired. */
  spend(tokenHash: string, kind: EmailTokenKind, now: Date): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: keys.emailToken(tokenHash),
        UpdateExpression: 'SET usedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND #kind = :kind AND attribute_not_exists(usedAt) AND expiresAt > :now',
        ExpressionAttributeNames: { '#kind': 'kind' },
        ExpressionAttributeValues: { ':now': now.toISOString(), ':kind': kind },
      },
    };
  }
}
