import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { CheckoutConfirmation, CheckoutSession } from '../entities/checkout.entity.ts';
import { TierEnum } from '../entities/enums.ts';
import { PlanChange, PlanChangePreview } from '../entities/plan-change.entity.ts';
import { Subscription } from '../entities/subscription.entity.ts';
import type { Tier } from '../services/billing-types.ts';
import { notImplemented } from './access.ts';

/** Customers' subscriptions: checkout, plan changes, cancellation. */
@Resolver(() => Subscription)
export class SubscriptionResolver {
  @Query(() => [Subscription], { description: 'Your subscriptions, newest first (ended ones included).' })
  @Authorized()
  async mySubscriptions(@Ctx() _context: BillingContext): Promise<Subscription[]> {
    return notImplemented('mySubscriptions');
  }

  @Query(() => Subscription, { nullable: true, description: 'Its customer and admins only; null for anyone else.' })
  @Authorized()
  async subscription(@Arg('id', () => ID) _id: string, @Ctx() _context: BillingContext): Promise<Subscription | null> {
    return notImplemented('subscription');
  }

  @Query(() => PlanChangePreview, { description: 'What changePlan would charge now (Pro → Enterprise) or schedule (Enterprise → Pro).' })
  @Authorized()
  async planChangePreview(
    @Arg('subscriptionId', () => ID) _subscriptionId: string,
    @Arg('toTier', () => TierEnum) _toTier: Tier,
    @Ctx() _context: BillingContext,
  ): Promise<PlanChangePreview> {
    return notImplemented('planChangePreview');
  }

  @Mutation(() => CheckoutSession, {
    description:
      'Starts paying for PRO or ENTERPRISE (or an Enterprise offer) on a published solution. Idempotent per customer and solution: while a checkout is open, the same session comes back.',
  })
  @Authorized()
  async startCheckout(
    @Arg('solutionId', () => ID) _solutionId: string,
    @Arg('tier', () => TierEnum) _tier: Tier,
    @Arg('offerId', () => ID, { nullable: true }) _offerId: string | null | undefined,
    @Ctx() _context: BillingContext,
  ): Promise<CheckoutSession> {
    return notImplemented('startCheckout');
  }

  @Mutation(() => Subscription, {
    description: "Confirms a Checkout payment by its signature (or the webhook does, whichever comes first); the tier applies at once.",
  })
  @Authorized()
  async confirmCheckout(
    @Arg('input', () => CheckoutConfirmation) _input: CheckoutConfirmation,
    @Ctx() _context: BillingContext,
  ): Promise<Subscription> {
    return notImplemented('confirmCheckout');
  }

  @Mutation(() => PlanChange, {
    description:
      'Pro → Enterprise now (pay the prorated total of planChangePreview; refused with CONFLICT if it changed), or Enterprise → Pro at the period end.',
  })
  @Authorized()
  async changePlan(
    @Arg('subscriptionId', () => ID) _subscriptionId: string,
    @Arg('toTier', () => TierEnum) _toTier: Tier,
    @Arg('expectedTotalPaise', () => GraphQLSafeInt) _expectedTotalPaise: number,
    @Ctx() _context: BillingContext,
  ): Promise<PlanChange> {
    return notImplemented('changePlan');
  }

  @Mutation(() => Subscription, { description: 'Ends the subscription at the period end (the tier stays until then).' })
  @Authorized()
  async cancelSubscription(@Arg('subscriptionId', () => ID) _subscriptionId: string, @Ctx() _context: BillingContext): Promise<Subscription> {
    return notImplemented('cancelSubscription');
  }

  @Mutation(() => Subscription, { description: 'Undoes a scheduled cancellation or downgrade.' })
  @Authorized()
  async resumeSubscription(@Arg('subscriptionId', () => ID) _subscriptionId: string, @Ctx() _context: BillingContext): Promise<Subscription> {
    return notImplemented('resumeSubscription');
  }
}
