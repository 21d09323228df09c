import { signedIn } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import { AuthPayload } from '../entities/auth-payload.entity.ts';
import { LoginInput, RegisterInput } from '../entities/auth.inputs.ts';
import { ChangePasswordArgs, ResetPasswordArgs } from '../entities/operation.args.ts';
import { toUser, User } from '../entities/user.entity.ts';
import type { AuthResult } from '../services/session.service.ts';

/** Account and session mutations; most are open to anonymous callers by nature. */
@Resolver()
export class AuthResolver {
  @Mutation(() => User, { description: 'Creates an account and emails a verification link.' })
  async register(@Arg('input', () => RegisterInput) input: RegisterInput, @Ctx() context: IdentityContext): Promise<User> {
    return toUser(await context.accounts.register(input), { ownerView: true });
  }

  @Mutation(() => User, { description: 'Follows the emailed verification link (single use, 24 hours).' })
  async verifyEmail(@Arg('token', () => String) token: string, @Ctx() context: IdentityContext): Promise<User> {
    return toUser(await context.accounts.verifyEmail(token), { ownerView: true });
  }

  @Mutation(() => Boolean, { description: 'Always true, whether or not a mail was sent.' })
  async resendVerification(@Arg('email', () => String) email: string, @Ctx() context: IdentityContext): Promise<boolean> {
    await context.accounts.resendVerification(email, context.caller.clientId);
    return true;
  }

  @Mutation(() => AuthPayload)
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() context: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload(await context.sessions.login(input.email, input.password, context.caller.clientId));
  }

  @Mutation(() => AuthPayload, { description: 'Spends the refresh token and returns its successor.' })
  async refreshSession(
    @Arg('refreshToken', () => String) refreshToken: string,
    @Ctx() context: IdentityContext,
  ): Promise<AuthPayload> {
    return toAuthPayload(await context.sessions.refresh(refreshToken));
  }

  @Mutation(() => Boolean, {
    description: "Ends the caller's current session and/or the session of the given refresh token; false when there was none.",
  })
  logout(
    @Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | null | undefined,
    @Ctx() context: IdentityContext,
  ): Promise<boolean> {
    return context.sessions.logout(context.caller, refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Always true, whether or not the email belongs to an account.' })
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() context: IdentityContext): Promise<boolean> {
    await context.accounts.requestPasswordReset(email, context.caller.clientId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Follows the emailed reset link (single use, 1 hour); signs out everywhere.' })
  async resetPassword(
    @Args(() => ResetPasswordArgs) { token, newPassword }: ResetPasswordArgs,
    @Ctx() context: IdentityContext,
  ): Promise<boolean> {
    await context.accounts.resetPassword(token, newPassword);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Signed in. Ends every other session of the user.' })
  @Authorized()
  async changePassword(
    @Args(() => ChangePasswordArgs) { currentPassword, newPassword }: ChangePasswordArgs,
    @Ctx() context: IdentityContext,
  ): Promise<boolean> {
    await context.accounts.changePassword(signedIn(context.caller).userId, context.caller.sessionId, currentPassword, newPassword);
    return true;
  }
}

export function toAuthPayload(result: AuthResult): AuthPayload {
  return Object.assign(new AuthPayload(), {
    accessToken: result.accessToken,
    accessTokenExpiresAt: result.accessTokenExpiresAt,
    refreshToken: result.refreshToken,
    refreshTokenExpiresAt: result.refreshTokenExpiresAt,
    user: toUser(result.user, { ownerView: true }),
  });
}
