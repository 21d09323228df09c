import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from './money.entity.ts';
import { Solution } from './solution.entity.ts';

@ObjectType('RevenueRow', { description: 'Payments of one month (UTC) on one solution, split between platform and partner. Aggregates only.' })
export class RevenueRow {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Solution, { nullable: true })
  solution!: Solution | null;

  @Field(() => ID, { nullable: true })
  partnerId!: string | null;

  @Field(() => Money, { description: 'What customers paid, GST included (refunds subtracted).' })
  gross!: Money;

  @Field(() => Money)
  gst!: Money;

  @Field(() => Money)
  platformFee!: Money;

  @Field(() => Money, { description: 'What the partner is owed: taxable value − platform fee.' })
  partnerNet!: Money;

  @Field(() => Int, { description: 'Payments (refunds not counted).' })
  payments!: number;

  @Field(() => Int, { description: 'Distinct paying customers.' })
  subscribers!: number;
}
