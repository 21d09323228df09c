import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { auditEventPut, type Clock, type Logger, notFound, transactWrite } from '@marketplace/shared';
import type { ErasureRequest } from '../data/erasure.repository.ts';
import { AUDIT_STREAM } from '../data/keys.ts';
import { createRepositories, type Repositories } from '../data/repositories.ts';

export const ERASED_NAME = 'Deleted user';
/** The address an erased account keeps: unique, undeliverable (`.invalid`), and no longer the person's. */
export const erasedEmail = (userId: string) => `deleted-${userId.toLowerCase()}@erased.invalid`;

/**
 * One package's part of an account erasure, behind that package's public face. Idempotent: the erasure job runs
 * every part again until all succeed.
 */
export interface AccountEraser {
  /** The package, for logs and the audit record. */
  name: string;
  erase(userId: string): Promise<void>;
}

export interface ErasureJobDeps {
  db: DynamoDBDocumentClient;
  /** Identity's table. */
  table: string;
  clock: Clock;
  logger: Logger;
  /** The other packages' parts, wired by whoever runs the job (the platform's `account-erasures`), so identity imports none of them. */
  erasers: readonly AccountEraser[];
}

/**
 * Carries out the account deletions whose grace period has ended: each package's part (keys revoked,
 * subscriptions cancelled, …), then identity's own: sessions, linked providers and consents deleted, the address
 * released, the account kept as a tombstone without email or name. Audited.
 */
export class ErasureJob {
  private readonly repos: Repositories;

  constructor(private readonly deps: ErasureJobDeps) {
    this.repos = createRepositories(deps.db, deps.table);
  }

  /**
   * Erases every account whose deletion is due. A deletion whose parts do not all succeed stays pending and is
   * retried on the next run; each part is idempotent. Returns the users erased.
   */
  async eraseDue(signal?: AbortSignal): Promise<string[]> {
    const erased: string[] = [];
    for (const request of await this.repos.erasure.due(this.deps.clock.now())) {
      if (signal?.aborted) break;
      try {
        await this.erase(request);
        erased.push(request.userId);
      } catch (error) {
        this.deps.logger.error({ err: error, userId: request.userId }, 'account erasure failed; retried on the next run');
      }
    }
    return erased;
  }

  private async erase(request: ErasureRequest): Promise<void> {
    const { userId } = request;
    for (const part of this.deps.erasers) await part.erase(userId);
    await this.repos.sessions.deleteAll(userId);
    const links = await this.repos.social.listLinked(userId);
    if (links.length > 0) {
      const unlinked = await transactWrite(this.deps.db, links.flatMap((link) => this.repos.social.deleteLink(link)));
      if (!unlinked.ok) throw new Error(`erase: could not remove linked providers (${unlinked.reasons.join(', ')})`);
    }
    await this.repos.erasure.deleteConsents(userId);
    const user = await this.repos.users.get(userId);
    if (!user) throw notFound('User');
    const now = this.deps.clock.now();
    const { item } = this.repos.users.update(
      user,
      {
        email: erasedEmail(userId),
        name: ERASED_NAME,
        passwordHash: '',
        emailVerified: false,
        status: 'suspended',
        suspendedReason: 'Account deleted',
        suspendedAt: now.toISOString(),
        erasedAt: now.toISOString(),
      },
      now,
    );
    const audit = auditEventPut(
      this.deps.table,
      {
        stream: AUDIT_STREAM,
        actorId: request.adminId ?? null,
        action: 'user.erase',
        targetType: 'User',
        targetId: userId,
        userId,
        after: { requestedBy: request.requestedBy, requestedAt: request.requestedAt, parts: [...this.deps.erasers.map((p) => p.name), 'identity'] },
      },
      now,
    );
    const result = await transactWrite(this.deps.db, [this.repos.erasure.remove(userId), this.repos.users.releaseEmailClaim(user), item, ...audit.items]);
    if (!result.ok) throw new Error(`erase: transaction cancelled (${result.reasons.join(', ')})`);
  }
}
