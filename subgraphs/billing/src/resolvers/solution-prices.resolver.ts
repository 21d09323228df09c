import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { PlanPrice } from '../entities/money.entity.ts';
import { Solution } from '../entities/solution.entity.ts';
import { notImplemented } from './access.ts';

/** Adds `prices` to the catalog's Solution. */
@Resolver(() => Solution)
export class SolutionPricesResolver {
  @FieldResolver(() => [PlanPrice], { description: 'The paid tiers that have a monthly price, with GST; public.' })
  async prices(@Root() _solution: Solution, @Ctx() _context: BillingContext): Promise<PlanPrice[]> {
    return notImplemented('Solution.prices');
  }
}
