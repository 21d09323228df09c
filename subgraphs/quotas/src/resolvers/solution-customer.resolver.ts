import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { QuotasContext } from '../context.ts';
import { SolutionCustomer } from '../entities/solution-customer.entity.ts';
import { SolutionUsage, toSolutionUsage } from '../entities/solution-usage.entity.ts';

/** Adds the customer's tier and usage this window to a row of the partner's customer list. */
@Resolver(() => SolutionCustomer)
export class SolutionCustomerResolver {
  @FieldResolver(() => SolutionUsage, { description: "The customer's tier and usage in their current window; the solution's partner and admins only." })
  @Authorized()
  async usage(@Root() customer: SolutionCustomer, @Ctx() context: QuotasContext): Promise<SolutionUsage> {
    return toSolutionUsage(await context.usage.customerUsage(context.caller, customer.userId, customer.solutionId));
  }
}
