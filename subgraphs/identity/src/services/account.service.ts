import { checkFields, conflict, HOUR, InputError, newId, notFound, randomToken, rateLimited, sha256 } from '@marketplace/shared';
import type { EmailTokenKind } from '../data/email-token.repository.ts';
import { consentRecord } from '../data/erasure.repository.ts';
import type { Repositories } from '../data/repositories.ts';
import { createEventOutbox, type TransactItem, transactWrite } from '@marketplace/shared';
import type { UserRecord } from '../data/user.repository.ts';
import type { IdentityDeps } from '../deps.ts';
import { passwordResetMail } from '../mail/password-reset.mail.ts';
import { passwordSetupMail } from '../mail/password-setup.mail.ts';
import { verificationMail } from '../mail/verification.mail.ts';
import {
  checkPassword,
  hashPassword,
  normalizeEmail,
  validEmail,
  validName,
} from './credentials.ts';
import { retryWhileStale, STALE } from '@marketplace/shared';
import { MAIL_WINDOW_MS, type MailThrottle } from './mail-throttle.ts';
import type { PasswordThrottle } from './password-throttle.ts';
import { sendMail } from './send-mail.ts';

export const VERIFY_TOKEN_TTL_MS = 24 * HOUR;
export const RESET_TOKEN_TTL_MS = 1 * HOUR;

/** Owns accounts: registration, email verification, password reset and change. */
export class AccountService {
  private readonly outbox;

  constructor(
    private readonly deps: IdentityDeps,
    private readonly repos: Repositories,
    private readonly mailThrottle: MailThrottle,
    /** Counts wrong current passwords per account (the CURRENT_PASSWORD rule). */
    private readonly currentPassword: PasswordThrottle,
  ) {
    this.outbox = createEventOutbox(deps);
  }

  /**
   * Creates an unverified customer and emails a verification link. Input is checked before anything is
   * written; the email claim and the user are written in one transaction, so of two concurrent registrations
   * of one email exactly one succeeds. The terms must be accepted (`acceptTerms: true`): an account is a contract.
   */
  async register(input: { email: string; password: string; name: string; acceptTerms?: boolean | null; marketingEmails?: boolean | null }): Promise<UserRecord> {
    const { email, name } = checkFields({
      email: () => validEmail('input.email', input.email),
      password: () => checkPassword('input.password', input.password, normalizeEmail(input.email)),
      name: () => validName('input.name', input.name),
      acceptTerms: () => {
        if (input.acceptTerms !== true) throw new InputError('input.acceptTerms', 'Accept the terms of use to create an account.');
      },
    });
    const passwordHash = await hashPassword(input.password);

    const now = this.deps.clock.now();
    const user: UserRecord = {
      id: newId('usr', now),
      email,
      name,
      nameLower: name.toLowerCase(),
      passwordHash,
      roles: ['customer'],
      status: 'active',
      emailVerified: false,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    const verify = this.newEmailToken('VERIFY', user.id, now);
    const consents = [
      consentRecord('terms', true, now, 'sign-up'),
      ...(input.marketingEmails != null ? [consentRecord('marketing', input.marketingEmails, now, 'sign-up')] : []),
    ].map((consent) => this.repos.erasure.putConsent(user.id, consent));
    const signedUp = this.outbox.stage([{ type: 'user.signed_up', time: now, userId: user.id, dedupeKey: user.id }]);
    const result = await transactWrite(this.deps.db, [...this.repos.users.putNew(user), verify.item, ...consents, ...signedUp.items]);
    if (!result.ok) {
      if (result.reasons[0] === 'ConditionalCheckFailed') {
        throw conflict('An account with this email address already exists.', 'input.email');
      }
      throw new Error(`register: transaction cancelled (${result.reasons.join(', ')})`);
    }
    await signedUp.publish();
    await sendMail(this.deps, verificationMail(user, this.link('verify-email', verify.token)));
    return user;
  }

  /** Marks the account verified; the token works once and for 24 hours. */
  verifyEmail(token: string): Promise<UserRecord> {
    const tokenHash = sha256(token);
    return retryWhileStale(async () => {
      const now = this.deps.clock.now();
      const record = await this.repos.emailTokens.get(tokenHash);
      const user = record?.kind === 'VERIFY' ? await this.repos.users.get(record.userId) : null;
      if (!record || !user) throw invalidLink();
      const { item, after } = this.repos.users.update(user, { emailVerified: true }, now);
      const verified = this.outbox.stage([{ type: 'user.verified', time: now, userId: user.id, dedupeKey: user.id }]);
      const result = await transactWrite(this.deps.db, [this.repos.emailTokens.spend(tokenHash, 'VERIFY', now), item, ...verified.items]);
      if (result.ok) {
        await verified.publish();
        return after;
      }
      if (result.reasons[0] === 'ConditionalCheckFailed') throw invalidLink();
      // The user changed between read and write; the token is still unspent.
      if (result.reasons[1] === 'ConditionalCheckFailed') return STALE;
      throw new Error(`verifyEmail: transaction cancelled (${result.reasons.join(', ')})`);
    });
  }

  /**
   * Sends a fresh link to an unverified account; does nothing otherwise, nor past the mail limits (the caller
   * always hears "sent").
   */
  async resendVerification(rawEmail: string, clientId: string | undefined): Promise<void> {
    const email = normalizeEmail(rawEmail);
    if (!(await this.mailThrottle.admit('VERIFY', email, clientId))) return;
    const user = await this.repos.users.findByEmail(email);
    if (!user || user.emailVerified) return;
    const verify = this.newEmailToken('VERIFY', user.id, this.deps.clock.now());
    await this.write(verify.item);
    await sendMail(this.deps, verificationMail(user, this.link('verify-email', verify.token)));
  }

  /**
   * Emails a reset link to a known account; unknown emails get nothing, nor requests past the mail limits (the
   * caller always hears "sent").
   */
  async requestPasswordReset(rawEmail: string, clientId: string | undefined): Promise<void> {
    const email = normalizeEmail(rawEmail);
    if (!(await this.mailThrottle.admit('RESET', email, clientId))) return;
    const user = await this.repos.users.findByEmail(email);
    if (!user) return;
    const reset = this.newEmailToken('RESET', user.id, this.deps.clock.now());
    await this.write(reset.item);
    await sendMail(this.deps, passwordResetMail(user, this.link('reset-password', reset.token)));
  }

  /**
   * Emails a signed-in account that has no password (a social sign-up) a link that sets its first one: the reset
   * link (it proves the address again, and `resetPassword` sets the password), within the reset mail limits.
   */
  async requestPasswordSetup(userId: string, clientId: string | undefined): Promise<void> {
    const user = await this.repos.users.get(userId);
    if (!user) throw notFound('The account');
    if (user.passwordHash) throw conflict('This account already has a password: change it instead.');
    if (!(await this.mailThrottle.admit('RESET', user.email, clientId))) {
      throw rateLimited('Too many password emails for this account: try again later.', Math.ceil(MAIL_WINDOW_MS / 1000));
    }
    const reset = this.newEmailToken('RESET', user.id, this.deps.clock.now());
    await this.write(reset.item);
    await sendMail(this.deps, passwordSetupMail(user, this.link('reset-password', reset.token)));
  }

  /**
   * Sets a new password through an emailed token (once, within 1 hour) and signs the user out everywhere.
   * Following the link proves the address, so an unverified account becomes verified.
   */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const tokenHash = sha256(token);
    const user = await retryWhileStale(async () => {
      const record = await this.repos.emailTokens.get(tokenHash);
      const user = record?.kind === 'RESET' ? await this.repos.users.get(record.userId) : null;
      if (!record || !user) throw invalidLink();
      checkPassword('newPassword', newPassword, user.email);
      const passwordHash = await hashPassword(newPassword);
      const now = this.deps.clock.now();
      const { item, after } = this.repos.users.update(user, { passwordHash, emailVerified: true }, now);
      const result = await transactWrite(this.deps.db, [this.repos.emailTokens.spend(tokenHash, 'RESET', now), item]);
      if (result.ok) return after;
      if (result.reasons[0] === 'ConditionalCheckFailed') throw invalidLink();
      if (result.reasons[1] === 'ConditionalCheckFailed') return STALE;
      throw new Error(`resetPassword: transaction cancelled (${result.reasons.join(', ')})`);
    });
    await this.repos.sessions.revokeAll(user.id, this.deps.clock.now());
  }

