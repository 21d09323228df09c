import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { TierEnum } from '../entities/enums.ts';
import { TierPriceChange, toTierPriceChange } from '../entities/price-change.entity.ts';
import type { Tier } from '../services/billing-types.ts';

/** A paid tier's new price as its current subscribers get it: 30 days' notice by mail (billing's job sends it once the catalog saved the price). */
@Resolver(() => TierPriceChange)
export class PriceChangeResolver {
  @Query(() => TierPriceChange, {
    description: "Partners: who a new price of a paid tier reaches (subscribers, and reach: told now, once active again, if they resume, when they start) and from when, before saving it with setSolutionTiers (which records the notice due to each of them; they are emailed within minutes). NOT_FOUND (field solutionId) for another partner's solution, as for an id of none.",
  })
  @Authorized('partner', 'admin')
  async tierPriceChangePreview(
    @Arg('solutionId', () => ID) solutionId: string,
    @Arg('tier', () => TierEnum) tier: Tier,
    @Arg('newPricePaise', () => GraphQLSafeInt, { description: "Within the tier's platform bounds (platformTierSettings), as setSolutionTiers checks them; else BAD_USER_INPUT naming newPricePaise." }) newPricePaise: number,
    @Ctx() context: BillingContext,
  ): Promise<TierPriceChange> {
    return toTierPriceChange(await context.billing.priceChanges.preview(context.caller, solutionId, tier, newPricePaise));
  }
}
