import { type Caller, conflict, HOUR, InputError, newId, notFound, randomToken, sha256, type SignedInCaller } from '@marketplace/shared';
import type { Repositories } from '../data/repositories.ts';
import { type SecretRecord, secretState } from '../data/secret.repository.ts';
import type { SecretSlot, SolutionRecord } from '../data/solution.repository.ts';
import type { CatalogDeps } from '../deps.ts';
import { canSeePrivate, requireOwner } from './access-rules.ts';
import { SolutionWriter } from './solution-writer.ts';

/** Every plaintext starts with this, so a leaked secret is recognisable (e.g. by secret scanners). */
export const SECRET_PREFIX = 'mps_';
/** Live (active or in their rotation grace) secrets per solution: two, so rotation needs no downtime. */
export const MAX_LIVE_SECRETS = 2;
export const GRACE_HOURS_MAX = 168;
export const DEFAULT_GRACE_HOURS = 24;

export interface IssuedSecret {
  secret: SecretRecord;
  /** Shown once; only its SHA-256 is stored. */
  plaintext: string;
  /** On rotation: the secret it replaces, now expiring. */
  replaced: SecretRecord | null;
}

/** Slots still counting against the limit at `now` (rotated-away secrets stop counting when their grace ends). */
function liveSlots(slots: readonly SecretSlot[], now: Date): SecretSlot[] {
  return slots.filter((s) => !s.expiresAt || s.expiresAt > now.toISOString());
}

/** Names the argument of the call, as every CONFLICT of a state does: `solutionId` on create, `secretId` on rotate. */
const tooMany = (field: 'solutionId' | 'secretId') =>
  conflict(`A solution has at most ${MAX_LIVE_SECRETS} live secrets; revoke one, or wait until a rotated one has expired.`, field);

/**
 * Owns the secrets a solution uses to call the quota service: issued with 32 random bytes, shown once, stored as
 * SHA-256, at most two live at a time. Rotation issues a new one and lets the old one work for a grace period.
 */
export class SecretService {
  private readonly writer: SolutionWriter;

  constructor(
    private readonly deps: CatalogDeps,
    private readonly repos: Repositories,
  ) {
    this.writer = new SolutionWriter(deps, repos);
  }

  /** A solution's secrets, newest first, for its partner and admins (null for anyone else). */
  async list(caller: Caller, solution: SolutionRecord): Promise<SecretRecord[] | null> {
    if (!canSeePrivate(caller, solution)) return null;
    return this.repos.secrets.listOf(solution.id);
  }

  async create(caller: SignedInCaller, solutionId: string): Promise<IssuedSecret> {
    let issued: IssuedSecret | null = null;
    await this.writer.change(caller.userId, solutionId, 'solutionId', (current) => {
      requireOwner(caller, current, 'solutionId');
      refuseSuspended(current, 'solutionId');
      const now = this.deps.clock.now();
      const live = liveSlots(current.secretSlots, now);
      if (live.length >= MAX_LIVE_SECRETS) throw tooMany('solutionId');
      issued = this.newSecret(current.id, now);
      return {
        changes: { secretSlots: [...live, { id: issued.secret.id, expiresAt: null }] },
        events: [{ action: 'secret.create', after: { secretId: issued.secret.id, prefix: issued.secret.prefix } }],
        extra: this.repos.secrets.putNew(issued.secret),
      };
    });
    return issued!;
  }

