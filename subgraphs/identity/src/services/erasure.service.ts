import { ACCOUNT_DELETION_GRACE_DAYS, type ConsentKind, days } from '@marketplace/contracts';
import { auditEventPut, conflict, DomainError, HOUR, InputError, notFound, randomToken, sha256, type TransactItem, transactWrite } from '@marketplace/shared';
import { type ConsentRecord, consentRecord, type ErasureRequest } from '../data/erasure.repository.ts';
import { AUDIT_STREAM } from '../data/keys.ts';
import type { Repositories } from '../data/repositories.ts';
import type { UserRecord } from '../data/user.repository.ts';
import type { IdentityDeps } from '../deps.ts';
import { deletionCancelledMail, deletionConfirmMail, deletionScheduledMail } from '../mail/account-deletion.mail.ts';
import { emailLink, invalidLink } from './account.service.ts';
import type { PasswordThrottle } from './password-throttle.ts';
import { sendMail } from './send-mail.ts';

/** How long the emailed confirmation of a social-only account's deletion request works. */
export const DELETION_LINK_TTL_MS = 1 * HOUR;

export type DeletionState = { state: 'SCHEDULED'; request: ErasureRequest } | { state: 'CONFIRM_BY_EMAIL' };

/**
 * Account deletion (GDPR erasure): requested by the holder (re-authenticated) or by an admin for a request
 * received by email, confirmed by mail, carried out when its grace period of ACCOUNT_DELETION_GRACE_DAYS ends
 * unless cancelled (`ErasureJob` carries it out). Until then nothing else changes, so a cancellation restores
 * everything. Every step is audited.
 */
export class ErasureService {
  constructor(
    private readonly deps: IdentityDeps,
    private readonly repos: Repositories,
    /** Counts wrong passwords per account (the CURRENT_PASSWORD rule, shared with password and email changes). */
    private readonly currentPassword: PasswordThrottle,
  ) {}

  pending(userId: string): Promise<ErasureRequest | null> {
    return this.repos.erasure.get(userId);
  }

