import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { BillingProfile, BillingProfileInput } from '../entities/billing-profile.entity.ts';
import { notImplemented } from './access.ts';

/** The customer's billing profile (who invoices are made out to). */
@Resolver(() => BillingProfile)
export class ProfileResolver {
  @Query(() => BillingProfile, { nullable: true, description: 'Null until you save one (checkout then uses your account name and email).' })
  @Authorized()
  async myBillingProfile(@Ctx() _context: BillingContext): Promise<BillingProfile | null> {
    return notImplemented('myBillingProfile');
  }

  @Mutation(() => BillingProfile, { description: 'Applies to invoices issued from now on. Errors name the field (input.gstin, input.state …).' })
  @Authorized()
  async updateBillingProfile(
    @Arg('input', () => BillingProfileInput) _input: BillingProfileInput,
    @Ctx() _context: BillingContext,
  ): Promise<BillingProfile> {
    return notImplemented('updateBillingProfile');
  }
}
