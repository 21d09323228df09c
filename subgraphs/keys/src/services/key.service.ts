import {
  type AuditEventInput,
  type AuditEventRecord,
  auditEventPut,
  type Caller,
  conflict,
  createEventOutbox,
  DAY,
  HOUR,
  InputError,
  isId,
  newId,
  notFound,
  type Page,
  retryWhileStale,
  signedIn,
  STALE,
  type StagedEvents,
  type TransactItem,
  transactWrite,
} from '@marketplace/shared';
import { hasBeenPublic } from '@marketplace/contracts';
import { generateApiKey } from '../public/api-key-format.ts';
import { AUDIT_STREAM } from '../data/keys.ts';
import type { ApiKeyRecord, Retirement, SolutionCustomerRecord } from '../data/key.repository.ts';
import type { Repositories } from '../data/repositories.ts';
import type { KeyEvent, KeysDeps } from '../deps.ts';
import { keyEndedAt, type KeyState, keyState } from '../public/key-state.ts';
import { isAdmin, requireOwner, requireSelfOrAdmin, requireVisible } from './access-rules.ts';
import { checkExpiresAt, checkGraceHours, checkKeyName, MAX_ACTIVE_KEYS } from './key-rules.ts';

/** Keys that stopped working stay in their owner's list this long, then drop out of it (never out of the table). */
export const LIST_ENDED_FOR_MS = 30 * DAY;
/** The largest page of a solution's customers. */
export const CUSTOMERS_PAGE_MAX = 100;

export interface CreateKeyInput {
  solutionId: string;
  name: string;
  expiresAt?: Date | null;
}

/** A key as it was just written, with its plaintext: the one moment the plaintext exists outside its owner. */
export interface IssuedKey {
  key: ApiKeyRecord;
  plaintext: string;
}

/**
 * Owns the rules of API keys: who may do what, the limit of active keys per user and solution, rotation with a
 * grace period. Every change is one transaction with its audit event(s), conditional on the key as it was read.
 */
export class KeyService {
  private readonly outbox;

  constructor(
    private readonly deps: KeysDeps,
    private readonly repos: Repositories,
  ) {
    this.outbox = createEventOutbox(deps);
  }

  /**
   * A user's keys (optionally on one solution), newest first: every working key, and those that stopped
   * (revoked, expired, rotated away) within the last 30 days.
   */
  async listOfUser(caller: Caller, userId: string, solutionId: string | null): Promise<ApiKeyRecord[]> {
    requireSelfOrAdmin(caller, userId);
    const now = this.deps.clock.now();
    const cutoff = new Date(now.getTime() - LIST_ENDED_FOR_MS).toISOString();
    const all = await this.repos.keys.listOfUser(userId, solutionId);
    return all
      .filter((key) => {
        const ended = keyEndedAt(key, now);
        return ended === null || ended >= cutoff;
      })
      .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
  }

  /**
   * The customers of a solution (everyone who has held a key there), for its partner and admins; a solution the
   * caller does not own is NOT_FOUND, whether or not it exists, so partners cannot probe each other's customers.
   */
  async customersOfSolution(caller: Caller, solutionId: string, first: number, after: string | null | undefined): Promise<Page<SolutionCustomerRecord>> {
    if (!Number.isInteger(first) || first < 1 || first > CUSTOMERS_PAGE_MAX) {
      throw new InputError('first', `first must be between 1 and ${CUSTOMERS_PAGE_MAX}.`);
    }
    const solution = await this.deps.solutions.solution(solutionId);
    const owns = solution !== null && caller.userId !== undefined && caller.userId === solution.partnerId && caller.roles.includes('partner');
    if (!solution || !(owns || isAdmin(caller))) throw notFound('Solution', 'solutionId');
    return this.repos.keys.customersOfSolution(solutionId, first, after);
  }

