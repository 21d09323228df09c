import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { GrantRecord } from '../data/grant.repository.ts';
import type { Tier } from '../engine/windows.ts';
import { TierEnum } from './enums.ts';
import { Solution, solutionStub } from './solution.entity.ts';
import { User, userStub } from './user.entity.ts';

/** A paid tier an admin granted a user on one solution (until billing exists). */
@ObjectType('TierGrant')
export class TierGrant {
  @Field(() => ID)
  userId!: string;

  @Field(() => User)
  user!: User;

  @Field(() => ID)
  solutionId!: string;

  @Field(() => Solution)
  solution!: Solution;

  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the grant ends (the user is REGISTERED again); null for open-ended.' })
  endsAt!: Date | null;

  @Field(() => ID, { description: 'The admin who granted it, or `billing` for a paid subscription.' })
  grantedBy!: string;

  @Field(() => GraphQLISODateTime)
  grantedAt!: Date;
}

export function toTierGrant(record: GrantRecord): TierGrant {
  return Object.assign(new TierGrant(), {
    userId: record.userId,
    user: userStub(record.userId),
    solutionId: record.solutionId,
    solution: solutionStub(record.solutionId),
    tier: record.tier,
    endsAt: record.endsAt ? new Date(record.endsAt) : null,
    grantedBy: record.grantedBy,
    grantedAt: new Date(record.grantedAt),
  });
}