  /**
   * Issues a successor to an ACTIVE secret; the old one keeps working for `graceHours` (0: stops at once) and
   * then stops, so the partner can roll the new one out without downtime.
   */
  async rotate(caller: SignedInCaller, secretId: string, graceHours: number): Promise<IssuedSecret> {
    if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > GRACE_HOURS_MAX) {
      throw new InputError('graceHours', `The grace period is a whole number of hours from 0 to ${GRACE_HOURS_MAX}.`);
    }
    const solutionId = await this.repos.secrets.solutionIdOf(secretId);
    if (!solutionId) throw notFound('Secret', 'secretId');
    let issued: IssuedSecret | null = null;
    await this.writer.change(caller.userId, solutionId, 'secretId', async (current) => {
      requireSecretOwner(caller, current);
      refuseSuspended(current, 'secretId');
      const old = await this.repos.secrets.get(solutionId, secretId);
      if (!old) throw notFound('Secret', 'secretId');
      const now = this.deps.clock.now();
      const state = secretState(old, now);
      // Someone rotated or revoked it first (another tab, a concurrent call): the state moved on, as keys' rotateApiKey says it.
      if (state !== 'ACTIVE') throw conflict(`Only an ACTIVE secret can be rotated; this one is ${state}.`, 'secretId');
      const expiresAt = new Date(now.getTime() + graceHours * HOUR).toISOString();
      const others = liveSlots(current.secretSlots, now).filter((s) => s.id !== secretId);
      const next = this.newSecret(solutionId, now);
      const slots = [...others, ...(graceHours > 0 ? [{ id: secretId, expiresAt }] : []), { id: next.secret.id, expiresAt: null }];
      if (slots.length > MAX_LIVE_SECRETS) throw tooMany('secretId');
      issued = { ...next, replaced: { ...old, expiresAt } };
      return {
        changes: { secretSlots: slots },
        events: [
          {
            action: 'secret.rotate',
            before: { secretId, prefix: old.prefix, expiresAt: null },
            after: { secretId, expiresAt, successorId: next.secret.id, successorPrefix: next.secret.prefix },
          },
        ],
        extra: [this.repos.secrets.expire(old, expiresAt), ...this.repos.secrets.putNew(next.secret)],
      };
    });
    return issued!;
  }

  /** Stops a secret at once (idempotent). Allowed in every state, suspended included: revoking is always safe. */
  async revoke(caller: SignedInCaller, secretId: string): Promise<SecretRecord> {
    const solutionId = await this.repos.secrets.solutionIdOf(secretId);
    if (!solutionId) throw notFound('Secret', 'secretId');
    let revoked: SecretRecord | null = null;
    await this.writer.change(caller.userId, solutionId, 'secretId', async (current) => {
      requireSecretOwner(caller, current);
      const secret = await this.repos.secrets.get(solutionId, secretId);
      if (!secret) throw notFound('Secret', 'secretId');
      if (secret.revokedAt) {
        revoked = secret;
        return null;
      }
      const now = this.deps.clock.now();
      revoked = { ...secret, revokedAt: now.toISOString() };
      return {
        changes: { secretSlots: current.secretSlots.filter((s) => s.id !== secretId) },
        events: [{ action: 'secret.revoke', before: { secretId, state: secretState(secret, now) }, after: { secretId, state: 'REVOKED' } }],
        extra: [this.repos.secrets.revoke(secret, now)],
      };
    });
    return revoked!;
  }

  private newSecret(solutionId: string, now: Date): Omit<IssuedSecret, 'replaced'> & { replaced: null } {
    const plaintext = `${SECRET_PREFIX}${randomToken(32)}`;
    return {
      plaintext,
      replaced: null,
      secret: {
        id: newId('sec', now),
        solutionId,
        prefix: plaintext.slice(0, SECRET_PREFIX.length + 8),
        hash: sha256(plaintext),
        createdAt: now.toISOString(),
        lastUsedAt: null,
        expiresAt: null,
        revokedAt: null,
      },
    };
  }
}

/**
 * A secret belongs to its solution's partner: to anyone who may not see the solution's private parts it does not
 * exist (NOT_FOUND, as another customer's API key), so a secret id never confirms whose it is; an admin, who sees
 * it, may still not change it (FORBIDDEN).
 */
function requireSecretOwner(caller: Caller, solution: SolutionRecord | null): void {
  if (!solution || !canSeePrivate(caller, solution)) throw notFound('Secret', 'secretId');
  requireOwner(caller, solution, 'secretId');
}

function refuseSuspended(solution: SolutionRecord, field: string): void {
  if (solution.status === 'SUSPENDED') {
    throw conflict('This solution is suspended; no secrets can be issued for it until an admin reinstates it.', field);
  }
}
