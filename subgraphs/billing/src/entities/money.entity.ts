import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { GstBreakdown } from '../money/gst.ts';
import { CURRENCY } from '../services/billing-types.ts';
import { TierEnum } from './enums.ts';
import type { Tier } from '../services/billing-types.ts';

@ObjectType('Money', { description: 'An amount in integer paise (1/100 rupee) with its currency; computed by the server only.' })
export class Money {
  @Field(() => GraphQLSafeInt)
  paise!: number;

  @Field(() => String, { description: 'ISO 4217; always INR.' })
  currency!: string;
}

export const money = (paise: number): Money => Object.assign(new Money(), { paise, currency: CURRENCY });

@ObjectType('TaxedPrice', { description: 'A price exclusive of GST, the GST on it for the buyer, and the total to pay.' })
export class TaxedPrice {
  @Field(() => Money)
  taxable!: Money;

  @Field(() => Money)
  gst!: Money;

  @Field(() => Money)
  total!: Money;

  @Field(() => Int, { description: '18 for API access (CGST + SGST, or IGST).' })
  gstRatePercent!: number;
}

export function taxedPrice(gst: GstBreakdown): TaxedPrice {
  return Object.assign(new TaxedPrice(), {
    taxable: money(gst.taxablePaise),
    gst: money(gst.taxPaise),
    total: money(gst.totalPaise),
    gstRatePercent: (gst.cgstRateBps + gst.sgstRateBps + gst.igstRateBps) / 100,
  });
}

@ObjectType('PlanPrice', { description: 'What a paid tier of a solution costs a month, and what it gives.' })
export class PlanPrice {
  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => TaxedPrice, { description: "GST for the caller's billing profile (signed out or without a state: as supplied in the seller's state)." })
  monthly!: TaxedPrice;

  @Field(() => Int, { nullable: true, description: 'Calls per billing period.' })
  callAllowance!: number | null;

  @Field(() => Int, { nullable: true })
  ratePerSecond!: number | null;
}
