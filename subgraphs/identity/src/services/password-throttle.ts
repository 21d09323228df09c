import { type Clock, keyedHash, MINUTE, rateLimited } from '@marketplace/shared';
import type { ThrottleRepository } from '../data/throttle.repository.ts';
import { verifyPassword } from './credentials.ts';

/** Sign-in attempts allowed per email and client within one window. */
export const LOGIN_ATTEMPTS = 5;
/** The window opens at the first attempt and lasts this long. */
export const LOGIN_WINDOW_MS = 15 * MINUTE;
/** Current-password checks of a signed-in account (change password or email, delete the account) per window. */
export const CURRENT_PASSWORD_ATTEMPTS = 5;
export const CURRENT_PASSWORD_WINDOW_MS = 15 * MINUTE;

/** One throttled password check: how many attempts a window allows, and what a refusal calls them. */
export interface PasswordCheckRule {
  /** Keeps this rule's counters apart from another's with the same key parts (none for sign-in's, as before). */
  scope?: string;
  attempts: number;
  windowMs: number;
  /** Completes "Too many …": e.g. "sign-in attempts". */
  refused: string;
}

/** Sign-in (and the password that confirms a social link), per (email, client). */
export const SIGN_IN: PasswordCheckRule = { attempts: LOGIN_ATTEMPTS, windowMs: LOGIN_WINDOW_MS, refused: 'sign-in attempts' };

/**
 * A signed-in caller re-entering the account's password, per account and whatever the client: whoever holds a
 * stolen access token could otherwise guess it without limit. One budget for every operation that asks for it.
 */
export const CURRENT_PASSWORD: PasswordCheckRule = {
  scope: 'current-password',
  attempts: CURRENT_PASSWORD_ATTEMPTS,
  windowMs: CURRENT_PASSWORD_WINDOW_MS,
  refused: 'attempts at your current password',
};

/**
 * Limits password guessing under one rule. The key is a keyed hash, so neither the email, the account nor the
 * client id is stored. Every attempt takes a slot before the password is checked; a success frees them all.
 */
export class PasswordThrottle {
  constructor(
    private readonly repo: ThrottleRepository,
    private readonly secret: string,
    private readonly clock: Clock,
    private readonly rule: PasswordCheckRule,
  ) {}

  /** The counter's key for these parts (e.g. email and client id, or an account id). */
  key(...parts: (string | undefined)[]): string {
    const named = parts.map((p) => p ?? 'unknown');
    return keyedHash(this.secret, (this.rule.scope ? [this.rule.scope, ...named] : named).join('|'));
  }

  /** Takes a slot for one attempt, or throws RATE_LIMITED saying when to retry. */
  async admit(key: string): Promise<void> {
    const now = this.clock.now();
    const result = await this.repo.reserve(key, now, this.rule.attempts, this.rule.windowMs);
    if (result.allowed) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((result.retryAt.getTime() - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw rateLimited(
      `Too many ${this.rule.refused}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'} (after ${result.retryAt.toISOString()}).`,
      retryAfterSeconds,
    );
  }

  clear(key: string): Promise<void> {
    return this.repo.clear(key);
  }

  /**
   * Whether `password` matches `passwordHash`, counted under the key: past the limit this throws RATE_LIMITED
   * without checking the password; a right password frees the slots.
   */
  async verify(key: string, passwordHash: string, password: string): Promise<boolean> {
    await this.admit(key);
    const right = await verifyPassword(passwordHash, password);
    if (right) await this.clear(key);
    return right;
  }
}
