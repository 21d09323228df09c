/** A key as stored: `expiring` = rotated away, accepted until `graceEndsAt`. */
export type StoredKeyStatus = 'active' | 'expiring' | 'revoked';

/** What the quota shim reads about an API key per request (the keys package owns and serves it). */
export interface KeyRecord {
  id: string;
  userId: string;
  solutionId: string;
  status: StoredKeyStatus;
  /** ISO-8601; the key stops working at this instant. */
  expiresAt: string | null;
  /** ISO-8601; a rotated key stops working at this instant. */
  graceEndsAt: string | null;
}
