import { type Clock, keyedHash, MINUTE, rateLimited } from '@marketplace/shared';
import type { ThrottleRepository } from '../data/throttle.repository.ts';

/** Sign-in attempts allowed per email and client within one window. */
export const LOGIN_ATTEMPTS = 5;
/** The window opens at the first attempt and lasts this long. */
export const LOGIN_WINDOW_MS = 15 * MINUTE;

/**
 * Limits password guessing per (email, client). The key is a keyed hash, so neither the email nor the
 * client id is stored. Every attempt takes a slot before the password is checked; a success frees them all.
 */
export class LoginThrottle {
  constructor(
    private readonly repo: ThrottleRepository,
    private readonly secret: string,
    private readonly clock: Clock,
  ) {}

  key(email: string, clientId: string | undefined): string {
    return keyedHash(this.secret, `${email}|${clientId ?? 'unknown'}`);
  }

  /** Takes a slot for one attempt, or throws RATE_LIMITED saying when to retry. */
  async admit(key: string): Promise<void> {
    const now = this.clock.now();
    const result = await this.repo.reserve(key, now, LOGIN_ATTEMPTS, LOGIN_WINDOW_MS);
    if (result.allowed) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((result.retryAt.getTime() - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw rateLimited(
      `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'} (after ${result.retryAt.toISOString()}).`,
      retryAfterSeconds,
    );
  }

  clear(key: string): Promise<void> {
    return this.repo.clear(key);
  }
}
