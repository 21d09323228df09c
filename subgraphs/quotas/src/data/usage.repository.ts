import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Tier } from '@marketplace/contracts';
import { queryAll } from '@marketplace/shared';
import { keys } from './keys.ts';

/** One day's sums of a rollup, as `UsageRecorder` writes them. */
export interface DailyRollup {
  /** `yyyy-mm-dd` (UTC). */
  day: string;
  allowed: number;
  denied: number;
  units: number;
  overage: number;
}

export interface TierDailyRollup extends DailyRollup {
  tier: Tier;
}

/** One day's decisions of a solution at one tier, verdict code and endpoint (`-`: none applied or named). */
export interface CallsDailyRollup extends DailyRollup {
  tier: Tier | '-';
  code: string;
  endpoint: string;
}

/**
 * Reads the daily usage rollups (access patterns 4, 5 and 6b of `keys.ts`); `UsageRecorder` owns writing them.
 * Reads are eventually consistent: rollups already trail the shim by a flush interval, and an eventually
 * consistent read adds well under a second to that.
 */
export class UsageRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** A user's days on a solution from `from` to `to` (inclusive), oldest first; days without usage are absent. */
  async userDaily(userId: string, solutionId: string, from: string, to: string): Promise<DailyRollup[]> {
    const first = keys.userUsage(userId, solutionId, from);
    const items = await this.between(first.pk, first.sk, keys.userUsage(userId, solutionId, to).sk);
    return items.map((item) => ({ day: String(item.sk).slice(1, 11), ...sums(item) }));
  }

  /** A solution's days by tier from `from` to `to` (inclusive), by day; days without usage are absent. */
  async solutionDaily(solutionId: string, from: string, to: string): Promise<TierDailyRollup[]> {
    const { pk, sk: low } = keys.solutionUsage(solutionId, from, '');
    // `~` sorts after every tier name, so the upper bound takes in each tier of the last day.
    const high = `${keys.solutionUsage(solutionId, to, '').sk}~`;
    const items = await this.between(pk, low, high);
    return items.map((item) => {
      const [day, tier] = String(item.sk).slice(1).split('#') as [string, Tier];
      return { day, tier, ...sums(item) };
    });
  }

  /** A solution's decisions by day, tier, verdict code and endpoint from `from` to `to` (inclusive), by day. */
  async solutionCalls(solutionId: string, from: string, to: string): Promise<CallsDailyRollup[]> {
    const { pk } = keys.callsUsage(solutionId, from, '', '', '');
    const items = await this.between(pk, `D${from}`, `D${to}~`);
    return items.map((item) => ({
      day: String(item.day),
      tier: String(item.tier) as CallsDailyRollup['tier'],
      code: String(item.code),
      endpoint: String(item.endpoint),
      ...sums(item),
    }));
  }

  private between(pk: string, low: string, high: string): Promise<Record<string, unknown>[]> {
    return queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
      ExpressionAttributeValues: { ':pk': pk, ':low': low, ':high': high },
    });
  }
}

function sums(item: Record<string, unknown>): Omit<DailyRollup, 'day'> {
  return {
    allowed: Number(item.allowed ?? 0),
    denied: Number(item.denied ?? 0),
    units: Number(item.units ?? 0),
    overage: Number(item.overage ?? 0),
  };
}
