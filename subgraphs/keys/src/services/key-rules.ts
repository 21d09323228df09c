import { FUTURE_END_MAX_YEARS, latestFutureEnd } from '@marketplace/contracts';
import { InputError } from '@marketplace/shared';

/** The most keys a user may have ACTIVE on one solution (rotated keys in their grace do not count). */
export const MAX_ACTIVE_KEYS = 10;
export const NAME_MAX = 60;
/** A rotated key keeps working for at most a week, so a rollout has time to pick up the new key. */
export const GRACE_MAX_HOURS = 168;
export const DEFAULT_GRACE_HOURS = 24;

// C0 and C1 control characters: invisible in lists and a source of confusion in logs.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The trimmed name, or an InputError on `field`. */
export function checkKeyName(raw: string, field = 'input.name'): string {
  const name = raw.trim();
  if (!name) throw new InputError(field, 'Give the key a name, e.g. the app or server that uses it.');
  if ([...name].length > NAME_MAX) throw new InputError(field, `A key name has at most ${NAME_MAX} characters.`);
  if (CONTROL.test(name)) throw new InputError(field, 'A key name cannot contain control characters.');
  return name;
}

/** The expiry as ISO, or null for none; it must lie in the future and no later than `latestFutureEnd(now)` (contracts). */
export function checkExpiresAt(expiresAt: Date | null | undefined, now: Date, field = 'input.expiresAt'): string | null {
  if (expiresAt == null) return null;
  if (Number.isNaN(expiresAt.getTime())) throw new InputError(field, 'This is not a valid date and time.');
  if (expiresAt.getTime() <= now.getTime()) throw new InputError(field, 'The expiry must be in the future.');
  if (expiresAt.getTime() > latestFutureEnd(now).getTime()) {
    throw new InputError(field, `A key can expire at most ${FUTURE_END_MAX_YEARS} years from now.`);
  }
  return expiresAt.toISOString();
}

/** Whole hours from 0 (the old key stops at once) to a week. */
export function checkGraceHours(graceHours: number, field = 'graceHours'): number {
  if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > GRACE_MAX_HOURS) {
    throw new InputError(field, `The grace period is between 0 and ${GRACE_MAX_HOURS} hours.`);
  }
  return graceHours;
}
