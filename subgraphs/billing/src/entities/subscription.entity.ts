import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { SubscriptionStatus, Tier } from '../services/billing-types.ts';
import { EnterpriseOffer } from './enterprise-offer.entity.ts';
import { SubscriptionStatusEnum, TierEnum } from './enums.ts';
import { TaxedPrice } from './money.entity.ts';
import { Solution } from './solution.entity.ts';

// Not `Subscription`: GraphQL takes a type of that name for the root of subscription operations.
@Directive('@key(fields: "id")')
@ObjectType('BillingSubscription', { description: "A customer's paid tier on one solution, renewed monthly through Razorpay." })
export class Subscription {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => Solution)
  solution!: Solution;

  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => SubscriptionStatusEnum)
  status!: SubscriptionStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The paid period; also the quota period of the tier.' })
  currentPeriodStart!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  currentPeriodEnd!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When Razorpay charges next; null when nothing more is charged.' })
  nextChargeAt!: Date | null;

  @Field(() => TaxedPrice, { nullable: true, description: 'What the next charge will be.' })
  nextCharge!: TaxedPrice | null;

  @Field(() => Boolean, { description: 'Ends at currentPeriodEnd; resumeSubscription undoes it until shortly before then.' })
  cancelAtPeriodEnd!: boolean;

  @Field(() => TierEnum, { nullable: true, description: 'The tier that takes over at currentPeriodEnd (Enterprise → Pro).' })
  scheduledTier!: Tier | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'PAST_DUE: the tier is kept until then.' })
  graceEndsAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where to pay: the checkout of a CREATED subscription, or the page that pays a PAST_DUE or HALTED one.',
  })
  paymentUrl!: string | null;

  @Field(() => String, { nullable: true, description: "Razorpay's id of it (as in Razorpay's own mails), once checkout has begun." })
  razorpaySubscriptionId!: string | null;

  @Field(() => EnterpriseOffer, { nullable: true, description: 'The Enterprise offer whose terms it carries.' })
  offer!: EnterpriseOffer | null;

  /** Not in the schema: what the `offer` field resolves. */
  offerId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
