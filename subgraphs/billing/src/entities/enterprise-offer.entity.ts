import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { OfferStatus } from '../services/billing-types.ts';
import { EnterpriseOfferStatusEnum } from './enums.ts';
import { Money } from './money.entity.ts';
import { Solution } from './solution.entity.ts';
import { User } from './user.entity.ts';

@ObjectType('EnterpriseOffer', { description: "An admin's Enterprise terms for one customer on one solution, paid through the same checkout." })
export class EnterpriseOffer {
  @Field(() => ID)
  id!: string;

  @Field(() => Solution)
  solution!: Solution;

  @Field(() => User, { description: 'The customer the offer is for.' })
  user!: User;

  @Field(() => Money, { description: 'The monthly price, exclusive of GST.' })
  price!: Money;

  @Field(() => Int, { description: 'Calls per billing period.' })
  callAllowance!: number;

  @Field(() => Int)
  ratePerSecond!: number;

  @Field(() => EnterpriseOfferStatusEnum)
  status!: OfferStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'An open offer can be accepted until then.' })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@InputType('EnterpriseOfferInput')
export class EnterpriseOfferInput {
  @Field(() => ID, { description: 'The customer.' })
  userId!: string;

  @Field(() => ID, { description: 'A published solution with an Enterprise tier.' })
  solutionId!: string;

  @Field(() => GraphQLSafeInt, { description: "Monthly price in paise, exclusive of GST; at least ₹1 (100), within the platform's Enterprise bounds." })
  pricePaise!: number;

  @Field(() => Int, { description: "Calls per billing period, within the platform's Enterprise bounds." })
  callAllowance!: number;

  @Field(() => Int, { description: "Calls per second, within the platform's Enterprise bounds." })
  ratePerSecond!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default: 30 days from now; at most a year ahead.' })
  expiresAt?: Date | null;
}