  /**
   * The holder asks: accounts with a password re-enter it (the deletion is scheduled at once); accounts that
   * only sign in through a provider get an emailed link that schedules it.
   */
  async requestBySelf(userId: string, input: { password?: string | null }): Promise<DeletionState> {
    const user = await this.deletable(userId);
    if (user.passwordHash) {
      if (!input.password) throw new InputError('input.password', 'Enter your password to delete your account.');
      if (!(await this.currentPassword.verify(this.currentPassword.key(userId), user.passwordHash, input.password))) throw new InputError('input.password', 'The password is not correct.');
      return { state: 'SCHEDULED', request: await this.schedule(user, { requestedBy: 'self' }) };
    }
    const now = this.deps.clock.now();
    const token = randomToken(32);
    const put = this.repos.emailTokens.putNew({
      tokenHash: sha256(token),
      kind: 'ACCOUNT_DELETION',
      userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + DELETION_LINK_TTL_MS).toISOString(),
    });
    const written = await transactWrite(this.deps.db, [put]);
    if (!written.ok) throw new Error(`requestAccountDeletion: could not store the token (${written.reasons.join(', ')})`);
    await sendMail(this.deps, deletionConfirmMail(user, emailLink(this.deps.publicUrl, 'settings', token)));
    return { state: 'CONFIRM_BY_EMAIL' };
  }

  /** Follows the emailed link of a social-only account: schedules the deletion (the link works once). */
  async confirmByEmail(token: string, callerId: string | undefined): Promise<ErasureRequest> {
    const tokenHash = sha256(token);
    const record = await this.repos.emailTokens.get(tokenHash);
    if (record?.kind !== 'ACCOUNT_DELETION') throw invalidLink();
    // Signed in as someone else: the link is not theirs to follow.
    if (callerId && callerId !== record.userId) throw new DomainError('FORBIDDEN', 'This link belongs to another account.');
    const user = await this.deletable(record.userId);
    return this.schedule(user, { requestedBy: 'self' }, this.repos.emailTokens.spend(tokenHash, 'ACCOUNT_DELETION', this.deps.clock.now()));
  }

  /** An admin schedules the deletion of `userId` for a request received by email; the holder is mailed and may cancel. */
  async requestByAdmin(adminId: string, userId: string, rawReason: string): Promise<ErasureRequest> {
    const reason = rawReason.trim();
    if (reason.length < 3 || reason.length > 500) throw new InputError('reason', 'Give the reason (3 to 500 characters), e.g. the date and channel of the request; no email addresses.');
    if (adminId === userId) throw new InputError('userId', 'Delete your own account from your account settings.');
    const user = await this.deletable(userId, 'userId');
    return this.schedule(user, { requestedBy: 'admin', adminId, reason });
  }

  /** Cancels a pending deletion within its grace period: the holder, or an admin (who names the user in `field`). */
  async cancel(actorId: string, userId: string, field?: string): Promise<void> {
    const user = await this.repos.users.get(userId);
    const request = await this.repos.erasure.get(userId);
    if (!user || !request) throw notFound('A scheduled account deletion', field);
    const now = this.deps.clock.now();
    const audit = auditEventPut(
      this.deps.table,
      { stream: AUDIT_STREAM, actorId, action: 'user.erasure.cancel', targetType: 'User', targetId: userId, userId, before: { dueAt: request.dueAt }, after: null },
      now,
    );
    const result = await transactWrite(this.deps.db, [this.repos.erasure.remove(userId), ...audit.items]);
    if (!result.ok) {
      if (result.reasons[0] === 'ConditionalCheckFailed') throw notFound('A scheduled account deletion', field);
      throw new Error(`cancelAccountDeletion: transaction cancelled (${result.reasons.join(', ')})`);
    }
    await sendMail(this.deps, deletionCancelledMail(user));
  }

  /** The consents of a user: the newest decision per kind first, then the history. */
  consents(userId: string): Promise<ConsentRecord[]> {
    return this.repos.erasure.consents(userId);
  }

  /** Records a consent decision of a signed-in user (settings). Terms can only be accepted: withdrawing is deleting the account. */
  async recordConsent(userId: string, input: { kind: ConsentKind; granted: boolean }, source: ConsentRecord['source'] = 'settings'): Promise<ConsentRecord> {
    if (input.kind === 'terms' && !input.granted) throw new InputError('input.granted', 'The terms cannot be declined while you keep an account; delete your account instead.');
    if (!(await this.repos.users.get(userId))) throw notFound('User');
    const consent = consentRecord(input.kind, input.granted, this.deps.clock.now(), source);
    const result = await transactWrite(this.deps.db, [this.repos.erasure.putConsent(userId, consent)]);
    if (!result.ok) throw conflict('A consent was recorded at the same moment; try again.');
    return consent;
  }

  /** The user if their account may be deleted; NOT_FOUND (on `field` when an admin named them) if gone. */
  private async deletable(userId: string, field?: string): Promise<UserRecord> {
    const user = await this.repos.users.get(userId);
    if (!user || user.erasedAt) throw notFound('User', field);
    if (user.roles.includes('admin')) throw conflict('An admin account cannot be deleted; another admin must remove its admin role first.', 'userId');
    return user;
  }

  private async schedule(user: UserRecord, by: { requestedBy: 'self' | 'admin'; adminId?: string; reason?: string }, ...also: TransactItem[]): Promise<ErasureRequest> {
    const now = this.deps.clock.now();
    const request: ErasureRequest = {
      userId: user.id,
      requestedAt: now.toISOString(),
      dueAt: new Date(now.getTime() + days(ACCOUNT_DELETION_GRACE_DAYS)).toISOString(),
      requestedBy: by.requestedBy,
      ...(by.adminId ? { adminId: by.adminId } : {}),
    };
    const audit = auditEventPut(
      this.deps.table,
      {
        stream: AUDIT_STREAM,
        actorId: by.adminId ?? user.id,
        action: 'user.erasure.request',
        targetType: 'User',
        targetId: user.id,
        userId: user.id,
        after: { dueAt: request.dueAt, requestedBy: request.requestedBy },
        reason: by.reason ?? null,
      },
      now,
    );
    const result = await transactWrite(this.deps.db, [this.repos.erasure.put(request), ...also, ...audit.items]);
    if (!result.ok) {
      if (result.reasons[0] === 'ConditionalCheckFailed') throw conflict('A deletion of this account is already scheduled.');
      if (also.length > 0 && result.reasons[1] === 'ConditionalCheckFailed') throw invalidLink();
      throw new Error(`requestAccountDeletion: transaction cancelled (${result.reasons.join(', ')})`);
    }
    await sendMail(this.deps, deletionScheduledMail(user, request.dueAt, new URL('settings', `${this.deps.publicUrl.replace(/\/$/, '')}/`).toString(), by.requestedBy === 'admin'));
    return request;
  }
}
