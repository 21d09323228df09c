import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { TransactItem } from '@marketplace/shared';
import { DEFAULT_PLATFORM_TIER_SETTINGS, type PlatformTierSettings, type TierBounds } from '../services/tier-rules.ts';
import { keys } from './keys.ts';

/** Owns the one platform tier settings item; until an admin saves settings, the built-in defaults apply. */
export class PlatformRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async tierSettings(): Promise<PlatformTierSettings> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.platformTierSettings(), ConsistentRead: true }));
    if (!out.Item) return DEFAULT_PLATFORM_TIER_SETTINGS;
    return {
      tiers: out.Item.tiers as TierBounds[],
      version: out.Item.version as number,
      updatedAt: (out.Item.updatedAt as string | undefined) ?? null,
      updatedBy: (out.Item.updatedBy as string | undefined) ?? null,
    };
  }

  /** Writes new settings if nobody saved others since `current` was read (version 0: never saved). */
  putTierSettings(current: PlatformTierSettings, tiers: TierBounds[], actorId: string, now: Date): { item: TransactItem; after: PlatformTierSettings } {
    const after: PlatformTierSettings = { tiers, version: current.version + 1, updatedAt: now.toISOString(), updatedBy: actorId };
    return {
      after,
      item: {
        Put: {
          TableName: this.table,
          Item: { ...keys.platformTierSettings(), type: 'PlatformTierSettings', ...after },
          ConditionExpression: current.version === 0 ? 'attribute_not_exists(pk)' : '#version = :version',
          ...(current.version === 0
            ? {}
            : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': current.version } }),
        },
      },
    };
  }
}
