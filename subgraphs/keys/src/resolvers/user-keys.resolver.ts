import { Arg, Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { KeysContext } from '../context.ts';
import { ApiKey, toApiKey } from '../entities/api-key.entity.ts';
import { User } from '../entities/user.entity.ts';

/** Adds `keys` to identity's User. */
@Resolver(() => User)
export class UserKeysResolver {
  @FieldResolver(() => [ApiKey], {
    description: "The user's keys as in `myKeys`; only for the user themself and admins (FORBIDDEN for anyone else).",
  })
  @Authorized()
  async keys(
    @Root() user: User,
    @Arg('solutionId', () => ID, { nullable: true }) solutionId: string | null | undefined,
    @Ctx() context: KeysContext,
  ): Promise<ApiKey[]> {
    const records = await context.keys.listOfUser(context.caller, user.id, solutionId ?? null);
    const now = context.clock.now();
    return records.map((record) => toApiKey(record, now));
  }
}
