import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { Tier } from '../services/billing-types.ts';
import { CheckoutSession } from './checkout.entity.ts';
import { TierEnum } from './enums.ts';
import { Money } from './money.entity.ts';
import { Subscription } from './subscription.entity.ts';

@ObjectType('PlanChangePreview', {
  description: 'Pro → Enterprise now: the unused part of the period is credited, the rest of it charged at the new price (GST on the difference).',
})
export class PlanChangePreview {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => TierEnum)
  toTier!: Tier;

  @Field(() => Money, { description: 'Unused time of the current plan, exclusive of GST.' })
  credit!: Money;

  @Field(() => Money, { description: 'The new plan for the rest of the period, exclusive of GST.' })
  charge!: Money;

  @Field(() => Money, { description: 'charge − credit (never below zero).' })
  taxable!: Money;

  @Field(() => Money)
  gst!: Money;

  @Field(() => Money, { description: 'Paid now; pass it to changePlan as expectedTotalPaise.' })
  total!: Money;

  @Field(() => GraphQLISODateTime, { description: 'When the change applies: now for an upgrade, the period end for a downgrade.' })
  effectiveAt!: Date;
}

@ObjectType('PlanChange', { description: 'A plan change as made: the subscription now, and the payment it still needs.' })
export class PlanChange {
  @Field(() => Subscription, { description: 'The subscription that carries the plan from now on (a new one for an upgrade, once paid).' })
  subscription!: Subscription;

  @Field(() => CheckoutSession, {
    nullable: true,
    description: 'Pay here to complete it (then confirmCheckout): the prorated charge of an upgrade, or the card authorisation for the plan that starts at the period end.',
  })
  checkout!: CheckoutSession | null;
}
