import type { Tier } from '@marketplace/contracts';
import { signedIn } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { QuotasContext } from '../context.ts';
import { TierEnum } from '../entities/enums.ts';
import { SolutionUsageArgs } from '../entities/quota.inputs.ts';
import { DailyUsage, SolutionUsage, TierDailyUsage, toDailyUsage, toSolutionUsage, toTierDailyUsage } from '../entities/solution-usage.entity.ts';
import { DEFAULT_DAILY_DAYS } from '../services/usage.service.ts';

/** What users see of their quotas, and partners of their solutions' usage. */
@Resolver(() => SolutionUsage)
export class UsageResolver {
  @Query(() => SolutionUsage, { description: 'Signed in: your tier, quota and window on a solution. NOT_FOUND for an unknown solution.' })
  @Authorized()
  async myUsage(@Arg('solutionId', () => ID) solutionId: string, @Ctx() context: QuotasContext): Promise<SolutionUsage> {
    return toSolutionUsage(await context.usage.myUsage(signedIn(context.caller), solutionId));
  }

  @Query(() => TierEnum, { description: 'Signed in: your tier on a solution (REGISTERED unless an admin granted more).' })
  @Authorized()
  async myTier(@Arg('solutionId', () => ID) solutionId: string, @Ctx() context: QuotasContext): Promise<Tier> {
    return context.usage.myTier(signedIn(context.caller), solutionId);
  }

  @Query(() => [TierDailyUsage], {
    description:
      "The solution's partner and admins (anyone else: NOT_FOUND on solutionId, as an unknown id): calls by day and tier from `from` to `to` (yyyy-mm-dd, at most 366 days apart). Days without calls are omitted; anonymous callers are counted as ANONYMOUS, never identified.",
  })
  @Authorized()
  async solutionUsage(@Args(() => SolutionUsageArgs) { solutionId, from, to }: SolutionUsageArgs, @Ctx() context: QuotasContext): Promise<TierDailyUsage[]> {
    return (await context.usage.solutionUsage(signedIn(context.caller), solutionId, from, to)).map(toTierDailyUsage);
  }

  @FieldResolver(() => [DailyUsage], { description: 'The last `days` days (1 to 366) ending today (UTC), oldest first, days without calls as zeros.' })
  async daily(
    @Root() usage: SolutionUsage,
    @Arg('days', () => Int, { nullable: true, defaultValue: DEFAULT_DAILY_DAYS }) days: number | null,
    @Ctx() context: QuotasContext,
  ): Promise<DailyUsage[]> {
    return (await context.usage.daily(usage.userId, usage.solutionId, days ?? DEFAULT_DAILY_DAYS)).map(toDailyUsage);
  }
}
