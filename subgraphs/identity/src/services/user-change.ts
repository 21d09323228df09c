import type { AccountStatus } from '@marketplace/contracts';
import { notFound, type Role } from '@marketplace/shared';
import { auditEventPut } from '@marketplace/shared';
import { AUDIT_STREAM } from '../data/keys.ts';
import type { Repositories } from '../data/repositories.ts';
import { transactWrite } from '@marketplace/shared';
import type { UserChanges, UserRecord } from '../data/user.repository.ts';
import type { IdentityDeps } from '../deps.ts';
import { retryWhileStale, STALE } from '@marketplace/shared';

/** A planned change of one user: the fields to write and the audit entry's snapshots of them. */
export interface UserChangePlan {
  action: string;
  changes: UserChanges;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  reason?: string;
}

/**
 * Applies `plan(user)` with its audit event; a plan of null means "nothing to change". An unknown user is NOT_FOUND,
 * naming `field` (the id argument, e.g. an admin's `userId`) when the user was named by one.
 */
export function applyUserChange(
  deps: Pick<IdentityDeps, 'db' | 'table' | 'clock'>,
  repos: Pick<Repositories, 'users'>,
  actorId: string | null,
  userId: string,
  plan: (user: UserRecord) => UserChangePlan | null,
  field?: string,
): Promise<UserRecord> {
  return retryWhileStale(async () => {
    const user = await repos.users.get(userId);
    if (!user) throw notFound('User', field);
    const planned = plan(user);
    if (!planned) return user;
    const now = deps.clock.now();
    const { item, after } = repos.users.update(user, planned.changes, now);
    const audit = auditEventPut(
      deps.table,
      {
        stream: AUDIT_STREAM,
        actorId,
        action: planned.action,
        targetType: 'User',
        targetId: user.id,
        userId: user.id,
        before: planned.before,
        after: planned.after,
        reason: planned.reason,
      },
      now,
    );
    const result = await transactWrite(deps.db, [item, ...audit.items]);
    if (result.ok) return after;
    if (result.reasons[0] === 'ConditionalCheckFailed') return STALE;
    throw new Error(`${planned.action}: transaction cancelled (${result.reasons.join(', ')})`);
  });
}

// Audit snapshots speak the API's vocabulary (enum names as clients see them), since admins read them as JSON.
export const apiRoles = (roles: readonly Role[]) => roles.map((role) => role.toUpperCase());
export const apiStatus = (status: AccountStatus) => status.toUpperCase();

