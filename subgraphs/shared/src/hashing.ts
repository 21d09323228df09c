import { createHash, createHmac, randomBytes } from 'node:crypto';

/** SHA-256 hex of a secret token; what tables store instead of the token. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Keyed hash for values that must be comparable but never recoverable (client IPs, emails in throttles). */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

/** A random URL-safe token with `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
