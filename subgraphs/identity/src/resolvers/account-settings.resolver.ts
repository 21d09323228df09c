import { signedIn } from '@marketplace/shared';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import { AccountSession, RequestEmailChangeInput, toAccountSession, UpdateProfileInput } from '../entities/account-settings.entity.ts';
import { toUser, User } from '../entities/user.entity.ts';

/** Account settings: what signed-in users change about themselves (password: `changePassword`). */
@Resolver()
export class AccountSettingsResolver {
  @Query(() => [AccountSession], { description: 'Signed in. The sessions that can still be used, most recently active first.' })
  @Authorized()
  async mySessions(@Ctx() context: IdentityContext): Promise<AccountSession[]> {
    const views = await context.settings.sessions(signedIn(context.caller).userId, context.caller.sessionId);
    return views.map(toAccountSession);
  }

  @Mutation(() => User, { description: 'Signed in. Changes the display name.' })
  @Authorized()
  async updateProfile(@Arg('input', () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() context: IdentityContext): Promise<User> {
    return toUser(await context.settings.updateProfile(signedIn(context.caller).userId, input), { ownerView: true });
  }

  @Mutation(() => Boolean, {
    description:
      'Signed in. Mails a confirmation link to the new address (24 hours); nothing changes until it is followed. Always true once the input is valid.',
  })
  @Authorized()
  async requestEmailChange(
    @Arg('input', () => RequestEmailChangeInput) input: RequestEmailChangeInput,
    @Ctx() context: IdentityContext,
  ): Promise<boolean> {
    await context.settings.requestEmailChange(signedIn(context.caller).userId, input, context.caller.clientId);
    return true;
  }

  @Mutation(() => User, { description: 'Follows the emailed link: the account takes the new address (verified).' })
  async confirmEmailChange(@Arg('token', () => String) token: string, @Ctx() context: IdentityContext): Promise<User> {
    return toUser(await context.settings.confirmEmailChange(token), { ownerView: true });
  }

  @Mutation(() => Boolean, { description: 'Signed in. Ends one of your sessions (your current one signs you out).' })
  @Authorized()
  async endSession(@Arg('id', () => ID) id: string, @Ctx() context: IdentityContext): Promise<boolean> {
    await context.settings.endSession(signedIn(context.caller).userId, id);
    return true;
  }

  @Mutation(() => Int, { description: 'Signed in. Ends every session but this one; how many ended.' })
  @Authorized()
  async endOtherSessions(@Ctx() context: IdentityContext): Promise<number> {
    return context.settings.endOtherSessions(signedIn(context.caller).userId, context.caller.sessionId);
  }
}
