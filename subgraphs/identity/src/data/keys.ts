import type { AuditStream } from '@marketplace/shared';
/**
 * Keys of the identity table (single-table design: generic `pk`/`sk`, overloaded `gsi1*`/`gsi2*`, TTL `ttl`).
 *
 * Access patterns (→ how they are served):
 *   1. User by id (profile, roles, status)  → GetItem / BatchGetItem  pk=USER#<userId>          sk=PROFILE
 *   2. User id by email; email uniqueness   → GetItem / conditional Put  pk=EMAIL#<email>     sk=CLAIM
 *   3. All users by creation, newest first  → Query gsi1  gsi1pk=USERS  gsi1sk=<createdAt>#<userId>
 *      (admin list; search/role/status are filters over this partition)
 *   4. Sessions (refresh families) of a user → Query  pk=USER#<userId>  sk begins_with SESSION#
 *   5. One session of a user (status check) → GetItem  pk=USER#<userId>  sk=SESSION#<sessionId>
 *   6. Refresh token by its SHA-256         → GetItem  pk=REFRESH#<sha256>  sk=REFRESH
 *   7. Email token (verify / reset) by SHA-256 → GetItem  pk=TOKEN#<sha256>  sk=TOKEN
 *   8. Attempt throttles (sign-in, current password, mails) by keyed hash → conditional UpdateItem  pk=THROTTLE#<keyedHash>  sk=LOGIN
 *   9-11. Audit events (of a target, of an actor — SYSTEM for bootstrap —, all; newest first): the shared
 *         layout of @marketplace/shared `audit/audit-record.ts` (pk=AUDIT#<targetId>, gsi1 by actor, gsi2 all)
 *  12. "An admin was bootstrapped" claim    → conditional Put  pk=BOOTSTRAP#ADMIN  sk=CLAIM
 *  13. Linked providers of a user          → Query  pk=USER#<userId>  sk begins_with IDENTITY#
 *  14. User by provider account; one link each → GetItem / conditional Put  pk=IDP#<providerId>#<subject>  sk=CLAIM
 *  15. Social sign-in flow by SHA-256 of its state (single use, 10 min) → conditional Update  pk=SOCIALFLOW#<sha256>  sk=FLOW
 *  16. Pending link by SHA-256 of its token (single use, 30 min)      → GetItem / conditional Update  pk=SOCIALLINK#<sha256>  sk=LINK
 *  17. A user's pending account deletion (one at a time) → GetItem / conditional Put / Delete  pk=USER#<userId>  sk=ERASURE
 *      Deletions due by a time (the erasure job) → Query gsi1  gsi1pk=ERASURES-DUE  gsi1sk <= <now ISO>~  (gsi1sk=<dueAt>#<userId>)
 *  18. A user's consents, newest first (terms, marketing emails; each a record with time and version)
 *                                          → Query  pk=USER#<userId>  sk begins_with CONSENT#  (sk=CONSENT#<at>#<kind>)
 *  19. Spent proof-of-work challenge by SHA-256 of its signature (until it expires) → conditional Put  pk=POW#<sha256>  sk=SPENT
 *
 * Timestamps in sort keys are ISO-8601 UTC with milliseconds, so they sort lexicographically; ids are ULIDs,
 * which break ties in creation order. Patterns 3 and 11 are single partitions: fine for admin-scale reads,
 * and the first thing to shard (by month) if sign-ups or admin actions ever reach thousands per second.
 */
export const keys = {
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' }),
  userList: (createdAt: string, userId: string) => ({ gsi1pk: USERS_PARTITION, gsi1sk: `${createdAt}#${userId}` }),
  emailClaim: (email: string) => ({ pk: `EMAIL#${email}`, sk: 'CLAIM' }),
  session: (userId: string, sessionId: string) => ({ pk: `USER#${userId}`, sk: `SESSION#${sessionId}` }),
  sessionsOf: (userId: string) => ({ pk: `USER#${userId}`, skPrefix: 'SESSION#' }),
  refreshToken: (tokenHash: string) => ({ pk: `REFRESH#${tokenHash}`, sk: 'REFRESH' }),
  emailToken: (tokenHash: string) => ({ pk: `TOKEN#${tokenHash}`, sk: 'TOKEN' }),
  loginThrottle: (throttleKey: string) => ({ pk: `THROTTLE#${throttleKey}`, sk: 'LOGIN' }),
  bootstrapAdmin: () => ({ pk: 'BOOTSTRAP#ADMIN', sk: 'CLAIM' }),
  linkedIdentity: (userId: string, providerId: string) => ({ pk: `USER#${userId}`, sk: `IDENTITY#${providerId}` }),
  linkedIdentitiesOf: (userId: string) => ({ pk: `USER#${userId}`, skPrefix: 'IDENTITY#' }),
  identityClaim: (providerId: string, subject: string) => ({ pk: `IDP#${providerId}#${subject}`, sk: 'CLAIM' }),
  socialFlow: (stateHash: string) => ({ pk: `SOCIALFLOW#${stateHash}`, sk: 'FLOW' }),
  pendingLink: (tokenHash: string) => ({ pk: `SOCIALLINK#${tokenHash}`, sk: 'LINK' }),
  erasure: (userId: string) => ({ pk: `USER#${userId}`, sk: 'ERASURE' }),
  erasureDue: (dueAt: string, userId: string) => ({ gsi1pk: ERASURES_DUE_PARTITION, gsi1sk: `${dueAt}#${userId}` }),
  consent: (userId: string, at: string, kind: string) => ({ pk: `USER#${userId}`, sk: `CONSENT#${at}#${kind}` }),
  consentsOf: (userId: string) => ({ pk: `USER#${userId}`, skPrefix: 'CONSENT#' }),
  spentProofOfWork: (signatureHash: string) => ({ pk: `POW#${signatureHash}`, sk: 'SPENT' }),
};

export const ERASURES_DUE_PARTITION = 'ERASURES-DUE';

export const USERS_PARTITION = 'USERS';

/** This table's stream of the audit trail. */
export const AUDIT_STREAM: AuditStream = 'identity';
