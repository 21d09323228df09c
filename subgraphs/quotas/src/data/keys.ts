import type { AuditStream } from '@marketplace/shared';

/**
 * Keys of the quotas table (single-table design: generic `pk`/`sk`, overloaded `gsi1*`/`gsi2*`, TTL `ttl`).
 *
 * Access patterns (→ how they are served):
 *   1. Consume from a quota window (the serialisation point)
 *                                       → conditional UpdateItem  pk=COUNTER#<solutionId>#<subject>  sk=<tier>#<windowId>
 *      subject: `usr_…` for key callers (keys of one user share the user's quota), `anon_<fingerprint>` otherwise;
 *      windowId: `TRIAL` (anonymous/registered: starts at the first call) or `M<yyyy-mm>` (paid: calendar month, UTC).
 *      Attributes: `claimed` (admitted + reserved: the limit applies to it), `used` (admitted: usage and billing
 *      read it), `windowStart`, `windowEnd`, `ttl`.
 *   2. One second of a rate limit       → conditional UpdateItem  pk=RATE#<solutionId>#<subject>  sk=S<epochSecond>  (TTL)
 *   3. A user's tier grant on a solution → GetItem  pk=GRANT#<userId>  sk=SOLUTION#<solutionId>
 *      (admins list grants of a solution → Query gsi1  gsi1pk=GRANTS#<solutionId>  gsi1sk=<userId>)
 *   4. Daily usage of a user on a solution (charts) → Query  pk=USAGE#USER#<userId>#<solutionId>  sk between D<from> and D<to>
 *   5. Daily usage of a solution by tier (partners) → Query  pk=USAGE#SOLUTION#<solutionId>  sk between D<from> and D<to>~ (sk=D<day>#<tier>)
 *   6. Daily usage of one key            → Query  pk=USAGE#KEY#<keyId>  sk between D<from> and D<to>
 *   6b. Daily decisions of a solution by tier, verdict code and endpoint (analytics)
 *                                       → Query  pk=USAGE#CALLS#<solutionId>  sk between D<from> and D<to>~
 *      (sk=D<day>#<tier or ->#<code>#<endpoint or ->; the parts are attributes too)
 *   6c. New anonymous callers of a network block on one day (the anonymous tier's farming cap)
 *                                       → conditional UpdateItem  pk=ANONBLOCK#<solutionId>#<keyed hash of the block>  sk=D<day>
 *      Attribute `callers`: a string set of the admitted callers' fingerprints (never an IP or block); TTL.
 *   7-9. Audit events of tier grants (of a grant, of an actor, the whole stream; newest first): the shared
 *      layout of @marketplace/shared `audit/audit-record.ts` (pk=AUDIT#<targetId>, gsi1 by actor, gsi2 all);
 *      a grant's targetId is `<userId>#<solutionId>`, so one user's history on one solution is one partition
 *  10. Upgrade notices (80 %, 100 %, trial ending) — the item is the "notice sent" marker, the in-app notice and
 *      the mail outbox entry at once; created by a conditional put, so once per window and threshold
 *                                       → PutItem if absent  pk=NOTICE#<userId>  sk=N#<solutionId>#<tier>#<windowId>#<kind>
 *      A user's notices (of a solution)  → Query  pk=NOTICE#<userId>  sk begins_with N#[<solutionId>#]
 *      Mail still to send (outbox)       → Query gsi1  gsi1pk=NOTICE-MAIL  gsi1sk <= <due ISO>~  (sparse: removed once settled;
 *                                          gsi1sk=<due>#<noticeId>, moved ahead while a sender holds it)
 *  11. A user's email choice for a solution's notices → GetItem  pk=NOTICE#<userId>  sk=PREF#<solutionId>
 *  12. Trials to warn before they end  → PutItem  pk=NOTICE#<userId>  sk=TRIAL#<solutionId>#<tier>#<windowId>
 *      (due ones → Query gsi1  gsi1pk=TRIAL-ENDS  gsi1sk <= <now ISO>~, gsi1sk=<warnAt>#<userId>#<solutionId>; sparse)
 *  13. The networks a key was used from on one day (unusual-network notices)
 *                                       → conditional UpdateItem  pk=KEYNET#<keyId>  sk=D<day>
 *      Attribute `networks`: a string set of keyed hashes of network blocks (never an IP or block), capped; TTL.
 *  14. A solution status change whose key holders have all been told (status-change notices)
 *                                       → GetItem / PutItem  pk=STATUS#<solutionId>  sk=<statusChangedAt>#<status>; TTL
 */
