import { createHash, createHmac, createSecretKey, hash, timingSafeEqual } from 'node:crypto';
import { memoize } from './memo.ts';

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

// The HMAC key prepared once per secret (a process has one or two), not on every signature and check.
const hmacKey = memoize((secret: string) => createSecretKey(Buffer.from(secret, 'utf8')), 4);

function sign(secret: string, timestamp: number, payload: string, binding: string): string {
  return createHmac('sha256', hmacKey(secret)).update(`v2.${timestamp}.${payload}.${binding}`).digest('base64url');
}

/**
 * What a signature is bound to, so a captured header cannot be replayed for another request within its minute:
 * a digest of the GraphQL operation (document, operation name and variables) or of an HTTP request (method,
 * path with query, body). Both sides compute it from what they send and what they received.
 */
export type RequestBinding = string;

/** The binding of a GraphQL request: its document, operation name and variables (keys in a canonical order). */
export function graphqlBinding(request: { query?: unknown; operationName?: unknown; variables?: unknown }): RequestBinding {
  const query = typeof request.query === 'string' ? request.query : '';
  const operationName = typeof request.operationName === 'string' ? request.operationName : '';
  // One-shot digest (no Hash object per call): both sides compute it on every subgraph request.
  return hash('sha256', `${query}\n${operationName}\n${canonicalJson(request.variables ?? {})}`, 'base64url');
}

/** The binding of a plain HTTP request: method, path with query string, and the raw body. */
export function httpBinding(method: string, pathWithQuery: string, body?: Uint8Array): RequestBinding {
  const digest = createHash('sha256').update(`${method.toUpperCase()} ${pathWithQuery}\n`);
  if (body) digest.update(body);
  return digest.digest('base64url');
}

/** JSON with object keys sorted at every level, so equal values give equal text whatever order keys came in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The caller header's value: the caller as base64url JSON. */
export function encodeCaller(caller: Caller): string {
  return Buffer.from(JSON.stringify(caller)).toString('base64url');
}

/** Headers the gateway adds to every subgraph request, signed for that request only (see `RequestBinding`). */
export function signCaller(secret: string, caller: Caller, binding: RequestBinding, now: Date = new Date()): Record<string, string> {
  return signEncodedCaller(secret, encodeCaller(caller), binding, now);
}

/** `signCaller` for a caller already encoded with `encodeCaller` (a request with several subgraph calls encodes it once). */
export function signEncodedCaller(secret: string, payload: string, binding: RequestBinding, now: Date = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    [CALLER_HEADER]: payload,
    [SIGNATURE_HEADER]: `t=${timestamp},v2=${sign(secret, timestamp, payload, binding)}`,
  };
}

export type VerifyResult = { ok: true; caller: Caller } | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' };

/**
 * Checks the gateway's signature over the caller header and the request it came with (a signature made for
 * another request is a bad signature); constant-time compare, bounded clock skew.
 */
export function verifyCaller(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  binding: RequestBinding,
  now: Date = new Date(),
): VerifyResult {
  const payload = headers[CALLER_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof payload !== 'string' || typeof signature !== 'string') return { ok: false, reason: 'missing' };
  const match = /^t=(\d{1,12}),v2=([A-Za-z0-9_-]{43})$/.exec(signature);
  if (!match) return { ok: false, reason: 'malformed' };
  const timestamp = Number(match[1]);
  const expected = Buffer.from(sign(secret, timestamp, payload, binding));
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
