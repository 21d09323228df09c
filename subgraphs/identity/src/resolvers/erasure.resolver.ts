import { signedIn } from '@marketplace/shared';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.ts';
import { AccountDeletion, Consent, RecordConsentInput, RequestAccountDeletionInput, toAccountDeletion, toConsent } from '../entities/erasure.entity.ts';

/** Account deletion (with its grace period) and consent records: the GDPR section of account settings. */
@Resolver()
export class ErasureResolver {
  @Query(() => AccountDeletion, { nullable: true, description: 'Signed in. The scheduled deletion of your account, if any.' })
  @Authorized()
  async myAccountDeletion(@Ctx() context: IdentityContext): Promise<AccountDeletion | null> {
    const request = await context.erasure.pending(signedIn(context.caller).userId);
    return request ? toAccountDeletion({ state: 'SCHEDULED', request }) : null;
  }

  @Mutation(() => AccountDeletion, {
    description:
      'Signed in. Schedules the deletion of your account after a 14-day grace period (re-enter your password), or mails a confirmation link to accounts without a password.',
  })
  @Authorized()
  async requestAccountDeletion(
    @Arg('input', () => RequestAccountDeletionInput) input: RequestAccountDeletionInput,
    @Ctx() context: IdentityContext,
  ): Promise<AccountDeletion> {
    return toAccountDeletion(await context.erasure.requestBySelf(signedIn(context.caller).userId, input));
  }

  @Mutation(() => AccountDeletion, { description: 'Follows the emailed link of an account without a password: schedules its deletion.' })
  async confirmAccountDeletion(@Arg('token', () => String) token: string, @Ctx() context: IdentityContext): Promise<AccountDeletion> {
    return toAccountDeletion({ state: 'SCHEDULED', request: await context.erasure.confirmByEmail(token, context.caller.userId) });
  }

  @Mutation(() => Boolean, { description: 'Signed in. Cancels the scheduled deletion of your account; everything stays as it was.' })
  @Authorized()
  async cancelAccountDeletion(@Ctx() context: IdentityContext): Promise<boolean> {
    const { userId } = signedIn(context.caller);
    await context.erasure.cancel(userId, userId);
    return true;
  }

  @Mutation(() => AccountDeletion, {
    description: 'Admins. Schedules the deletion of an account for a request its holder sent by email (same grace period; the holder is mailed and may cancel). Audited with the reason.',
  })
  @Authorized('admin')
  async scheduleAccountErasure(
    @Arg('userId', () => ID) userId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: IdentityContext,
  ): Promise<AccountDeletion> {
    return toAccountDeletion({ state: 'SCHEDULED', request: await context.erasure.requestByAdmin(signedIn(context.caller).userId, userId, reason) });
  }

  @Query(() => AccountDeletion, { nullable: true, description: "Admins. The scheduled deletion of a user's account, if any (the admin user page)." })
  @Authorized('admin')
  async accountErasure(@Arg('userId', () => ID) userId: string, @Ctx() context: IdentityContext): Promise<AccountDeletion | null> {
    const request = await context.erasure.pending(userId);
    return request ? toAccountDeletion({ state: 'SCHEDULED', request }) : null;
  }

  @Mutation(() => Boolean, { description: 'Admins. Cancels a scheduled deletion of an account within its grace period.' })
  @Authorized('admin')
  async cancelAccountErasure(@Arg('userId', () => ID) userId: string, @Ctx() context: IdentityContext): Promise<boolean> {
    await context.erasure.cancel(signedIn(context.caller).userId, userId, 'userId');
    return true;
  }

  @Query(() => [Consent], { description: 'Signed in. Your consent decisions (terms, marketing emails), newest first.' })
  @Authorized()
  async myConsents(@Ctx() context: IdentityContext): Promise<Consent[]> {
    return (await context.erasure.consents(signedIn(context.caller).userId)).map(toConsent);
  }

  @Mutation(() => Consent, { description: 'Signed in. Records a consent decision for the current version of the text.' })
  @Authorized()
  async recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() context: IdentityContext): Promise<Consent> {
    return toConsent(await context.erasure.recordConsent(signedIn(context.caller).userId, input));
  }
}