export const keys = {
  counter: (solutionId: string, subject: string, tier: string, windowId: string) => ({
    pk: `COUNTER#${solutionId}#${subject}`,
    sk: `${tier}#${windowId}`,
  }),
  rate: (solutionId: string, subject: string, epochSecond: number) => ({
    pk: `RATE#${solutionId}#${subject}`,
    sk: `S${epochSecond}`,
  }),
  grant: (userId: string, solutionId: string) => ({ pk: `GRANT#${userId}`, sk: `SOLUTION#${solutionId}` }),
  grantsOfSolution: (solutionId: string, userId: string) => ({ gsi1pk: `GRANTS#${solutionId}`, gsi1sk: userId }),
  userUsage: (userId: string, solutionId: string, day: string) => ({ pk: `USAGE#USER#${userId}#${solutionId}`, sk: `D${day}` }),
  solutionUsage: (solutionId: string, day: string, tier: string) => ({ pk: `USAGE#SOLUTION#${solutionId}`, sk: `D${day}#${tier}` }),
  keyUsage: (keyId: string, day: string) => ({ pk: `USAGE#KEY#${keyId}`, sk: `D${day}` }),
  callsUsage: (solutionId: string, day: string, tier: string, code: string, endpoint: string) => ({
    pk: `USAGE#CALLS#${solutionId}`,
    sk: `D${day}#${tier}#${code}#${endpoint}`,
  }),
  notice: (userId: string, solutionId: string, tier: string, windowId: string, kind: string) => ({
    pk: `NOTICE#${userId}`,
    sk: `N#${solutionId}#${tier}#${windowId}#${kind}`,
  }),
  /** The sort-key prefix of a user's notices, or of those on one solution. */
  noticesOf: (solutionId?: string) => (solutionId ? `N#${solutionId}#` : 'N#'),
  noticeMail: (due: string, noticeId: string) => ({ gsi1pk: 'NOTICE-MAIL', gsi1sk: `${due}#${noticeId}` }),
  noticePreference: (userId: string, solutionId: string) => ({ pk: `NOTICE#${userId}`, sk: `PREF#${solutionId}` }),
  trialEnd: (userId: string, solutionId: string, tier: string, windowId: string) => ({
    pk: `NOTICE#${userId}`,
    sk: `TRIAL#${solutionId}#${tier}#${windowId}`,
  }),
  trialEndDue: (warnAt: string, userId: string, solutionId: string) => ({ gsi1pk: 'TRIAL-ENDS', gsi1sk: `${warnAt}#${userId}#${solutionId}` }),
  statusChangeTold: (solutionId: string, changedAt: string, status: string) => ({ pk: `STATUS#${solutionId}`, sk: `${changedAt}#${status}` }),
  keyNetworks: (keyId: string, day: string) => ({ pk: `KEYNET#${keyId}`, sk: `D${day}` }),
  anonymousBlock: (solutionId: string, blockHash: string, day: string) => ({ pk: `ANONBLOCK#${solutionId}#${blockHash}`, sk: `D${day}` }),
  /** The audit target of a user's grant on a solution. */
  grantTarget: (userId: string, solutionId: string) => `${userId}#${solutionId}`,
};

/** This table's stream of the audit trail. */
export const AUDIT_STREAM: AuditStream = 'quotas';

/** The day bucket of a time, `yyyy-mm-dd` in UTC. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