  /** Issues a key for a published solution; at most 10 ACTIVE per user and solution, even under concurrency. */
  async create(caller: Caller, input: CreateKeyInput): Promise<IssuedKey> {
    const userId = signedIn(caller).userId;
    const name = checkKeyName(input.name);
    const expiresAt = checkExpiresAt(input.expiresAt, this.deps.clock.now());
    await this.requirePublished(caller, input.solutionId);

    for (let attempt = 0; ; attempt++) {
      const now = this.deps.clock.now();
      const { record, plaintext } = this.newKey({ userId, solutionId: input.solutionId, name, expiresAt, replacesId: null }, now);
      const created = this.outbox.stage([{ type: 'key.created', time: now, dedupeKey: record.id, keyId: record.id, userId, solutionId: input.solutionId }]);
      const result = await transactWrite(this.deps.db, [
        this.repos.keys.takeSlot(userId, input.solutionId, MAX_ACTIVE_KEYS, now),
        ...this.repos.keys.putNew(record),
        ...auditEventPut(this.deps.table, keyEvent(record, userId, 'key.create', null, { status: 'ACTIVE', name, expiresAt }), now).items,
        ...created.items,
      ]);
      if (result.ok) {
        await created.publish();
        return { key: record, plaintext };
      }
      if (result.reasons[0] === 'ConditionalCheckFailed') {
        // Full, unless some counted keys have expired since: give their slots back once and try again.
        if (attempt === 0 && (await this.releaseExpiredSlots(userId, input.solutionId, now)) > 0) continue;
        throw conflict(
          `You already have ${MAX_ACTIVE_KEYS} active keys for this solution; revoke or rotate one instead.`,
          'input.solutionId',
        );
      }
      if (result.reasons.every((r) => r === 'TransactionConflict' || r === 'None')) {
        throw conflict('Too many keys were being created at once; try again.', 'input.solutionId');
      }
      throw new Error(`key.create: transaction cancelled (${result.reasons.join(', ')})`);
    }
  }

  /**
   * Replaces an ACTIVE key with a new one of the same name and expiry. The old key keeps working for
   * `graceHours` (0: it is revoked at once); the new key takes over its slot, so rotating works at the limit.
   */
  async rotate(caller: Caller, keyId: string, graceHours: number): Promise<IssuedKey> {
    const grace = checkGraceHours(graceHours);
    let rotated: StagedEvents | undefined;
    const issued = await retryWhileStale(async () => {
      const old = requireOwner(caller, await this.repos.keys.get(keyId), 'id');
      const now = this.deps.clock.now();
      const before = keyState(old, now);
      if (before !== 'ACTIVE' || !old.counted) {
        throw conflict(`Only an active key can be rotated; this one is ${before.toLowerCase()}.`, 'id');
      }
      const { record, plaintext } = this.newKey(
        { userId: old.userId, solutionId: old.solutionId, name: old.name, expiresAt: old.expiresAt, replacesId: old.id },
        now,
      );
      const change: Retirement =
        grace === 0
          ? { status: 'revoked', revokedAt: now.toISOString(), replacedById: record.id }
          : { status: 'expiring', graceEndsAt: new Date(now.getTime() + grace * HOUR).toISOString(), replacedById: record.id };
      const retired: ApiKeyRecord = { ...old, ...change, counted: false };
      // The new key is created; the old one revoked now, or left to expire at the end of its grace.
      const facts: KeyEvent[] = [{ type: 'key.created', time: now, dedupeKey: record.id, keyId: record.id, userId: old.userId, solutionId: old.solutionId, ref: old.id }];
      if (grace === 0) facts.push({ type: 'key.revoked', time: now, dedupeKey: old.id, keyId: old.id, userId: old.userId, solutionId: old.solutionId, ref: record.id });
      rotated = this.outbox.stage(facts);
      const result = await transactWrite(this.deps.db, [
        ...this.repos.keys.retire(old, change),
        ...this.repos.keys.putNew(record),
        ...auditEventPut(
          this.deps.table,
          keyEvent(old, caller.userId ?? null, 'key.rotate', { status: before }, {
            status: keyState(retired, now),
            graceEndsAt: change.graceEndsAt ?? null,
            replacedById: record.id,
          }),
          now,
        ).items,
        ...auditEventPut(
          this.deps.table,
          keyEvent(record, caller.userId ?? null, 'key.create', null, {
            status: 'ACTIVE',
            name: record.name,
            expiresAt: record.expiresAt,
            replacesId: old.id,
          }),
          now,
        ).items,
        ...rotated.items,
      ]);
      if (result.ok) return { key: record, plaintext };
      if (result.reasons[0] === 'ConditionalCheckFailed') return STALE;
      throw new Error(`key.rotate: transaction cancelled (${result.reasons.join(', ')})`);
    }, 'The key changed while it was being rotated; try again.');
    await rotated?.publish();
    return issued;
  }

