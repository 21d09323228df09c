import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import { UsersArgs } from '../entities/operation.args.ts';
import { UserConnection } from '../entities/user-connection.entity.ts';
import { toUser, User } from '../entities/user.entity.ts';
import { canSeePrivateFields } from './access.ts';
import { toConnection } from '@marketplace/shared';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when not signed in.' })
  async me(@Ctx() context: IdentityContext): Promise<User | null> {
    if (!context.caller.userId) return null;
    const record = await context.loaders.userById.load(context.caller.userId);
    return record ? toUser(record) : null;
  }

  @Query(() => User, { nullable: true, description: 'Admin only.' })
  @Authorized('admin')
  async user(@Arg('id', () => ID) id: string, @Ctx() context: IdentityContext): Promise<User | null> {
    const record = await context.loaders.userById.load(id);
    return record ? toUser(record) : null;
  }

  @Query(() => UserConnection, { description: 'Admin only. Newest first; `search` matches email or name.' })
  @Authorized('admin')
  async users(
    @Args(() => UsersArgs) { search, role, status, first, after }: UsersArgs,
    @Ctx() context: IdentityContext,
  ): Promise<UserConnection> {
    const page = await context.admin.listUsers({ search, role, status }, first ?? 20, after);
    return Object.assign(new UserConnection(), toConnection(page, (record) => toUser(record)));
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() user: User, @Ctx() context: IdentityContext): string | null {
    return canSeePrivateFields(context, user) ? user.email : null;
  }

  @FieldResolver(() => String, { nullable: true })
  suspendedReason(@Root() user: User, @Ctx() context: IdentityContext): string | null {
    return canSeePrivateFields(context, user) ? user.suspendedReason : null;
  }
}
