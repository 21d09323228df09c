import { type Clock, DomainError, sha256 } from '@marketplace/shared';
import { type Challenge, createChallenge, randomInt, type Solution, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { ProofOfWorkRepository } from '../data/proof-of-work.repository.ts';

/** What a challenge may be spent on: a solution for one purpose is refused for another. */
export type ProofOfWorkPurpose = 'SIGN_UP' | 'PASSWORD_RESET' | 'RESEND_VERIFICATION';

export interface ProofOfWorkSettings {
  /** HMAC key that signs challenges and their derived keys (a secret from settings). */
  secret: string;
  /** The solver tries counters from 0 up to a random one at most this: the work, ~N/2 SHA-256 on average. */
  maxCounter: number;
  /** How long a challenge may be solved and spent after it was issued. */
  ttlMs: number;
}

/** The argument name every protected mutation takes the solution in (errors name it). */
export const PROOF_OF_WORK_FIELD = 'proofOfWork';

/**
 * Self-hosted proof of work (ALTCHA, SHA-256, deterministic counter) in front of sign-up, password reset and
 * resend verification: each costs the caller a few hundred milliseconds of hashing, which makes bulk sign-ups and
 * mail floods expensive without any third-party captcha. A challenge is signed (nothing in it can be changed),
 * bound to its purpose, expires by the injected clock (altcha's own `expiresAt` reads the wall clock, so the
 * expiry lives in the signed `data`) and is spent once: a replayed solution is refused.
 */
export class ProofOfWork {
  constructor(
    private readonly settings: ProofOfWorkSettings,
    private readonly spent: ProofOfWorkRepository,
    private readonly clock: Clock,
  ) {}

  /** A fresh challenge as the JSON the client solves (`{ parameters, signature }`) and when it expires. */
  async issue(purpose: ProofOfWorkPurpose): Promise<{ challenge: string; expiresAt: Date }> {
    const expiresAt = new Date(this.clock.now().getTime() + this.settings.ttlMs);
    const challenge = await createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: randomInt(this.settings.maxCounter, 0),
      deriveKey,
      data: { purpose, expiresAt: expiresAt.toISOString() },
      hmacSignatureSecret: this.settings.secret,
      hmacKeySignatureSecret: this.settings.secret,
    });
    return { challenge: JSON.stringify(challenge), expiresAt };
  }

  /**
   * Checks a solution (base64 of `{ challenge, solution }`) and spends its challenge, before the protected
   * mutation does anything; throws BAD_USER_INPUT naming `proofOfWork` when it is missing, malformed, for another
   * purpose, expired, wrong or already used.
   */
  async spend(purpose: ProofOfWorkPurpose, payload: string | null | undefined): Promise<void> {
    if (!payload) throw refused('Solve the proof-of-work challenge first.');
    const parsed = parsePayload(payload);
    if (!parsed) throw refused('The proof-of-work solution is malformed.');
    const { challenge, solution } = parsed;
    const verified = await verifySolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: this.settings.secret,
      hmacKeySignatureSecret: this.settings.secret,
    }).then(
      (result) => result.verified,
      () => false,
    );
    if (!verified) throw refused('The proof-of-work solution is not valid.');
    // The signature covers `data`, so purpose and expiry are the server's own.
    const data = challenge.parameters.data ?? {};
    if (data.purpose !== purpose) throw refused('The proof-of-work challenge was issued for something else.');
    const expiresAt = new Date(typeof data.expiresAt === 'string' ? data.expiresAt : 0);
    if (!(expiresAt.getTime() > this.clock.now().getTime())) throw refused('The proof-of-work challenge expired: solve a new one.');
    if (!(await this.spent.spend(sha256(challenge.signature!), expiresAt))) {
      throw refused('The proof-of-work solution was already used: solve a new one.');
    }
  }
}

function refused(message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { field: PROOF_OF_WORK_FIELD });
}

function parsePayload(payload: string): { challenge: Challenge; solution: Solution } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    if (!isRecord(value) || !isRecord(value.challenge) || !isRecord(value.solution)) return null;
    const { parameters, signature } = value.challenge;
    if (!isRecord(parameters) || typeof signature !== 'string') return null;
    if (typeof parameters.nonce !== 'string' || typeof parameters.salt !== 'string' || typeof parameters.keyPrefix !== 'string') return null;
    return { challenge: value.challenge as unknown as Challenge, solution: value.solution as unknown as Solution };
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
