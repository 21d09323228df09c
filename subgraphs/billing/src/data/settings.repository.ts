import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { GSI2, type TransactItem } from '@marketplace/shared';
import { type BillingSettings, DEFAULT_BILLING_SETTINGS } from '../services/billing-settings.ts';
import type { SellerSettings } from '../services/seller.ts';
import { keys } from './keys.ts';

/**
 * Owns the billing settings item and the per-solution fee overrides. Writes come back as transaction items,
 * so a service can commit them together with their audit event.
 */
export class SettingsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(): Promise<BillingSettings> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.settings(), ConsistentRead: true }));
    if (!out.Item) return DEFAULT_BILLING_SETTINGS;
    return {
      seller: (out.Item.seller as SellerSettings | undefined) ?? null,
      platformFeeBps: out.Item.platformFeeBps as number,
      version: out.Item.version as number,
      updatedAt: (out.Item.updatedAt as string | undefined) ?? null,
      updatedBy: (out.Item.updatedBy as string | undefined) ?? null,
    };
  }

  /** New settings (checked by the caller), written only if nobody saved others since `current` was read. */
  put(current: BillingSettings, next: { seller: SellerSettings | null; platformFeeBps: number }, actorId: string, now: Date): { item: TransactItem; after: BillingSettings } {
    const after: BillingSettings = { ...next, version: current.version + 1, updatedAt: now.toISOString(), updatedBy: actorId };
    return {
      after,
      item: {
        Put: {
          TableName: this.table,
          Item: { ...keys.settings(), ...after },
          ConditionExpression: current.version === 0 ? 'attribute_not_exists(pk)' : '#version = :version',
          ...(current.version === 0
            ? {}
            : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': current.version } }),
        },
      },
    };
  }

  /** A solution's own fee in basis points, or null when it pays the platform default. */
  async feeOverride(solutionId: string): Promise<number | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.feeOverride(solutionId), ConsistentRead: true }));
    return typeof out.Item?.feeBps === 'number' ? out.Item.feeBps : null;
  }

  /** Sets (a number, checked by the caller) or clears (null) a solution's own fee. */
  putFeeOverride(solutionId: string, feeBps: number | null, actorId: string, now: Date): TransactItem {
    const key = keys.feeOverride(solutionId);
    if (feeBps === null) return { Delete: { TableName: this.table, Key: key } };
    return {
      Put: {
        TableName: this.table,
        Item: { ...key, ...keys.feeOverrides(), gsi2sk: solutionId, solutionId, feeBps, updatedAt: now.toISOString(), updatedBy: actorId },
      },
    };
  }

  /** Every solution's own fee, by solution id (admin-scale: set by hand). */
  async listFeeOverrides(): Promise<{ solutionId: string; feeBps: number }[]> {
    const found: { solutionId: string; feeBps: number }[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: GSI2,
          KeyConditionExpression: 'gsi2pk = :p',
          ExpressionAttributeValues: { ':p': keys.feeOverrides().gsi2pk },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) found.push({ solutionId: item.solutionId as string, feeBps: item.feeBps as number });
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return found;
  }
}
