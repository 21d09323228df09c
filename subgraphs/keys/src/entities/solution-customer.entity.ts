import { PageInfo } from '@marketplace/shared';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { SolutionCustomerRecord } from '../data/key.repository.ts';
import { User, userStub } from './user.entity.ts';

/**
 * One customer of a solution, as its partner sees them: the keys subgraph knows who holds keys; identity adds what
 * the partner may know of the person (`email` only with their consent), quotas their tier and usage.
 */
@Directive('@key(fields: "solutionId userId")')
@ObjectType('SolutionCustomer')
export class SolutionCustomer {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => User, { description: 'The customer (their display name; other fields as their privacy allows).' })
  user!: User;

  @Field(() => Int, { description: 'Keys that work now (a customer who revoked every key is still listed, with 0).' })
  activeKeys!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they made their first key for the solution.' })
  firstKeyAt!: Date | null;
}

@ObjectType('SolutionCustomerConnection')
export class SolutionCustomerConnection {
  @Field(() => [SolutionCustomer])
  nodes!: SolutionCustomer[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export function toSolutionCustomer(record: SolutionCustomerRecord): SolutionCustomer {
  return Object.assign(new SolutionCustomer(), {
    solutionId: record.solutionId,
    userId: record.userId,
    user: userStub(record.userId),
    activeKeys: record.activeKeys,
    firstKeyAt: record.firstKeyAt ? new Date(record.firstKeyAt) : null,
  });
}
