import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { EnterpriseOffer, EnterpriseOfferInput } from '../entities/enterprise-offer.entity.ts';
import { toOffer } from '../entities/views.ts';
import { signedIn } from '../services/access-rules.ts';

/** Enterprise offers: made by admins, accepted by customers through checkout. */
@Resolver(() => EnterpriseOffer)
export class OfferResolver {
  @Query(() => [EnterpriseOffer], { description: 'Offers made to you, newest first.' })
  @Authorized()
  async myEnterpriseOffers(@Ctx() context: BillingContext): Promise<EnterpriseOffer[]> {
    const now = context.clock.now();
    return (await context.billing.offers.ofUser(signedIn(context.caller))).map((o) => toOffer(o, now));
  }

  @Query(() => [EnterpriseOffer], { description: 'Admins: every offer (optionally of one solution), newest first.' })
  @Authorized('admin')
  async enterpriseOffers(@Arg('solutionId', () => ID, { nullable: true }) solutionId: string | null | undefined, @Ctx() context: BillingContext): Promise<EnterpriseOffer[]> {
    const now = context.clock.now();
    return (await context.billing.offers.all(solutionId ?? null)).map((o) => toOffer(o, now));
  }

  @Mutation(() => EnterpriseOffer, {
    description: "Admins: Enterprise terms for one customer on one solution (within the platform's Enterprise bounds); they accept with startCheckout(offerId). Errors name input.<field>.",
  })
  @Authorized('admin')
  async createEnterpriseOffer(@Arg('input', () => EnterpriseOfferInput) input: EnterpriseOfferInput, @Ctx() context: BillingContext): Promise<EnterpriseOffer> {
    return toOffer(await context.billing.offers.create(signedIn(context.caller), input), context.clock.now());
  }

  @Mutation(() => EnterpriseOffer, { description: 'Admins: withdraws an open offer. NOT_FOUND on id for an unknown offer; CONFLICT on id for one withdrawn, accepted or expired.' })
  @Authorized('admin')
  async withdrawEnterpriseOffer(@Arg('id', () => ID) id: string, @Ctx() context: BillingContext): Promise<EnterpriseOffer> {
    return toOffer(await context.billing.offers.withdraw(signedIn(context.caller), id), context.clock.now());
  }
}
