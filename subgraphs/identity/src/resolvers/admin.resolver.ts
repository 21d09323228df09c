import { signedIn, toConnection } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import { AuditEventConnection, toAuditEvent } from '../entities/audit-event.entity.ts';
import { AuditEventsArgs, SetUserRolesArgs, SuspendUserArgs } from '../entities/operation.args.ts';
import { toUser, User } from '../entities/user.entity.ts';

/** What admins do to accounts, and the audit trail that records it. */
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

  @Mutation(() => User, { description: 'Admin only. Ends all their sessions and emails them the reason.' })
  @Authorized('admin')
  async suspendUser(
    @Args(() => SuspendUserArgs) { userId, reason }: SuspendUserArgs,
    @Ctx() context: IdentityContext,
  ): Promise<User> {
    return toUser(await context.admin.suspend(signedIn(context.caller).userId, userId, reason));
  }

  @Mutation(() => User, { description: 'Admin only.' })
  @Authorized('admin')
  async reactivateUser(@Arg('userId', () => ID) userId: string, @Ctx() context: IdentityContext): Promise<User> {
    return toUser(await context.admin.reactivate(signedIn(context.caller).userId, userId));
  }

  @Query(() => AuditEventConnection, { description: 'Admin only. Newest first.' })
  @Authorized('admin')
  async auditEvents(
    @Args(() => AuditEventsArgs) { actorId, targetId, action, first, after }: AuditEventsArgs,
    @Ctx() context: IdentityContext,
  ): Promise<AuditEventConnection> {
    const page = await context.admin.auditEvents({ actorId, targetId, action }, first ?? 50, after);
    return Object.assign(new AuditEventConnection(), toConnection(page, toAuditEvent));
  }
}
