import { signedIn } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import { AuthPayload } from '../entities/auth-payload.entity.ts';
import { LoginInput } from '../entities/auth.inputs.ts';
import { ChangePasswordArgs, ResetPasswordArgs } from '../entities/operation.args.ts';
import { AccountMailArgs, ProofOfWorkChallenge, ProofOfWorkPurposeEnum, RegisterArgs } from '../entities/proof-of-work.entity.ts';
import { toUser, User } from '../entities/user.entity.ts';
import type { ProofOfWorkPurpose } from '../services/proof-of-work.ts';
import type { AuthResult } from '../services/session.service.ts';

/** Account and session mutations; most are open to anonymous callers by nature. */
@Resolver()
export class AuthResolver {
  @Query(() => ProofOfWorkChallenge, { description: 'A fresh proof-of-work challenge for sign-up, password reset or resend verification.' })
  async proofOfWorkChallenge(
    @Arg('purpose', () => ProofOfWorkPurposeEnum) purpose: ProofOfWorkPurpose,
    @Ctx() context: IdentityContext,
  ): Promise<ProofOfWorkChallenge> {
    return Object.assign(new ProofOfWorkChallenge(), await context.proofOfWork.issue(purpose));
  }

  @Mutation(() => User, { description: 'Creates an account and emails a verification link. Needs a solved SIGN_UP proof of work.' })
  async register(@Args(() => RegisterArgs) { input, proofOfWork }: RegisterArgs, @Ctx() context: IdentityContext): Promise<User> {
    await context.proofOfWork.spend('SIGN_UP', proofOfWork);
    return toUser(await context.accounts.register(input), { ownerView: true });
  }

  @Mutation(() => User, { description: 'Follows the emailed verification link (single use, 24 hours).' })
  async verifyEmail(@Arg('token', () => String) token: string, @Ctx() context: IdentityContext): Promise<User> {
    return toUser(await context.accounts.verifyEmail(token), { ownerView: true });
  }

  @Mutation(() => Boolean, { description: 'Always true, whether or not a mail was sent. Needs a solved RESEND_VERIFICATION proof of work.' })
  async resendVerification(@Args(() => AccountMailArgs) { email, proofOfWork }: AccountMailArgs, @Ctx() context: IdentityContext): Promise<boolean> {
    await context.proofOfWork.spend('RESEND_VERIFICATION', proofOfWork);
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

  @Mutation(() => Boolean, { description: 'Always true, whether or not the email belongs to an account. Needs a solved PASSWORD_RESET proof of work.' })
  async requestPasswordReset(@Args(() => AccountMailArgs) { email, proofOfWork }: AccountMailArgs, @Ctx() context: IdentityContext): Promise<boolean> {
    await context.proofOfWork.spend('PASSWORD_RESET', proofOfWork);
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

/** Setting a first password on an account that has none (social sign-ups). */
@Resolver()
export class PasswordSetupResolver {
  @Mutation(() => Boolean, {
    description: 'Signed in, for an account without a password (social sign-up): emails a link that sets its first password. CONFLICT when it has one.',
  })
  @Authorized()
  async requestPasswordSetup(@Ctx() context: IdentityContext): Promise<boolean> {
    await context.accounts.requestPasswordSetup(signedIn(context.caller).userId, context.caller.clientId);
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
