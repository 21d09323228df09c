import { toConnection } from '@marketplace/shared';
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { KeysContext } from '../context.ts';
import { SolutionCustomer, SolutionCustomerConnection, toSolutionCustomer } from '../entities/solution-customer.entity.ts';

/** A partner's list of the customers of one of their solutions. */
@Resolver(() => SolutionCustomer)
export class SolutionCustomersResolver {
  @Query(() => SolutionCustomerConnection, {
    description:
      "The solution's partner and admins: everyone who has held a key for it, by user id, with tier and usage (quotas) and name (identity). NOT_FOUND for another partner's solution.",
  })
  @Authorized()
  async solutionCustomers(
    @Arg('solutionId', () => ID) solutionId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: '1 to 100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: KeysContext,
  ): Promise<SolutionCustomerConnection> {
    const page = await context.keys.customersOfSolution(context.caller, solutionId, first, after);
    return Object.assign(new SolutionCustomerConnection(), toConnection(page, toSolutionCustomer));
  }
}
