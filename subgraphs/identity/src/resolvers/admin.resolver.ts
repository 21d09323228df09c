import { signedIn } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import { SetUserRolesArgs, SuspendUserArgs } from '../entities/operation.args.ts';
import { toUser, User } from '../entities/user.entity.ts';

/** What admins do to accounts (each change audited in identity's stream of the audit trail). */
@Resolver()
export class AdminResolver {
  @Mutation(() => User, { description: 'Admin only. CUSTOMER is always kept; you cannot drop your own ADMIN.' })
  @Authorized('admin')
  async setUserRoles(
    @Args(() => SetUserRolesArgs) { userId, roles }: SetUserRolesArgs,
    @Ctx() context: IdentityContext,
  ): Promise<User> {
    return toUser(await context.admin.setUserRoles(signedIn(context.caller).userId, userId, roles));
  }

  @Mutation(() => User, { description: 'Admin only. Ends all their sessions and emails them the reason. CONFLICT on userId when already suspended (nothing is sent again).' })
  @Authorized('admin')
  async suspendUser(
    @Args(() => SuspendUserArgs) { userId, reason }: SuspendUserArgs,
    @Ctx() context: IdentityContext,
  ): Promise<User> {
    return toUser(await context.admin.suspend(signedIn(context.caller).userId, userId, reason));
  }

  @Mutation(() => User, { description: 'Admin only. CONFLICT on userId when the account is not suspended.' })
  @Authorized('admin')
  async reactivateUser(@Arg('userId', () => ID) userId: string, @Ctx() context: IdentityContext): Promise<User> {
    return toUser(await context.admin.reactivate(signedIn(context.caller).userId, userId));
  }
}
