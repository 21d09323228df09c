import { type Clock, HOUR, keyedHash } from '@marketplace/shared';
import type { ThrottleRepository } from '../data/throttle.repository.ts';

/** Reset or verification mails one address receives per window. */
export const MAILS_PER_ADDRESS = 3;
/** Reset and verification requests one client may make per window, whatever the addresses. */
export const MAIL_REQUESTS_PER_CLIENT = 10;
export const MAIL_WINDOW_MS = HOUR;

export type MailKind = 'RESET' | 'VERIFY' | 'EMAIL_CHANGE';

/**
 * Limits the mails that "forgot password" and "resend verification" send, per address and per client, so
 * nobody can flood an inbox or the outbox. A refused request looks exactly like an accepted one to the caller
 * (nothing is enumerable); the keys are keyed hashes, so neither addresses nor client ids are stored.
 */
export class MailThrottle {
  constructor(
    private readonly repo: ThrottleRepository,
    private readonly secret: string,
    private readonly clock: Clock,
  ) {}

  /** True when a mail of this kind may go to this address for this client now (takes the slots). */
  async admit(kind: MailKind, email: string, clientId: string | undefined): Promise<boolean> {
    const now = this.clock.now();
    const client = await this.repo.reserve(keyedHash(this.secret, `mail-client|${clientId ?? 'unknown'}`), now, MAIL_REQUESTS_PER_CLIENT, MAIL_WINDOW_MS);
    if (!client.allowed) return false;
    const address = await this.repo.reserve(keyedHash(this.secret, `mail|${kind}|${email}`), now, MAILS_PER_ADDRESS, MAIL_WINDOW_MS);
    return address.allowed;
  }
}