  /**
   * Changes the password of a signed-in user and ends every other session of theirs. Every problem with the two
   * passwords is refused at once (a wrong current one is one of them, as in `requestEmailChange`).
   */
  async changePassword(
    userId: string,
    currentSessionId: string | undefined,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    await retryWhileStale(async () => {
      const user = await this.repos.users.get(userId);
      if (!user) throw notFound('The account');
      // Past the limit of wrong current passwords this is refused (RATE_LIMITED) before anything is checked.
      const currentRight = !!user.passwordHash && (await this.currentPassword.verify(this.currentPassword.key(userId), user.passwordHash, currentPassword));
      checkFields({
        currentPassword: () => {
          if (!user.passwordHash) throw new InputError('currentPassword', 'This account has no password yet: ask for the link that sets one.');
          if (!currentRight) throw new InputError('currentPassword', 'The current password is not correct.');
        },
        newPassword: () => checkPassword('newPassword', newPassword, user.email),
        newPasswordDiffers: () => {
          if (newPassword === currentPassword) throw new InputError('newPassword', 'The new password must differ from the current one.');
        },
      });
      const now = this.deps.clock.now();
      const { item, after } = this.repos.users.update(user, { passwordHash: await hashPassword(newPassword) }, now);
      const result = await transactWrite(this.deps.db, [item]);
      if (result.ok) return after;
      if (result.reasons[0] === 'ConditionalCheckFailed') return STALE;
      throw new Error(`changePassword: transaction cancelled (${result.reasons.join(', ')})`);
    });
    await this.repos.sessions.revokeAll(userId, this.deps.clock.now(), currentSessionId);
  }

  private newEmailToken(kind: EmailTokenKind, userId: string, now: Date): { token: string; item: TransactItem } {
    const token = randomToken(32);
    const ttl = kind === 'VERIFY' ? VERIFY_TOKEN_TTL_MS : RESET_TOKEN_TTL_MS;
    const item = this.repos.emailTokens.putNew({
      tokenHash: sha256(token),
      kind,
      userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttl).toISOString(),
    });
    return { token, item };
  }

  private async write(item: TransactItem): Promise<void> {
    const result = await transactWrite(this.deps.db, [item]);
    if (!result.ok) throw new Error(`could not store an email token (${result.reasons.join(', ')})`);
  }

  private link(path: 'verify-email' | 'reset-password', token: string): string {
    return emailLink(this.deps.publicUrl, path, token);
  }
}

/** The web app's page for an emailed token, e.g. `<PUBLIC_URL>/verify-email?token=…`. */
export function emailLink(publicUrl: string, path: string, token: string): string {
  const url = new URL(path, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
  url.searchParams.set('token', token);
  return url.toString();
}

export function invalidLink(): InputError {
  return new InputError('token', 'This link is invalid, was already used or has expired. Ask for a new one.');
}
