import { signedIn, toConnection } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { AdminSolutionsArgs, PageArgs, SolutionsArgs } from '../entities/operation.args.ts';
import { Solution, SolutionConnection, toSolution } from '../entities/solution.entity.ts';
import { canView } from '../services/access-rules.ts';
import { CATEGORIES } from '../services/input-rules.ts';

/** Finding solutions: the public catalog, a partner's own list and the admins' lists. */
@Resolver()
export class CatalogResolver {
  @Query(() => SolutionConnection, { description: 'The public catalog: published solutions, most recently published first.' })
  async solutions(
    @Args(() => SolutionsArgs) { search, category, tag, first, after }: SolutionsArgs,
    @Ctx() context: CatalogContext,
  ): Promise<SolutionConnection> {
    const page = await context.solutions.catalog({ search, category, tag }, first ?? 20, after);
    return Object.assign(new SolutionConnection(), toConnection(page, toSolution));
  }

  @Query(() => Solution, {
    nullable: true,
    description: 'A published solution by slug; its partner and admins also get it in any other state. Null otherwise.',
  })
  async solution(@Arg('slug', () => String) slug: string, @Ctx() context: CatalogContext): Promise<Solution | null> {
    const record = await context.solutions.bySlug(context.caller, slug);
    return record ? toSolution(record) : null;
  }

  @Query(() => Solution, { nullable: true, description: 'Like `solution`, by id.' })
  async solutionById(@Arg('id', () => ID) id: string, @Ctx() context: CatalogContext): Promise<Solution | null> {
    const record = await context.loaders.solutionById.load(id);
    return record && canView(context.caller, record) ? toSolution(record) : null;
  }

  @Query(() => [Solution], { description: 'Partners: every solution of yours, in any state, newest first.' })
  @Authorized('partner')
  async mySolutions(@Ctx() context: CatalogContext): Promise<Solution[]> {
    const caller = signedIn(context.caller);
    return (await context.solutions.ofPartner(caller, caller.userId)).map(toSolution);
  }

  @Query(() => SolutionConnection, { description: 'Admins: solutions waiting for review, oldest submission first.' })
  @Authorized('admin')
  async reviewQueue(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() context: CatalogContext): Promise<SolutionConnection> {
    const page = await context.solutions.reviewQueue(first ?? 20, after);
    return Object.assign(new SolutionConnection(), toConnection(page, toSolution));
  }

  @Query(() => SolutionConnection, { description: 'Admins: solutions in a status (or all), most recent status change first.' })
  @Authorized('admin')
  async adminSolutions(
    @Args(() => AdminSolutionsArgs) { status, first, after }: AdminSolutionsArgs,
    @Ctx() context: CatalogContext,
  ): Promise<SolutionConnection> {
    const page = await context.solutions.adminList(status ?? null, first ?? 20, after);
    return Object.assign(new SolutionConnection(), toConnection(page, toSolution));
  }

  @Query(() => [String], { description: 'The categories a solution can be listed in.' })
  categories(): string[] {
    return [...CATEGORIES];
  }
}
