import type { AuditStream } from '@marketplace/shared';

/**
 * Keys of the catalog table (single-table design: generic `pk`/`sk`, overloaded `gsi1*`/`gsi2*`, TTL `ttl`).
 *
 * Access patterns (→ how they are served):
 *   1. Solution by id (with its tiers, endpoints, live secret slots) → GetItem / BatchGetItem
 *        pk=SOL#<solutionId>  sk=SOLUTION
 *   2. Solution id by slug; slug uniqueness → GetItem / conditional Put  pk=SLUG#<slug>  sk=CLAIM
 *   3. Solutions of a partner, newest first → Query gsi1  gsi1pk=PARTNER_SOLUTIONS#<partnerId>  gsi1sk=<createdAt>#<solutionId>
 *   4. Solutions in one status (public catalog = PUBLISHED, review queue = IN_REVIEW, admin lists)
 *        → Query gsi2  gsi2pk=SOLUTIONS#<status>  gsi2sk=<statusChangedAt>#<solutionId>
 *        (text search, category and tag are filters over this partition; "any status" reads the status
 *        partitions one after the other)
 *   5. Secrets of a solution → Query  pk=SOL#<solutionId>  sk begins_with SECRET#
 *   6. Secret by the SHA-256 of its plaintext (the quota shim) → GetItem  pk=SECRET_HASH#<sha256>  sk=SECRET
 *   7. Solution of a secret id (rotate, revoke, record use) → GetItem  pk=SECRET#<secretId>  sk=OWNER
 *   8. Partner application by id → GetItem  pk=APP#<applicationId>  sk=APPLICATION
 *   9. Applications of a user, newest first → Query gsi1  gsi1pk=APPLICANT#<userId>  gsi1sk=<createdAt>#<applicationId>
 *  10. Applications in one status, newest first → Query gsi2  gsi2pk=APPLICATIONS#<status>  gsi2sk=<createdAt>#<applicationId>
 *  11. "This user has a pending application" (one at a time) → conditional Put / Delete  pk=APPLICANT#<userId>  sk=PENDING
 *  12. Partner profile (company, contact for review mail) → GetItem / BatchGetItem  pk=PARTNER#<userId>  sk=PROFILE
 *  13. Platform tier settings → GetItem / conditional Put  pk=PLATFORM  sk=TIER_SETTINGS
 *  14-16. Audit events (by target — a solution's tier history, the platform's —, by actor, all): the shared
 *         layout of @marketplace/shared `audit/audit-record.ts` (pk=AUDIT#<targetId>, gsi1 by actor, gsi2 all)
 *  17. Health state of a solution (status, since, the check slot claimed — one check per interval across
 *      processes is a conditional write on it) → GetItem / BatchGetItem / conditional Update  pk=SOL#<solutionId>  sk=HEALTH
 *  18. Health checks of a solution, newest first (TTL) → Query  pk=HEALTH#<solutionId>  sk begins_with CHECK#<at>
 *  19. Hourly and daily health rollups (counters added per check, TTL) → Query  pk=HEALTH#<solutionId>
 *      sk between HOUR#<yyyy-mm-ddThh> / DAY#<yyyy-mm-dd> bounds
 *  20. Incidents of a solution, newest first → Query  pk=HEALTH#<solutionId>  sk begins_with INCIDENT#<startedAt>
 *  21. A paid tier's new price its subscribers must be told of, written with the tiers → Put
 *        pk=PRICECHANGE#<solutionId>#<tier>  sk=<changedAt>; pending ones, oldest first → Query gsi1
 *        gsi1pk=PRICECHANGES#PENDING  gsi1sk=<changedAt>#<solutionId>#<tier> (billing settles them: the index entry goes)
 *
 * Timestamps in sort keys are ISO-8601 UTC with milliseconds; ids are ULIDs. Patterns 4, 10 and 16 are a few
 * hot partitions: fine at catalog scale (thousands of solutions), and the first thing to shard (by category or
 * a hash suffix) beyond that.
 */
export const keys = {
  solution: (solutionId: string) => ({ pk: `SOL#${solutionId}`, sk: 'SOLUTION' }),
  solutionOfPartner: (partnerId: string, createdAt: string, solutionId: string) => ({
    gsi1pk: partnerSolutionsPartition(partnerId),
    gsi1sk: `${createdAt}#${solutionId}`,
  }),
  solutionInStatus: (status: string, statusChangedAt: string, solutionId: string) => ({
    gsi2pk: solutionStatusPartition(status),
    gsi2sk: `${statusChangedAt}#${solutionId}`,
  }),
  slugClaim: (slug: string) => ({ pk: `SLUG#${slug}`, sk: 'CLAIM' }),
  secret: (solutionId: string, secretId: string) => ({ pk: `SOL#${solutionId}`, sk: `SECRET#${secretId}` }),
  secretsOf: (solutionId: string) => ({ pk: `SOL#${solutionId}`, skPrefix: 'SECRET#' }),
  secretHash: (sha256Hex: string) => ({ pk: `SECRET_HASH#${sha256Hex}`, sk: 'SECRET' }),
  secretOwner: (secretId: string) => ({ pk: `SECRET#${secretId}`, sk: 'OWNER' }),
  application: (applicationId: string) => ({ pk: `APP#${applicationId}`, sk: 'APPLICATION' }),
  applicationOfUser: (userId: string, createdAt: string, applicationId: string) => ({
    gsi1pk: applicantPartition(userId),
    gsi1sk: `${createdAt}#${applicationId}`,
  }),
  applicationInStatus: (status: string, createdAt: string, applicationId: string) => ({
    gsi2pk: applicationStatusPartition(status),
    gsi2sk: `${createdAt}#${applicationId}`,
  }),
  pendingApplication: (userId: string) => ({ pk: `APPLICANT#${userId}`, sk: 'PENDING' }),
  partnerProfile: (userId: string) => ({ pk: `PARTNER#${userId}`, sk: 'PROFILE' }),
  platformTierSettings: () => ({ pk: 'PLATFORM', sk: 'TIER_SETTINGS' }),
  healthState: (solutionId: string) => ({ pk: `SOL#${solutionId}`, sk: 'HEALTH' }),
  healthOf: (solutionId: string) => ({ pk: `HEALTH#${solutionId}` }),
  healthCheck: (solutionId: string, at: string) => ({ pk: `HEALTH#${solutionId}`, sk: `CHECK#${at}` }),
  healthIncident: (solutionId: string, startedAt: string) => ({ pk: `HEALTH#${solutionId}`, sk: `INCIDENT#${startedAt}` }),
  priceChange: (solutionId: string, tier: string, changedAt: string) => ({ pk: `PRICECHANGE#${solutionId}#${tier}`, sk: changedAt }),
  pendingPriceChange: (changedAt: string, solutionId: string, tier: string) => ({ gsi1pk: PENDING_PRICE_CHANGES, gsi1sk: `${changedAt}#${solutionId}#${tier}` }),
};

export const PENDING_PRICE_CHANGES = 'PRICECHANGES#PENDING';

export const partnerSolutionsPartition = (partnerId: string) => `PARTNER_SOLUTIONS#${partnerId}`;
export const solutionStatusPartition = (status: string) => `SOLUTIONS#${status}`;
export const applicantPartition = (userId: string) => `APPLICANT#${userId}`;
export const applicationStatusPartition = (status: string) => `APPLICATIONS#${status}`;
/** This table's stream of the audit trail. */
export const AUDIT_STREAM: AuditStream = 'catalog';
/** The audit target of platform-wide settings. */
export const PLATFORM_TARGET = 'PLATFORM';
