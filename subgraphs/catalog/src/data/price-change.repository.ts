import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { GSI1, isConditionFailure, type TransactItem } from '@marketplace/shared';
import { keys, PENDING_PRICE_CHANGES } from './keys.ts';

/**
 * A saved new price of a paid tier of a solution that has been published: its current subscribers must be told
 * (billing's job reads the pending ones, makes one notice per subscriber, then settles the change here).
 */
export interface PriceChangeRecord {
  /** `<solutionId>#<tier>#<changedAt>`: names the change across packages. */
  id: string;
  solutionId: string;
  tier: 'pro' | 'enterprise';
  oldPricePaise: number;
  newPricePaise: number;
  changedAt: string;
  /** Who saved it. */
  actorId: string;
  /** The subscribers the partner's confirmed preview said would be told (null: saved before previews were sealed). */
  confirmedSubscribers: number | null;
  /** When billing had made its notices; null while pending. */
  settledAt: string | null;
}

/** Owns price-change items: written with the tier change itself, pending (in gsi1) until billing settles them. */
export class PriceChangeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The pending change, for the transaction that saves the new tiers. */
  put(change: Omit<PriceChangeRecord, 'id' | 'settledAt'>): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...keys.priceChange(change.solutionId, change.tier, change.changedAt), ...keys.pendingPriceChange(change.changedAt, change.solutionId, change.tier), type: 'PriceChange', ...change },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** Pending changes, oldest first (at most `limit`). */
  async pending(limit = 50): Promise<PriceChangeRecord[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': PENDING_PRICE_CHANGES },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((item) => ({
      id: `${item.solutionId as string}#${item.tier as string}#${item.changedAt as string}`,
      solutionId: item.solutionId as string,
      tier: item.tier as 'pro' | 'enterprise',
      oldPricePaise: Number(item.oldPricePaise),
      newPricePaise: Number(item.newPricePaise),
      changedAt: item.changedAt as string,
      actorId: item.actorId as string,
      confirmedSubscribers: typeof item.confirmedSubscribers === 'number' ? item.confirmedSubscribers : null,
      settledAt: null,
    }));
  }

  /** Takes a change out of the pending list; false when it was settled already. */
  async settle(change: Pick<PriceChangeRecord, 'solutionId' | 'tier' | 'changedAt'>, at: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.priceChange(change.solutionId, change.tier, change.changedAt),
          UpdateExpression: 'SET settledAt = :at REMOVE gsi1pk, gsi1sk',
          ConditionExpression: 'attribute_exists(gsi1pk)',
          ExpressionAttributeValues: { ':at': at.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
