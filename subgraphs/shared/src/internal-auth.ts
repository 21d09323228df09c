import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The caller as the gateway vouches for it to subgraphs. Subgraphs trust nothing else: a request reaching a
 * subgraph port without a valid signature is anonymous-and-refused, never "anonymous but allowed".
 */
export interface Caller {
  userId?: string;
  roles: Role[];
  /** The refresh-token family behind the access token, so a logout can name the session. */
  sessionId?: string;
  /** A keyed hash of the client's IP (never the IP), for throttling. */
  clientId?: string;
}

export type Role = 'customer' | 'partner' | 'analyst' | 'admin';
export const ROLES: readonly Role[] = ['customer', 'partner', 'analyst', 'admin'];

export const CALLER_HEADER = 'x-marketplace-caller';
export const SIGNATURE_HEADER = 'x-marketplace-signature';
/** How long a signed caller header stays valid; short, since the gateway signs every request afresh. */
export const SIGNATURE_VALIDITY_SECONDS = 60;

function sign(secret: string, timestamp: number, payload: string): string {
  return createHmac('sha256', secret).update(`v1.${timestamp}.${payload}`).digest('base64url');
}

/** Headers the gateway adds to every subgraph request. */
export function signCaller(secret: string, caller: Caller, now: Date = new Date()): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(caller)).toString('base64url');
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    [CALLER_HEADER]: payload,
    [SIGNATURE_HEADER]: `t=${timestamp},v1=${sign(secret, timestamp, payload)}`,
  };
}

export type VerifyResult = { ok: true; caller: Caller } | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' };

/** Checks the gateway's signature over the caller header; constant-time compare, bounded clock skew. */
export function verifyCaller(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  now: Date = new Date(),
): VerifyResult {
  const payload = headers[CALLER_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof payload !== 'string' || typeof signature !== 'string') return { ok: false, reason: 'missing' };
  const match = /^t=(\d{1,12}),v1=([A-Za-z0-9_-]{43})$/.exec(signature);
  if (!match) return { ok: false, reason: 'malformed' };
  const timestamp = Number(match[1]);
  const expected = Buffer.from(sign(secret, timestamp, payload));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature' };
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_VALIDITY_SECONDS) return { ok: false, reason: 'expired' };
  try {
    const caller = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Caller;
    if (!Array.isArray(caller.roles)) return { ok: false, reason: 'malformed' };
    return { ok: true, caller };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
