import { signedIn } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { IdAndReasonArgs } from '../entities/operation.args.ts';
import { Solution, toSolution } from '../entities/solution.entity.ts';

/** What admins decide about solutions; the partner is mailed each decision. */
@Resolver()
export class ReviewResolver {
  @Mutation(() => Solution, { description: 'Admins: IN_REVIEW → PUBLISHED. Refused, naming the problem, when the tiers no longer fit the platform bounds.' })
  @Authorized('admin')
  async approveSolution(@Arg('id', () => ID) id: string, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.solutions.transition(signedIn(context.caller), 'approve', id));
  }

  @Mutation(() => Solution, { description: 'Admins: IN_REVIEW → REJECTED; the partner edits it (back to DRAFT) and submits again.' })
  @Authorized('admin')
  async rejectSolution(@Args(() => IdAndReasonArgs) { id, reason }: IdAndReasonArgs, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.solutions.transition(signedIn(context.caller), 'reject', id, reason));
  }

  @Mutation(() => Solution, { description: 'Admins: PUBLISHED or UNPUBLISHED → SUSPENDED.' })
  @Authorized('admin')
  async suspendSolution(@Args(() => IdAndReasonArgs) { id, reason }: IdAndReasonArgs, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.solutions.transition(signedIn(context.caller), 'suspend', id, reason));
  }

  @Mutation(() => Solution, { description: 'Admins: SUSPENDED → the state it was suspended from.' })
  @Authorized('admin')
  async reinstateSolution(@Arg('id', () => ID) id: string, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.solutions.transition(signedIn(context.caller), 'reinstate', id));
  }
}
