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
 *   8. Login throttle by keyed hash         → conditional UpdateItem  pk=THROTTLE#<keyedHash>  sk=LOGIN
 *   9. Audit events of a target, newest first → Query  pk=AUDIT#<targetId>  sk begins_with EVENT#
 *  10. Audit events of an actor, newest first → Query gsi1  gsi1pk=AUDIT#ACTOR#<actorId|SYSTEM>  gsi1sk=<at>#<eventId>
 *  11. All audit events, newest first       → Query gsi2  gsi2pk=AUDIT  gsi2sk=<at>#<eventId>
 *  12. "An admin was bootstrapped" claim    → conditional Put  pk=BOOTSTRAP#ADMIN  sk=CLAIM
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
  auditEvent: (targetId: string, at: string, eventId: string) => ({
    pk: `AUDIT#${targetId}`,
    sk: `EVENT#${at}#${eventId}`,
  }),
  auditOfTarget: (targetId: string) => ({ pk: `AUDIT#${targetId}`, skPrefix: 'EVENT#' }),
  auditByActor: (actorId: string | null, at: string, eventId: string) => ({
    gsi1pk: auditActorPartition(actorId),
    gsi1sk: `${at}#${eventId}`,
  }),
  auditAll: (at: string, eventId: string) => ({ gsi2pk: AUDIT_PARTITION, gsi2sk: `${at}#${eventId}` }),
  bootstrapAdmin: () => ({ pk: 'BOOTSTRAP#ADMIN', sk: 'CLAIM' }),
};

export const USERS_PARTITION = 'USERS';
export const AUDIT_PARTITION = 'AUDIT';
/** Events without a human actor (bootstrap) are filed under SYSTEM. */
export const auditActorPartition = (actorId: string | null) => `AUDIT#ACTOR#${actorId ?? 'SYSTEM'}`;
