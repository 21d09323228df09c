import { auditEventPut, checkFields, conflict, DAY, InputError, notFound, randomToken, retryWhileStale, sha256, STALE, transactWrite } from '@marketplace/shared';
import { AUDIT_STREAM } from '../data/keys.ts';
import type { Repositories } from '../data/repositories.ts';
import type { SessionRecord } from '../data/session.repository.ts';
import type { UserRecord } from '../data/user.repository.ts';
import type { IdentityDeps } from '../deps.ts';
import { emailChangedMail, emailChangeMail } from '../mail/email-change.mail.ts';
import { emailLink, invalidLink } from './account.service.ts';
import { applyUserChange } from './user-change.ts';
import { validEmail, validName } from './credentials.ts';
import type { MailThrottle } from './mail-throttle.ts';
import type { PasswordThrottle } from './password-throttle.ts';
import { sendMail } from './send-mail.ts';

export const EMAIL_CHANGE_TOKEN_TTL_MS = 1 * DAY;

/** A session as its owner sees it in account settings. */
export interface SessionView {
  id: string;
  createdAt: string;
  lastActiveAt: string;
  expiresAt: string;
  /** The session this request was made with. */
  current: boolean;
}

/**
 * What signed-in users change about their own account: their name, their email address (confirmed from the new
 * address, announced to the old one) and their sessions (see them, end one, end all others). Password changes
 * stay with `AccountService`.
 */
export class AccountSettingsService {
  constructor(
    private readonly deps: IdentityDeps,
    private readonly repos: Repositories,
    private readonly mailThrottle: MailThrottle,
    /** Counts wrong current passwords per account (the CURRENT_PASSWORD rule). */
    private readonly currentPassword: PasswordThrottle,
  ) {}

  /** Renames the user (1 to 100 characters); audited. */
  updateProfile(userId: string, input: { name: string }): Promise<UserRecord> {
    const name = validName('input.name', input.name);
    // No names in the trail: it is hash-chained and outlives an erased account (the current name is on the account).
    return applyUserChange(this.deps, this.repos, userId, userId, (user) =>
      user.name === name ? null : { action: 'user.profile.update', changes: { name }, before: null, after: { changed: ['name'] } },
    );
  }

  /** The user's sessions that can still be used, most recently active first. */
  async sessions(userId: string, currentSessionId: string | undefined): Promise<SessionView[]> {
    const now = this.deps.clock.now().toISOString();
    return (await this.repos.sessions.listSessions(userId))
      .filter((s) => !s.revokedAt && s.expiresAt > now)
      .map((s) => toView(s, currentSessionId))
      .sort((a, b) => (a.lastActiveAt < b.lastActiveAt ? 1 : a.lastActiveAt > b.lastActiveAt ? -1 : 0));
  }

  /** Ends one of the user's own sessions (the current one too: that is signing out). */
  async endSession(userId: string, sessionId: string): Promise<void> {
    const session = await this.repos.sessions.getSession(userId, sessionId);
    if (!session || session.revokedAt) throw notFound('Session', 'id');
    await this.repos.sessions.revoke(userId, sessionId, this.deps.clock.now());
  }

  /** Ends every session of the user but the current one; how many ended. */
  endOtherSessions(userId: string, currentSessionId: string | undefined): Promise<number> {
    return this.repos.sessions.revokeAll(userId, this.deps.clock.now(), currentSessionId);
  }

  /**
   * Starts a change of address: checks the password (throttled per account, like changing the password), then mails a confirmation link to the new address (once a
   * day valid). Nothing changes until the link is followed. An address already in use is refused, as at sign-up.
   */
  async requestEmailChange(userId: string, input: { newEmail: string; currentPassword: string }, clientId: string | undefined): Promise<void> {
    const user = await this.repos.users.get(userId);
    if (!user) throw notFound('User');
    const passwordRight = !!user.passwordHash && (await this.currentPassword.verify(this.currentPassword.key(userId), user.passwordHash, input.currentPassword));
    const { newEmail } = checkFields({
      newEmail: () => {
        const email = validEmail('input.newEmail', input.newEmail);
        if (email === user.email) throw new InputError('input.newEmail', 'This is already your email address.');
        return email;
      },
      currentPassword: () => {
        if (!passwordRight) throw new InputError('input.currentPassword', 'The current password is not correct.');
      },
    });
    if (await this.repos.users.findByEmail(newEmail)) throw conflict('An account with this email address already exists.', 'input.newEmail');
    // Past the limits the request is answered as sent, like the other mails, but nothing goes out.
    if (!(await this.mailThrottle.admit('EMAIL_CHANGE', newEmail, clientId))) return;
    const now = this.deps.clock.now();
    const token = randomToken(32);
    const put = this.repos.emailTokens.putNew({
      tokenHash: sha256(token),
      kind: 'EMAIL_CHANGE',
      userId,
      newEmail,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + EMAIL_CHANGE_TOKEN_TTL_MS).toISOString(),
    });
    const written = await transactWrite(this.deps.db, [put]);
    if (!written.ok) throw new Error(`requestEmailChange: could not store the token (${written.reasons.join(', ')})`);
    await sendMail(this.deps, emailChangeMail({ email: newEmail, name: user.name }, emailLink(this.deps.publicUrl, 'confirm-email', token)));
  }

  /**
   * Follows the confirmation link: in one transaction the token is spent, the address claim moves and the user's
   * email changes (verified, since the link proves the address), with its audit event. The old address hears of it.
   */
  async confirmEmailChange(token: string): Promise<UserRecord> {
    const tokenHash = sha256(token);
    let previous = '';
    const user = await retryWhileStale(async () => {
      const record = await this.repos.emailTokens.get(tokenHash);
      const user = record?.kind === 'EMAIL_CHANGE' && record.newEmail ? await this.repos.users.get(record.userId) : null;
      if (!record?.newEmail || !user) throw invalidLink();
      const now = this.deps.clock.now();
      const { item, after } = this.repos.users.update(user, { email: record.newEmail, emailVerified: true }, now);
      const audit = auditEventPut(
        this.deps.table,
        {
          stream: AUDIT_STREAM,
          actorId: user.id,
          action: 'user.email.change',
          targetType: 'User',
          targetId: user.id,
          userId: user.id,
          // No addresses in the trail: it outlives them (the account's current one is on the account).
        },
        now,
      );
      const result = await transactWrite(this.deps.db, [
        this.repos.emailTokens.spend(tokenHash, 'EMAIL_CHANGE', now),
        ...this.repos.users.moveEmailClaim(user, record.newEmail, now),
        item,
        ...audit.items,
      ]);
      if (result.ok) {
        previous = user.email;
        return after;
      }
      if (result.reasons[0] === 'ConditionalCheckFailed') throw invalidLink();
      if (result.reasons[1] === 'ConditionalCheckFailed') throw conflict('Another account took this email address in the meantime.', 'token');
      if (result.reasons[2] === 'ConditionalCheckFailed' || result.reasons[3] === 'ConditionalCheckFailed') return STALE;
      throw new Error(`confirmEmailChange: transaction cancelled (${result.reasons.join(', ')})`);
    });
    await sendMail(this.deps, emailChangedMail({ email: previous, name: user.name }, user.email));
    return user;
  }
}

function toView(session: SessionRecord, currentSessionId: string | undefined): SessionView {
  return {
    id: session.id,
    createdAt: session.createdAt,
    lastActiveAt: session.lastRefreshedAt,
    expiresAt: session.expiresAt,
    current: session.id === currentSessionId,
  };
}
