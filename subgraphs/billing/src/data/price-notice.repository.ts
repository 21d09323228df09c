import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TransactItem } from '@marketplace/shared';
import { keys } from './keys.ts';
import { createOnly, present } from './versioned.ts';

/** A subscriber told that their tier's price changes: they keep `oldPricePaise` until `effectiveAt`. */
export interface PriceNotice {
  subscriptionId: string;
  solutionId: string;
  oldPricePaise: number;
  newPricePaise: number;
  noticedAt: string;
  effectiveAt: string;
  /** When the subscription took the new price; null until then. */
  appliedAt: string | null;
}

/** Owns price-change notices: one per subscriber and new price (a retried announcement writes nothing). */
export class PriceNoticeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The notice, written only if this subscriber has none for this price. */
  create(notice: PriceNotice): TransactItem {
    return createOnly(this.table, { ...keys.priceNotice(notice.subscriptionId, notice.newPricePaise), type: 'PriceNotice', ...present(notice) });
  }

  /** Marks a notice applied (an unconditional rewrite of the same item). */
  applied(notice: PriceNotice, at: string): TransactItem {
    return { Put: { TableName: this.table, Item: { ...keys.priceNotice(notice.subscriptionId, notice.newPricePaise), type: 'PriceNotice', ...present({ ...notice, appliedAt: at }) } } };
  }

  async ofSubscription(subscriptionId: string): Promise<PriceNotice[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': keys.priceNotice(subscriptionId, 0).pk },
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map((item) => ({
      subscriptionId: item.subscriptionId as string,
      solutionId: item.solutionId as string,
      oldPricePaise: Number(item.oldPricePaise),
      newPricePaise: Number(item.newPricePaise),
      noticedAt: item.noticedAt as string,
      effectiveAt: item.effectiveAt as string,
      appliedAt: (item.appliedAt as string | undefined) ?? null,
    }));
  }
}
