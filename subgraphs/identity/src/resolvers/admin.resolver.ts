import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import { SetUserRolesArgs, SuspendUserArgs } from '../entities/operation.args.ts';
import { toUser, User } from '../entities/user.entity.ts';
import { callerId } from './access.ts';

/** What admins do to accounts (each change audited in identity's stream of the audit trail). */
@Resolver()
export class AdminResolver {
  @Mutation(() => User, { description: 'Admin only. CUSTOMER is always kept; you cannot drop your own ADMIN.' })
  @Authorized('admin')
  async setUserRoles(
    @Args(() => SetUserRolesArgs) { userId, roles }: SetUserRolesArgs,
    @Ctx() context: IdentityContext,
  ): Promise<User> {
    return toUser(await context.admin.setUserRoles(callerId(context), userId, roles));
  }

  @Mutation(() => User, { description: 'Admin only. Ends all their sessions and emails them the reason.' })
  @Authorized('admin')
  async suspendUser(
    @Args(() => SuspendUserArgs) { userId, reason }: SuspendUserArgs,
    @Ctx() context: IdentityContext,
  ): Promise<User> {
    return toUser(await context.admin.suspend(callerId(context), userId, reason));
  }

  @Mutation(() => User, { description: 'Admin only.' })
  @Authorized('admin')
  async reactivateUser(@Arg('userId', () => ID) userId: string, @Ctx() context: IdentityContext): Promise<User> {
    return toUser(await context.admin.reactivate(callerId(context), userId));
  }
}
