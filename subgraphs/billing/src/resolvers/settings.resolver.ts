import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { BillingConfig, CommissionSettings } from '../entities/commission.entity.ts';
import { BillingSeller, BillingSellerInput } from '../entities/seller.entity.ts';
import { notImplemented } from './access.ts';

/** Billing's configuration: what the web app needs, and the admin's seller and commission settings. */
@Resolver()
export class SettingsResolver {
  @Query(() => BillingConfig)
  billingConfig(@Ctx() _context: BillingContext): BillingConfig {
    return notImplemented('billingConfig');
  }

  @Query(() => CommissionSettings, { description: 'Admins.' })
  @Authorized('admin')
  async commissionSettings(@Ctx() _context: BillingContext): Promise<CommissionSettings> {
    return notImplemented('commissionSettings');
  }

  @Mutation(() => CommissionSettings, {
    description:
      'Admins: the default platform fee, and/or one solution\'s own (solutionId with solutionPercentBps; solutionId alone clears it). Basis points 0 to 10000. Applies to payments from now on.',
  })
  @Authorized('admin')
  async setCommission(
    @Arg('defaultPercentBps', () => Int, { nullable: true }) _defaultPercentBps: number | null | undefined,
    @Arg('solutionId', () => ID, { nullable: true }) _solutionId: string | null | undefined,
    @Arg('solutionPercentBps', () => Int, { nullable: true }) _solutionPercentBps: number | null | undefined,
    @Ctx() _context: BillingContext,
  ): Promise<CommissionSettings> {
    return notImplemented('setCommission');
  }

  @Query(() => BillingSeller, { nullable: true, description: 'Admins: the seller on tax documents; null until set (outside test mode).' })
  @Authorized('admin')
  async billingSeller(@Ctx() _context: BillingContext): Promise<BillingSeller | null> {
    return notImplemented('billingSeller');
  }

  @Mutation(() => BillingSeller, { description: 'Admins: sets the seller printed on tax documents from now on.' })
  @Authorized('admin')
  async updateBillingSeller(@Arg('input', () => BillingSellerInput) _input: BillingSellerInput, @Ctx() _context: BillingContext): Promise<BillingSeller> {
    return notImplemented('updateBillingSeller');
  }
}
