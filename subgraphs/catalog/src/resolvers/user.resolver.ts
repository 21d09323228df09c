import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { PartnerApplication, toPartnerApplication } from '../entities/partner-application.entity.ts';
import { Solution, toSolution } from '../entities/solution.entity.ts';
import { User } from '../entities/user.entity.ts';
import { isAdmin } from '../services/access-rules.ts';

/** What the catalog adds to identity's User. */
@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => PartnerApplication, {
    nullable: true,
    description: "The user's most recent partner application. The user themself and admins only; null for anyone else.",
  })
  async partnerApplication(@Root() user: User, @Ctx() context: CatalogContext): Promise<PartnerApplication | null> {
    if (context.caller.userId !== user.id && !isAdmin(context.caller)) return null;
    const record = await context.applications.latestOf(user.id);
    return record ? toPartnerApplication(record) : null;
  }

  @FieldResolver(() => [Solution], {
    description: "A partner's solutions, newest first: all of them for the partner and admins, the published ones for anyone else.",
  })
  async solutions(@Root() user: User, @Ctx() context: CatalogContext): Promise<Solution[]> {
    return (await context.solutions.ofPartner(context.caller, user.id)).map(toSolution);
  }
}
