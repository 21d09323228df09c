import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { EnterpriseOffer, EnterpriseOfferInput } from '../entities/enterprise-offer.entity.ts';
import { notImplemented } from './access.ts';

/** Enterprise offers: made by admins, accepted by customers through checkout. */
@Resolver(() => EnterpriseOffer)
export class OfferResolver {
  @Query(() => [EnterpriseOffer], { description: 'Offers made to you, newest first.' })
  @Authorized()
  async myEnterpriseOffers(@Ctx() _context: BillingContext): Promise<EnterpriseOffer[]> {
    return notImplemented('myEnterpriseOffers');
  }

  @Query(() => [EnterpriseOffer], { description: 'Admins: every offer (optionally of one solution), newest first.' })
  @Authorized('admin')
  async enterpriseOffers(
    @Arg('solutionId', () => ID, { nullable: true }) _solutionId: string | null | undefined,
    @Ctx() _context: BillingContext,
  ): Promise<EnterpriseOffer[]> {
    return notImplemented('enterpriseOffers');
  }

  @Mutation(() => EnterpriseOffer, { description: 'Admins: Enterprise terms for one customer on one solution; they accept with startCheckout(offerId).' })
  @Authorized('admin')
  async createEnterpriseOffer(
    @Arg('input', () => EnterpriseOfferInput) _input: EnterpriseOfferInput,
    @Ctx() _context: BillingContext,
  ): Promise<EnterpriseOffer> {
    return notImplemented('createEnterpriseOffer');
  }

  @Mutation(() => EnterpriseOffer, { description: 'Admins: withdraws an open offer.' })
  @Authorized('admin')
  async withdrawEnterpriseOffer(@Arg('id', () => ID) _id: string, @Ctx() _context: BillingContext): Promise<EnterpriseOffer> {
    return notImplemented('withdrawEnterpriseOffer');
  }
}
