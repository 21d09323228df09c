import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { CheckoutConfirmation, CheckoutSession } from '../entities/checkout.entity.ts';
import { EnterpriseOffer } from '../entities/enterprise-offer.entity.ts';
import { TierEnum } from '../entities/enums.ts';
import { money } from '../entities/money.entity.ts';
import { PlanChange, PlanChangePreview } from '../entities/plan-change.entity.ts';
import { UpcomingPrice } from '../entities/price-change.entity.ts';
import { Subscription } from '../entities/subscription.entity.ts';
import { toCheckoutSession, toOffer, toPlanChangePreview, toSubscription } from '../entities/views.ts';
import { isAdmin, signedIn } from '../services/access-rules.ts';
import type { Tier } from '../services/billing-types.ts';

/** Customers' subscriptions: checkout, plan changes, cancellation. */
@Resolver(() => Subscription)
export class SubscriptionResolver {
  @Query(() => [Subscription], { description: 'Your subscriptions, newest first (ended ones included).' })
  @Authorized()
  async mySubscriptions(@Ctx() context: BillingContext): Promise<Subscription[]> {
    return (await context.billing.subscriptions.listOfUser(signedIn(context.caller))).map(toSubscription);
  }

  @Query(() => Subscription, { nullable: true, description: 'Its customer and admins only; null for anyone else.' })
  @Authorized()
  async subscription(@Arg('id', () => ID) id: string, @Ctx() context: BillingContext): Promise<Subscription | null> {
    const record = await context.billing.subscriptions.get(context.caller, id);
    return record ? toSubscription(record) : null;
  }

  @Query(() => PlanChangePreview, { description: 'What changePlan would charge now (Pro → Enterprise) or schedule (Enterprise → Pro).' })
  @Authorized()
  async planChangePreview(
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Arg('toTier', () => TierEnum) toTier: Tier,
    @Ctx() context: BillingContext,
  ): Promise<PlanChangePreview> {
    return toPlanChangePreview(await context.billing.subscriptions.previewChange(context.caller, subscriptionId, toTier));
  }

  @Mutation(() => CheckoutSession, {
    description:
      'Starts paying for PRO or ENTERPRISE (or an Enterprise offer) on a published solution. Idempotent per customer and solution: while a checkout is open, the same session comes back. BAD_USER_INPUT names solutionId (unknown), tier (free, or no price) or offerId (not yours); CONFLICT names solutionId when it is not published or you already subscribe, offerId when the offer is no longer open.',
  })
  @Authorized()
  async startCheckout(
    @Arg('solutionId', () => ID) solutionId: string,
    @Arg('tier', () => TierEnum) tier: Tier,
    @Arg('offerId', () => ID, { nullable: true }) offerId: string | null | undefined,
    @Ctx() context: BillingContext,
  ): Promise<CheckoutSession> {
    return toCheckoutSession(await context.billing.subscriptions.startCheckout(context.caller, { solutionId, tier, offerId }));
  }

  @Mutation(() => Subscription, {
    description:
      'Confirms a Checkout payment by its signature (or the webhook does, whichever comes first); the tier applies at once. BAD_USER_INPUT on input.razorpaySignature when it does not match.',
  })
  @Authorized()
  async confirmCheckout(@Arg('input', () => CheckoutConfirmation) input: CheckoutConfirmation, @Ctx() context: BillingContext): Promise<Subscription> {
    return toSubscription(await context.billing.subscriptions.confirmCheckout(context.caller, input));
  }

  @Mutation(() => PlanChange, {
    description:
      'Pro → Enterprise now (pay the prorated total of planChangePreview; CONFLICT on expectedTotalPaise if it changed), or Enterprise → Pro at the period end. Complete it by paying at the returned checkout and confirmCheckout.',
  })
  @Authorized()
  async changePlan(
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Arg('toTier', () => TierEnum) toTier: Tier,
    @Arg('expectedTotalPaise', () => GraphQLSafeInt) expectedTotalPaise: number,
    @Ctx() context: BillingContext,
  ): Promise<PlanChange> {
    const change = await context.billing.subscriptions.changePlan(context.caller, subscriptionId, toTier, expectedTotalPaise);
    return Object.assign(new PlanChange(), { subscription: toSubscription(change.subscription), checkout: toCheckoutSession(change.checkout) });
  }

  @Mutation(() => Subscription, { description: 'Ends the subscription at the period end (the tier stays until then).' })
  @Authorized()
  async cancelSubscription(@Arg('subscriptionId', () => ID) subscriptionId: string, @Ctx() context: BillingContext): Promise<Subscription> {
    return toSubscription(await context.billing.subscriptions.cancel(context.caller, subscriptionId));
  }

  @Mutation(() => Subscription, { description: 'Undoes a scheduled cancellation or downgrade (until shortly before the period end).' })
  @Authorized()
  async resumeSubscription(@Arg('subscriptionId', () => ID) subscriptionId: string, @Ctx() context: BillingContext): Promise<Subscription> {
    return toSubscription(await context.billing.subscriptions.resume(context.caller, subscriptionId));
  }

  @FieldResolver(() => UpcomingPrice, { nullable: true, description: 'A new price of the tier you were emailed about (30 days ahead), until it applies.' })
  async upcomingPrice(@Root() subscription: Subscription, @Ctx() context: BillingContext): Promise<UpcomingPrice | null> {
    // Roots come from queries that checked the caller (their subscription, or an admin).
    const upcoming = await context.billing.priceChanges.upcoming(subscription.id);
    return upcoming ? Object.assign(new UpcomingPrice(), { newPrice: money(upcoming.newPricePaise), effectiveAt: new Date(upcoming.effectiveAt) }) : null;
  }

  @FieldResolver(() => EnterpriseOffer, { nullable: true })
  async offer(@Root() subscription: Subscription, @Ctx() context: BillingContext): Promise<EnterpriseOffer | null> {
    if (!subscription.offerId) return null;
    const offer = await context.billing.offers.get(subscription.offerId);
    return offer && (offer.userId === context.caller.userId || isAdmin(context.caller)) ? toOffer(offer, context.clock.now()) : null;
  }
}
