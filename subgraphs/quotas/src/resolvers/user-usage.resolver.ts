import { Arg, Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { QuotasContext } from '../context.ts';
import { SolutionUsage, toSolutionUsage } from '../entities/solution-usage.entity.ts';
import { User } from '../entities/user.entity.ts';

/** Adds `usage` to identity's User. */
@Resolver(() => User)
export class UserUsageResolver {
  @FieldResolver(() => SolutionUsage, {
    nullable: true,
    description: "The user's usage of a solution as in `myUsage`; for the user themself and admins (FORBIDDEN for anyone else), null for an unknown solution.",
  })
  @Authorized()
  async usage(@Root() user: User, @Arg('solutionId', () => ID) solutionId: string, @Ctx() context: QuotasContext): Promise<SolutionUsage | null> {
    const view = await context.usage.usageOf(context.caller, user.id, solutionId);
    return view ? toSolutionUsage(view) : null;
  }
}
