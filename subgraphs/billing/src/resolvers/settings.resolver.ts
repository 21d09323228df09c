import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { BillingConfig, CommissionSettings, SolutionCommission } from '../entities/commission.entity.ts';
import { BillingSeller, BillingSellerInput } from '../entities/seller.entity.ts';
import { solutionStub } from '../entities/solution.entity.ts';
import { signedIn } from '../services/access-rules.ts';
import type { CommissionView } from '../services/settings.service.ts';
import { checkSeller, type SellerSettings, sellerSettingsOf } from '../services/seller.ts';

function toCommission(view: CommissionView): CommissionSettings {
  return Object.assign(new CommissionSettings(), {
    defaultPercentBps: view.defaultBps,
    solutions: view.solutions.map((s) => Object.assign(new SolutionCommission(), { solution: solutionStub(s.solutionId), percentBps: s.feeBps })),
  });
}

function toSeller(settings: SellerSettings, placeholder: boolean): BillingSeller {
  return Object.assign(new BillingSeller(), { ...sellerSettingsOf(checkSeller(settings)), placeholder });
}

/** Billing's configuration: what the web app needs, and the admin's seller and commission settings. */
@Resolver()
export class SettingsResolver {
  @Query(() => BillingConfig)
  billingConfig(@Ctx() context: BillingContext): BillingConfig {
    const { razorpay } = context.billing.deps;
    return Object.assign(new BillingConfig(), { testMode: razorpay.testMode, keyId: razorpay.keyId });
  }

  @Query(() => CommissionSettings, { description: 'Admins.' })
  @Authorized('admin')
  async commissionSettings(@Ctx() context: BillingContext): Promise<CommissionSettings> {
    return toCommission(await context.billing.settings.commission());
  }

  @Mutation(() => CommissionSettings, {
    description:
      "Admins: the default platform fee, and/or one solution's own (solutionId with solutionPercentBps; solutionId alone clears it). Basis points 0 to 10000. Applies to payments from now on; audited.",
  })
  @Authorized('admin')
  async setCommission(
    @Arg('defaultPercentBps', () => Int, { nullable: true }) defaultPercentBps: number | null | undefined,
    @Arg('solutionId', () => ID, { nullable: true }) solutionId: string | null | undefined,
    @Arg('solutionPercentBps', () => Int, { nullable: true }) solutionPercentBps: number | null | undefined,
    @Ctx() context: BillingContext,
  ): Promise<CommissionSettings> {
    const view = await context.billing.settings.setCommission(signedIn(context.caller), { defaultBps: defaultPercentBps, solutionId, solutionBps: solutionPercentBps });
    return toCommission(view);
  }

  @Query(() => BillingSeller, { nullable: true, description: 'Admins: the seller on tax documents; null until set (outside test mode a placeholder stands in).' })
  @Authorized('admin')
  async billingSeller(@Ctx() context: BillingContext): Promise<BillingSeller | null> {
    const found = await context.billing.settings.seller();
    return found ? toSeller(found.settings, found.placeholder) : null;
  }

  @Mutation(() => BillingSeller, { description: 'Admins: sets the seller printed on tax documents from now on; refuses every field at fault at once (problems, each naming input.<field>); audited.' })
  @Authorized('admin')
  async updateBillingSeller(@Arg('input', () => BillingSellerInput) input: BillingSellerInput, @Ctx() context: BillingContext): Promise<BillingSeller> {
    return toSeller(await context.billing.settings.updateSeller(signedIn(context.caller), input), false);
  }
}
