import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { RevenueRow } from '../entities/revenue.entity.ts';
import { toRevenueRow } from '../entities/views.ts';

/** Revenue from the commission ledger: partners see their solutions, admins the platform. */
@Resolver(() => RevenueRow)
export class RevenueResolver {
  @Query(() => [RevenueRow], {
    description:
      'Partners: revenue of your solutions (or one) by solution and month, oldest first; NOT_FOUND (field solutionId) for another partner\'s solution, as for an id of none. Months are YYYY-MM (UTC), both ends included; default the last 12.',
  })
  @Authorized('partner', 'admin')
  async partnerRevenue(
    @Arg('solutionId', () => ID, { nullable: true }) solutionId: string | null | undefined,
    @Arg('from', () => String, { nullable: true }) from: string | null | undefined,
    @Arg('to', () => String, { nullable: true }) to: string | null | undefined,
    @Ctx() context: BillingContext,
  ): Promise<RevenueRow[]> {
    return (await context.billing.revenue.ofPartner(context.caller, solutionId ?? null, from, to)).map(toRevenueRow);
  }

  @Query(() => [RevenueRow], { description: 'Admins: revenue by partner, solution and month, oldest first (months as in partnerRevenue).' })
  @Authorized('admin')
  async platformRevenue(
    @Arg('from', () => String, { nullable: true }) from: string | null | undefined,
    @Arg('to', () => String, { nullable: true }) to: string | null | undefined,
    @Ctx() context: BillingContext,
  ): Promise<RevenueRow[]> {
    return (await context.billing.revenue.ofPlatform(from, to)).map(toRevenueRow);
  }
}
