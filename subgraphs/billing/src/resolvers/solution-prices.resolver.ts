import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { PlanPrice, taxedPrice } from '../entities/money.entity.ts';
import { Solution } from '../entities/solution.entity.ts';
import { gstFor } from '../services/pricing.ts';
import { checkSeller } from '../services/seller.ts';

/** Adds `prices` to the catalog's Solution. */
@Resolver(() => Solution)
export class SolutionPricesResolver {
  @FieldResolver(() => [PlanPrice], { description: "The paid tiers that have a monthly price, with GST for the caller's billing profile; public." })
  async prices(@Root() solution: Solution, @Ctx() context: BillingContext): Promise<PlanPrice[]> {
    const { pricing, settings, profiles } = context.billing;
    const [prices, seller] = await Promise.all([pricing.prices(solution.id), settings.seller()]);
    if (!seller || prices.length === 0) return [];
    const state = checkSeller(seller.settings).state;
    const buyer = context.caller.userId ? await profiles.buyerOf(context.caller.userId).catch(() => null) : null;
    return prices.map((p) =>
      Object.assign(new PlanPrice(), {
        tier: p.tier,
        monthly: taxedPrice(gstFor(p.taxablePaise, state, buyer ?? { name: '-', email: '-' })),
        callAllowance: p.callAllowance,
        ratePerSecond: p.ratePerSecond,
      }),
    );
  }
}
