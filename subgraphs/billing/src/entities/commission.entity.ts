import { Field, Int, ObjectType } from 'type-graphql';
import { Solution } from './solution.entity.ts';

@ObjectType('SolutionCommission')
export class SolutionCommission {
  @Field(() => Solution)
  solution!: Solution;

  @Field(() => Int, { description: 'Basis points (2000 = 20 %).' })
  percentBps!: number;
}

@ObjectType('CommissionSettings', { description: "The platform's fee on every payment: a default and per-solution overrides." })
export class CommissionSettings {
  @Field(() => Int, { description: 'Basis points (2000 = 20 %, the default until an admin sets one).' })
  defaultPercentBps!: number;

  @Field(() => [SolutionCommission])
  solutions!: SolutionCommission[];
}

@ObjectType('BillingConfig', { description: 'What the web app needs to take payments.' })
export class BillingConfig {
  @Field(() => Boolean, { description: 'Show a "Test mode" banner: the Razorpay simulator or test keys, no real money.' })
  testMode!: boolean;

  @Field(() => String, { description: "Razorpay's key id for Checkout." })
  keyId!: string;
}
