import { conflict, InputError, notFound, refuseControlCharacters, type Role, ROLES } from '@marketplace/shared';
import type { Page } from '@marketplace/shared';
import type { Repositories } from '../data/repositories.ts';
import type { UserChanges, UserFilter, UserRecord } from '../data/user.repository.ts';
import type { IdentityDeps } from '../deps.ts';
import { suspensionMail } from '../mail/suspension.mail.ts';
import { sendMail } from './send-mail.ts';
import { applyUserChange, apiRoles, apiStatus, type UserChangePlan } from './user-change.ts';

export const PAGE_MAX = 100;
const REASON_MAX = 500;
const SEARCH_MAX = 254;


/** Throws an InputError on `field` unless 1 ≤ first ≤ 100. */
export function checkPageSize(first: number, field = 'first'): void {
  if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX) {
    throw new InputError(field, `${field} must be between 1 and ${PAGE_MAX}.`);
  }
}

/**
 * Owns what admins do to accounts. Every change is written in one transaction with its audit event, and is
 * conditional on the version that was read, so the event's before/after snapshots are exact.
 */
export class AdminService {
  constructor(
    private readonly deps: IdentityDeps,
    private readonly repos: Repositories,
  ) {}

  listUsers(filter: UserFilter, first: number, after?: string | null): Promise<Page<UserRecord>> {
    checkPageSize(first);
    const search = filter.search?.trim().toLowerCase();
    if (search && search.length > SEARCH_MAX) throw new InputError('search', `A search has at most ${SEARCH_MAX} characters.`);
    return this.repos.users.list({ ...filter, search: search || null }, first, after);
  }

  /** Replaces a user's roles; `customer` is always kept. Admins cannot drop their own admin role. */
  setUserRoles(actorId: string, userId: string, requested: readonly Role[]): Promise<UserRecord> {
    const roles = ROLES.filter((role) => role === 'customer' || requested.includes(role));
    if (actorId === userId && !roles.includes('admin')) {
      throw new InputError('roles', 'You cannot remove your own admin role.');
    }
    return this.change(actorId, userId, (user) =>
      sameRoles(user.roles, roles)
        ? null
        : {
            action: 'user.roles.set',
            changes: { roles },
            before: { roles: apiRoles(user.roles) },
            after: { roles: apiRoles(roles) },
          },
    );
  }

  /**
   * Suspends an account, ends all its sessions and tells its owner why. An account suspended already is CONFLICT
   * on `userId`: a repeat changes nothing, and mails and ends nothing again (reactivate first to change the reason).
   */
  async suspend(actorId: string, userId: string, rawReason: string): Promise<UserRecord> {
    const reason = rawReason.trim();
    if (!reason) throw new InputError('reason', 'Give a reason; the user receives it by email.');
    if ([...reason].length > REASON_MAX) throw new InputError('reason', `A reason has at most ${REASON_MAX} characters.`);
    refuseControlCharacters('reason', reason, 'A reason');
    if (actorId === userId) throw new InputError('userId', 'You cannot suspend yourself.');
    const now = this.deps.clock.now();
    const user = await this.change(actorId, userId, (current) => {
      if (current.status === 'suspended') throw conflict('This user is already suspended.', 'userId');
      return {
        action: 'user.suspend',
        changes: { status: 'suspended', suspendedReason: reason, suspendedAt: now.toISOString() },
        before: { status: apiStatus(current.status), suspendedReason: current.suspendedReason ?? null },
        after: { status: apiStatus('suspended'), suspendedReason: reason },
        reason,
      };
    });
    await this.repos.sessions.revokeAll(userId, now);
    await sendMail(this.deps, suspensionMail(user, reason));
    return user;
  }

  /** Lifts a suspension; the user signs in again (their old sessions stay ended). An active account is CONFLICT on `userId`. */
  reactivate(actorId: string, userId: string): Promise<UserRecord> {
    return this.change(actorId, userId, (user) => {
      if (user.status === 'active') throw conflict('This user is not suspended.', 'userId');
      return {
        action: 'user.reactivate',
        changes: { status: 'active', suspendedReason: null, suspendedAt: null },
        before: { status: apiStatus(user.status), suspendedReason: user.suspendedReason ?? null },
        after: { status: apiStatus('active'), suspendedReason: null },
      };
    });
  }

  private change(actorId: string, userId: string, plan: (user: UserRecord) => UserChangePlan | null): Promise<UserRecord> {
    return applyUserChange(this.deps, this.repos, actorId, userId, plan, 'userId');
  }
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}
