import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, queryAll, type TransactItem, ttlAt } from '@marketplace/shared';
import { keys } from './keys.ts';

/** A provider account linked to a marketplace account: it signs that account in. */
export interface LinkedIdentityRecord {
  userId: string;
  providerId: string;
  /** The provider's stable user id (`sub`). */
  subject: string;
  /** What the provider said when the link was made, shown to the user beside the link. */
  email: string | null;
  username: string | null;
  linkedAt: string;
}

/** One sign-in (or link) started with a provider; spent when its callback arrives. No secret is stored. */
export interface SocialFlowRecord {
  stateHash: string;
  providerId: string;
  /** Set when a signed-in user started the flow to link the provider to their account. */
  linkUserId?: string;
  /** Where the web app goes after signing in (a path on the site). */
  next: string;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
}

/**
 * A provider account waiting to be linked to the existing account with its verified email, until the owner proves
 * control: `CONFIRM` tokens (handed to the browser) take the password, `EMAIL` tokens are mailed to the account.
 */
export interface PendingLinkRecord {
  tokenHash: string;
  kind: 'CONFIRM' | 'EMAIL';
  userId: string;
  providerId: string;
  subject: string;
  email: string;
  username: string | null;
  next: string;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
  /** CONFIRM tokens: when the emailed alternative was sent (once per token). */
  mailedAt?: string;
}

/** Owns the linked-identity, identity-claim, social-flow and pending-link items. */
export class SocialRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async listLinked(userId: string): Promise<LinkedIdentityRecord[]> {
    const { pk, skPrefix } = keys.linkedIdentitiesOf(userId);
    const items = await queryAll<LinkedIdentityRecord & Record<string, unknown>>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
      ConsistentRead: true,
    });
    return items.map(({ userId: u, providerId, subject, email, username, linkedAt }) => ({ userId: u, providerId, subject, email, username, linkedAt }));
  }

  /** The user a provider account is linked to, or null. */
  async linkedUserId(providerId: string, subject: string): Promise<string | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.identityClaim(providerId, subject), ConsistentRead: true }));
    return typeof out.Item?.userId === 'string' ? out.Item.userId : null;
  }

  /**
   * The writes of a link: the provider account's claim (item 0: fails when it is linked to anyone) and the user's
   * link (item 1: fails when the user already has a link to this provider).
   */
  putLink(link: LinkedIdentityRecord): TransactItem[] {
    return [
      {
        Put: {
          TableName: this.table,
          Item: { ...keys.identityClaim(link.providerId, link.subject), type: 'IdentityClaim', userId: link.userId, at: link.linkedAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.table,
          Item: { ...keys.linkedIdentity(link.userId, link.providerId), type: 'LinkedIdentity', ...link },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
  }

  /** The writes that remove a link; both fail unless it is still the user's. */
  deleteLink(link: LinkedIdentityRecord): TransactItem[] {
    return [
      {
        Delete: {
          TableName: this.table,
          Key: keys.identityClaim(link.providerId, link.subject),
          ConditionExpression: 'userId = :userId',
          ExpressionAttributeValues: { ':userId': link.userId },
        },
      },
      {
        Delete: {
          TableName: this.table,
          Key: keys.linkedIdentity(link.userId, link.providerId),
          ConditionExpression: 'attribute_exists(pk) AND subject = :subject',
          ExpressionAttributeValues: { ':subject': link.subject },
        },
      },
    ];
  }

  putFlow(flow: SocialFlowRecord): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.socialFlow(flow.stateHash), type: 'SocialFlow', ...flow, ttl: ttlAt(new Date(flow.expiresAt)) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** Spends a flow and returns it; null when it is unknown, already spent (a replayed callback) or expired. */
  async spendFlow(stateHash: string, now: Date): Promise<SocialFlowRecord | null> {
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.socialFlow(stateHash),
          UpdateExpression: 'SET usedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :now',
          ExpressionAttributeValues: { ':now': now.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const item = out.Attributes!;
      return {
        stateHash,
        providerId: item.providerId as string,
        ...(typeof item.linkUserId === 'string' ? { linkUserId: item.linkUserId } : {}),
        next: item.next as string,
        createdAt: item.createdAt as string,
        expiresAt: item.expiresAt as string,
        usedAt: item.usedAt as string,
      };
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  putPendingLink(link: PendingLinkRecord): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.pendingLink(link.tokenHash), type: 'PendingLink', ...link, ttl: ttlAt(new Date(link.expiresAt)) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** A pending link of `kind` that is unspent and unexpired, or null. */
  async getPendingLink(tokenHash: string, kind: PendingLinkRecord['kind'], now: Date): Promise<PendingLinkRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.pendingLink(tokenHash), ConsistentRead: true }));
    const item = out.Item as (PendingLinkRecord & Record<string, unknown>) | undefined;
    if (!item || item.kind !== kind || item.usedAt || item.expiresAt <= now.toISOString()) return null;
    const { pk: _pk, sk: _sk, type: _type, ttl: _ttl, ...record } = item;
    return record as PendingLinkRecord;
  }

  /** Spends a pending link; fails (ConditionalCheckFailed) unless it is of `kind`, unspent and unexpired. */
  spendPendingLink(tokenHash: string, kind: PendingLinkRecord['kind'], now: Date): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: keys.pendingLink(tokenHash),
        UpdateExpression: 'SET usedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND #kind = :kind AND attribute_not_exists(usedAt) AND expiresAt > :now',
        ExpressionAttributeNames: { '#kind': 'kind' },
        ExpressionAttributeValues: { ':now': now.toISOString(), ':kind': kind },
      },
    };
  }

  /** Marks that a CONFIRM token's emailed alternative went out; false when it already had (one mail per token). */
  async markMailed(tokenHash: string, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.pendingLink(tokenHash),
          UpdateExpression: 'SET mailedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(mailedAt) AND attribute_not_exists(usedAt)',
          ExpressionAttributeValues: { ':now': now.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