  /**
   * Revokes a working key (active, or expiring in its grace) at once: owner or admin. A key that stopped already
   * (revoked, or expired) is CONFLICT on `id`, as every change its state no longer allows, and nothing is written.
   */
  revoke(caller: Caller, keyId: string): Promise<ApiKeyRecord> {
    return retryWhileStale(async () => {
      const key = requireVisible(caller, await this.repos.keys.get(keyId), 'id');
      const now = this.deps.clock.now();
      const state = keyState(key, now);
      if (state === 'REVOKED' || state === 'EXPIRED') {
        throw conflict(`Only a working key can be revoked; this one is ${state.toLowerCase()} already.`, 'id');
      }
      const change: Retirement = { status: 'revoked', revokedAt: now.toISOString() };
      const items: TransactItem[] = [
        ...this.repos.keys.retire(key, change),
        ...auditEventPut(this.deps.table, keyEvent(key, caller.userId ?? null, 'key.revoke', { status: state }, { status: 'REVOKED' }), now).items,
      ];
      if (key.counted) items.push(this.repos.keys.releaseSlot(key.userId, key.solutionId));
      const revoked = this.outbox.stage([{ type: 'key.revoked', time: now, dedupeKey: key.id, keyId: key.id, userId: key.userId, solutionId: key.solutionId }]);
      const result = await transactWrite(this.deps.db, [...items, ...revoked.items]);
      if (result.ok) {
        await revoked.publish();
        return { ...key, ...change, counted: false };
      }
      if (result.reasons[0] === 'ConditionalCheckFailed') return STALE;
      throw new Error(`key.revoke: transaction cancelled (${result.reasons.join(', ')})`);
    }, 'The key changed while it was being revoked; try again.');
  }

  /** A key's audit trail, newest first, for its owner and admins. */
  async auditEvents(caller: Caller, keyId: string): Promise<AuditEventRecord[]> {
    requireVisible(caller, await this.repos.keys.get(keyId), 'keyId');
    return this.repos.audit.ofTarget(keyId);
  }

  private async requirePublished(caller: Caller, solutionId: string): Promise<void> {
    let solution = isId('sol', solutionId) ? await this.deps.solutions.solution(solutionId) : null;
    // The lookup caches for a few seconds: a solution published (or created) just now is read again before a refusal.
    if (isId('sol', solutionId) && solution?.status !== 'PUBLISHED') solution = await this.deps.solutions.solution(solutionId, { fresh: true });
    // Someone else's draft is answered like an id that does not exist: the refusal must not confirm it.
    const visible = solution && (hasBeenPublic(solution.status) || solution.partnerId === caller.userId || isAdmin(caller));
    if (!solution || !visible) throw notFound('Solution', 'input.solutionId');
    if (solution.status !== 'PUBLISHED') {
      throw conflict('Keys can only be created for published solutions.', 'input.solutionId');
    }
  }

  private newKey(
    fields: Pick<ApiKeyRecord, 'userId' | 'solutionId' | 'name' | 'expiresAt' | 'replacesId'>,
    now: Date,
  ): { record: ApiKeyRecord; plaintext: string } {
    const generated = generateApiKey();
    return {
      plaintext: generated.plaintext,
      record: {
        ...fields,
        id: newId('key', now),
        prefix: generated.displayPrefix,
        hash: generated.hash,
        status: 'active',
        counted: true,
        createdAt: now.toISOString(),
        graceEndsAt: null,
        revokedAt: null,
        replacedById: null,
        lastUsedAt: null,
      },
    };
  }

  /** Gives back the slots of counted keys whose expiry has passed; how many it released. */
  private async releaseExpiredSlots(userId: string, solutionId: string, now: Date): Promise<number> {
    const expired = (await this.repos.keys.listOfUser(userId, solutionId)).filter(
      (key) => key.counted && key.expiresAt !== null && key.expiresAt <= now.toISOString(),
    );
    let released = 0;
    for (const key of expired) {
      const result = await transactWrite(this.deps.db, this.repos.keys.releaseExpired(key, now));
      if (result.ok) released++;
    }
    return released;
  }
}

/**
 * What happened to a key (`key.create`, `key.rotate`, `key.revoke`) and who did it (the owner, or an admin
 * revoking); `before`/`after` hold only what the action changed, always with the key's status.
 */
function keyEvent(
  key: Pick<ApiKeyRecord, 'id' | 'userId' | 'solutionId'>,
  actorId: string | null,
  action: 'key.create' | 'key.rotate' | 'key.revoke',
  before: { status: KeyState } | null,
  after: { status: KeyState } & Record<string, unknown>,
): AuditEventInput {
  return { stream: AUDIT_STREAM, actorId, action, targetType: 'ApiKey', targetId: key.id, userId: key.userId, solutionId: key.solutionId, before, after };
}
