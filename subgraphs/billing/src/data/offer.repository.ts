import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { GSI1, GSI2, type TransactItem } from '@marketplace/shared';
import type { OfferStatus } from '../services/billing-types.ts';
import { keys } from './keys.ts';
import { present, versionedPut } from './versioned.ts';

/** An admin's Enterprise terms for one customer on one solution. */
export interface OfferRecord {
  id: string;
  userId: string;
  solutionId: string;
  pricePaise: number;
  callAllowance: number;
  ratePerSecond: number;
  status: 'open' | 'accepted' | 'withdrawn';
  expiresAt: string;
  createdBy: string;
  createdAt: string;
  /** The subscription that accepted it. */
  subscriptionId: string | null;
  version: number;
}

/** The status as of `now`: an open offer past its expiry is expired. */
export function offerStatus(offer: OfferRecord, now: Date): OfferStatus {
  return offer.status === 'open' && offer.expiresAt <= now.toISOString() ? 'expired' : offer.status;
}

const toOffer = (item: Record<string, unknown>): OfferRecord => ({
  id: item.id as string,
  userId: item.userId as string,
  solutionId: item.solutionId as string,
  pricePaise: item.pricePaise as number,
  callAllowance: item.callAllowance as number,
  ratePerSecond: item.ratePerSecond as number,
  status: item.status as OfferRecord['status'],
  expiresAt: item.expiresAt as string,
  createdBy: item.createdBy as string,
  createdAt: item.createdAt as string,
  subscriptionId: (item.subscriptionId as string | undefined) ?? null,
  version: Number(item.version ?? 0),
});

/** Owns Enterprise offers. */
export class OfferRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<OfferRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.offer(id), ConsistentRead: true }));
    return out.Item ? toOffer(out.Item) : null;
  }

  put(next: OfferRecord): TransactItem {
    const { version, ...record } = next;
    return versionedPut(
      this.table,
      keys.offer(next.id),
      { type: 'EnterpriseOffer', ...keys.offerIndexes(next.userId, next.createdAt, next.id), ...present(record) },
      version,
    );
  }

  /** A customer's offers, newest first. */
  ofUser(userId: string): Promise<OfferRecord[]> {
    return this.query(GSI1, 'gsi1pk', keys.offerIndexes(userId, '', '').gsi1pk);
  }

  /** Every offer, newest first (admin-scale). */
  all(): Promise<OfferRecord[]> {
    return this.query(GSI2, 'gsi2pk', 'OFFERS');
  }

  private async query(index: string, attribute: string, value: string): Promise<OfferRecord[]> {
    const found: OfferRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: index,
          KeyConditionExpression: `${attribute} = :p`,
          ExpressionAttributeValues: { ':p': value },
          ScanIndexForward: false,
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...(out.Items ?? []).map(toOffer));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return found;
  }
}
