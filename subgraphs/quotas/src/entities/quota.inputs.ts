import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import type { Tier } from '@marketplace/contracts';
import { TierEnum } from './enums.ts';

@InputType('GrantTierInput')
export class GrantTierInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  solutionId!: string;

  @Field(() => TierEnum, { description: 'PRO or ENTERPRISE.' })
  tier!: Tier;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the grant ends; in the future and at most 2 years ahead. Omit for open-ended.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail (up to 500 characters).' })
  reason?: string | null;
}

// Argument lists of more than one argument are classes, so the schema lists them in this (documented) order.

@ArgsType()
export class SolutionUsageArgs {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => String, { description: 'First day, yyyy-mm-dd (UTC).' })
  from!: string;

  @Field(() => String, { description: 'Last day, yyyy-mm-dd (UTC), at most 366 days after from.' })
  to!: string;
}

@ArgsType()
export class UserSolutionArgs {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  solutionId!: string;
}

@ArgsType()
export class RevokeTierGrantArgs {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  solutionId!: string;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail.' })
  reason?: string | null;
}
