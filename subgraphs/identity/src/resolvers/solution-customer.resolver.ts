import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import { SolutionCustomer } from '../entities/solution-customer.entity.ts';
import { sharesEmailWithPartner } from '../services/partner-email-consent.ts';

/** What the partner may know of a customer beyond their display name. */
@Resolver(() => SolutionCustomer)
export class SolutionCustomerResolver {
  @FieldResolver(() => String, { nullable: true, description: "The customer's email, only where they agreed to share it with this solution's partner." })
  @Authorized()
  async email(@Root() customer: SolutionCustomer, @Ctx() context: IdentityContext): Promise<string | null> {
    if (!(await sharesEmailWithPartner(customer.userId, customer.solutionId))) return null;
    return (await context.loaders.userById.load(customer.userId))?.email ?? null;
  }
}
