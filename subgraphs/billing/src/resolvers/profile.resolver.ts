import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { BillingProfile, BillingProfileInput } from '../entities/billing-profile.entity.ts';
import { toBillingProfile } from '../entities/views.ts';
import { signedIn } from '../services/access-rules.ts';
import { toProfileView } from '../services/profile.service.ts';

/** The customer's billing profile (who invoices are made out to). */
@Resolver(() => BillingProfile)
export class ProfileResolver {
  @Query(() => BillingProfile, { nullable: true, description: 'Null until you save one (invoices then use your account name and email).' })
  @Authorized()
  async myBillingProfile(@Ctx() context: BillingContext): Promise<BillingProfile | null> {
    const record = await context.billing.profiles.get(signedIn(context.caller));
    return record ? toBillingProfile(toProfileView(record)) : null;
  }

  @Mutation(() => BillingProfile, {
    description: 'Applies to invoices issued from now on. BAD_USER_INPUT names the field (input.gstin, input.state, input.email …); nothing is saved then.',
  })
  @Authorized()
  async updateBillingProfile(@Arg('input', () => BillingProfileInput) input: BillingProfileInput, @Ctx() context: BillingContext): Promise<BillingProfile> {
    return toBillingProfile(toProfileView(await context.billing.profiles.update(signedIn(context.caller), input)));
  }
}
