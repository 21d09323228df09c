import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { PriceChangePreview } from '../services/price-change.service.ts';
import type { Tier } from '../services/billing-types.ts';
import { TierEnum } from './enums.ts';
import { Money, money } from './money.entity.ts';

@ObjectType('TierPriceChangeReach', { description: 'The subscribers a new price reaches, by when they are told (each is counted once).' })
export class TierPriceChangeReach {
  @Field(() => Int, { description: 'Active and not ending (and, when the price goes down, past due, halted or paused too): they keep their price until effectiveAt and are emailed once the new price is saved. Also those told of an increase that the new price withdraws (emailed then, whatever their status).' })
  now!: number;

  @Field(() => Int, { description: 'Past due, halted or paused, the price going up: emailed once they pay or resume, and moved 30 days after that email at the earliest.' })
  whenActiveAgain!: number;

  @Field(() => Int, { description: 'Set to cancel at the period end: they end at their price; emailed only if they resume.' })
  ifResumed!: number;

  @Field(() => Int, { description: 'Authorised and starting later (a downgrade): emailed when it starts.' })
  whenStarted!: number;
}

@ObjectType('TierPriceChange', { description: "What a new monthly price of a paid tier means for the tier's current subscribers." })
export class TierPriceChange {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => Int, {
    description: 'Everyone the new price reaches (the sum of reach): subscribers whose price would change, and those told of a change not charged yet that it supersedes. Offers, ended subscriptions and unpaid checkouts are not counted.',
  })
  subscribers!: number;

  @Field(() => TierPriceChangeReach, { description: 'subscribers by when they are told.' })
  reach!: TierPriceChangeReach;

  @Field(() => Money, { nullable: true, description: 'The price now, exclusive of GST (null: none yet).' })
  currentPrice!: Money | null;

  @Field(() => Money, { description: 'The new price, exclusive of GST.' })
  newPrice!: Money;

  @Field(() => GraphQLISODateTime, { description: 'From then on their renewals are at the new price (30 days from now).' })
  effectiveAt!: Date;

  @Field(() => String, {
    description: 'Proof that this preview was shown, for setSolutionTiers(priceConfirmations) when saving exactly this price: refused once the price changed meanwhile, or after 30 minutes. Opaque.',
  })
  confirmation!: string;
}

export function toTierPriceChange(preview: PriceChangePreview): TierPriceChange {
  return Object.assign(new TierPriceChange(), {
    solutionId: preview.solutionId,
    tier: preview.tier,
    subscribers: preview.subscribers,
    reach: Object.assign(new TierPriceChangeReach(), preview.reach),
    currentPrice: preview.currentPricePaise === null ? null : money(preview.currentPricePaise),
    newPrice: money(preview.newPricePaise),
    effectiveAt: preview.effectiveAt,
    confirmation: preview.confirmation,
  });
}

@ObjectType('UpcomingPrice', { description: "A new monthly price of the subscription's tier that its customer was emailed about, not yet charged." })
export class UpcomingPrice {
  @Field(() => Money, { description: 'The new price, exclusive of GST.' })
  newPrice!: Money;

  @Field(() => GraphQLISODateTime, { description: 'Renewals from then on are at the new price (at least 30 days after the email).' })
  effectiveAt!: Date;
}
