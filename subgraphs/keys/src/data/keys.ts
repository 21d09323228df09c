import type { AuditStream } from '@marketplace/shared';

/**
 * Keys of the keys table (single-table design: generic `pk`/`sk`, overloaded `gsi1*`/`gsi2*`, TTL `ttl`).
 *
 * Access patterns (→ how they are served):
 *   1. Key by id (GraphQL, mutations, references, last-use) → GetItem / BatchGetItem  pk=KEY#<keyId>  sk=KEY
 *   2. Key by the SHA-256 of its plaintext (quota shim, every request) → GetItem  pk=KEYHASH#<sha256>  sk=KEYHASH
 *        The hash item carries what the shim needs (owner, solution, status, expiry, grace) and is written in the
 *        same transaction as every change of the key item, so the two never disagree. No Scan, no index query.
 *   3. Keys of a user, newest first, optionally of one solution → Query gsi1
 *        gsi1pk=USER_KEYS#<userId>  gsi1sk=<solutionId>#<keyId>  (begins_with <solutionId># for one solution)
 *   4. Active-key count of a user on a solution (the limit of 10, race-free) → conditional UpdateItem
 *        pk=USER#<userId>  sk=ACTIVE_KEYS#<solutionId>, inside the transaction that creates or retires a key
 *   8. Customers of a solution (its partner's list), one row per user who ever held a key → Query gsi2
 *        gsi2pk=SOLUTION_CUSTOMERS#<solutionId>  gsi2sk=<userId> on the active-key count item of pattern 4, set
 *        when the user's first key there is taken (count items of keys made before this index get it with their
 *        next key)
 *   5-7. Audit events (of a key, of an actor, all; newest first): the shared layout of @marketplace/shared
 *        `audit/audit-record.ts` (pk=AUDIT#<keyId>, sk=EVENT#<at>#<eventId>; gsi1 by actor, gsi2 all)
 *
 * Timestamps in sort keys are ISO-8601 UTC with milliseconds; ids are ULIDs (creation order). Pattern 3 reads
 * every key the user ever had and drops those ended more than 30 days ago in code: fine while users hold tens of
 * keys; if churn ever makes it long, give ended keys a TTL'd index item instead of the GSI entry.
 */
export const keys = {
  key: (keyId: string) => ({ pk: `KEY#${keyId}`, sk: 'KEY' }),
  keyOfUser: (userId: string, solutionId: string, keyId: string) => ({
    gsi1pk: userKeysPartition(userId),
    gsi1sk: `${solutionId}#${keyId}`,
  }),
  keyHash: (sha256Hex: string) => ({ pk: `KEYHASH#${sha256Hex}`, sk: 'KEYHASH' }),
  activeCount: (userId: string, solutionId: string) => ({ pk: `USER#${userId}`, sk: `ACTIVE_KEYS#${solutionId}` }),
};

/** This table's stream of the audit trail. */
export const AUDIT_STREAM: AuditStream = 'keys';

export const solutionCustomersPartition = (solutionId: string) => `SOLUTION_CUSTOMERS#${solutionId}`;

export const userKeysPartition = (userId: string) => `USER_KEYS#${userId}`;
