import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The keys subgraph's row of a solution's customer list, as a stub: quotas adds the customer's usage (and tier). */
@Directive('@key(fields: "solutionId userId")')
@ObjectType('SolutionCustomer')
export class SolutionCustomer {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => ID)
  userId!: string;
}

export const solutionCustomerReferenceResolvers = {
  SolutionCustomer: {
    __resolveReference(reference: { solutionId: string; userId: string }): SolutionCustomer {
      return Object.assign(new SolutionCustomer(), { solutionId: reference.solutionId, userId: reference.userId });
    },
  },
};
