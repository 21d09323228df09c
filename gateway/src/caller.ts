import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import {
  type Caller,
  DomainError,
  encodeCaller,
  ERRORS,
  graphqlBinding,
  isStoreUnavailable,
  keyedHash,
  memoize,
  normalizeIp,
  type Role,
  signEncodedCaller,
  storeUnavailable,
} from '@marketplace/shared';

export interface TokenClaims {
  userId: string;
  roles: Role[];
  sessionId: string;
}

export interface CallerResolver {
  verifyToken(token: string): Promise<TokenClaims | null>;
  /** Whether the session is still active, and the user's roles now (they may have changed since the token). */
  sessionStatus(sessionId: string, userId: string): Promise<{ active: boolean; roles: Role[] }>;
  fingerprintSecret: string;
  trustProxyHops: number;
}

function sessionError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** What the caller is read from: a request's headers and its peer address (a socket's, or an HTTP API event's source IP). */
export type CallerRequest = Pick<IncomingMessage, 'headers'> & { socket: { remoteAddress?: string | undefined } };

/** The client's address: the socket's, or the n-th hop from the right of X-Forwarded-For behind n proxies. */
export function clientAddress(req: CallerRequest, trustProxyHops: number): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxyHops > 0 && typeof forwarded === 'string') {
    const hops = forwarded.split(',').map((h) => h.trim()).filter(Boolean);
    const candidate = hops[hops.length - trustProxyHops];
    if (candidate) return candidate;
  }
  return req.socket.remoteAddress ?? '';
}

/**
 * Who is calling: anonymous without a token; a verified user with a valid access token whose session is
 * still active. A token that is present but bad is an error (so clients know to refresh), never anonymous.
 */
export async function resolveCaller(req: CallerRequest, deps: CallerResolver): Promise<Caller> {
  const clientId = clientIdOf(deps.fingerprintSecret)(clientAddress(req, deps.trustProxyHops));
  const header = req.headers.authorization;
  if (!header) return Object.freeze({ roles: Object.freeze<Role[]>([]) as Role[], clientId });
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw sessionError('The Authorization header must be "Bearer <access token>".');
  const claims = await deps.verifyToken(match[1]!);
  if (!claims) throw sessionError('The access token is invalid or expired; refresh the session or sign in again.');
  const session = await deps.sessionStatus(claims.sessionId, claims.userId).catch((error: unknown) => {
    throw isStoreUnavailable(error) ? storeUnavailable() : error;
  });
  if (!session.active) throw sessionError('This session has ended; sign in again.');
  // Roles come from the account, not the token: a granted or removed role applies within the cache bound.
  // Frozen: what the gateway signs for its subgraphs is encoded once per request (`callerSigner`).
  return Object.freeze({ userId: claims.userId, roles: Object.freeze([...session.roles]) as Role[], sessionId: claims.sessionId, clientId });
}

/**
 * The caller of a REST route (export, session cookie, billing downloads), or the refusal to answer as problem+json:
 * a bad token is UNAUTHENTICATED naming `authorization`, a session store that did not answer is UNAVAILABLE (a
 * retry may pass), and anything else an INTERNAL whose cause is logged, never sent.
 */
export async function resolveRestCaller(req: CallerRequest, deps: CallerResolver): Promise<Caller | DomainError> {
  try {
    return await resolveCaller(req, deps);
  } catch (error) {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (code === 'UNAUTHENTICATED') return new DomainError('UNAUTHENTICATED', (error as GraphQLError).message, { field: 'authorization' });
    if (isStoreUnavailable(error) || code === ERRORS.UNAVAILABLE.graphql) {
      return new DomainError('UNAVAILABLE', 'Your session could not be checked just now; try again shortly.', { retryAfterSeconds: 1, cause: error });
    }
    return new DomainError('INTERNAL', 'Internal error.', { cause: error });
  }
}

// The keyed hash of each recent client address (normalised), per fingerprint secret: a pure function of the raw
// address, asked on every request.
const clientIds = new Map<string, (address: string) => string>();
function clientIdOf(secret: string): (address: string) => string {
  let hash = clientIds.get(secret);
  if (!hash) {
    hash = memoize((address) => keyedHash(secret, normalizeIp(address) ?? 'unknown'), 10_000);
    if (clientIds.size >= 4) clientIds.clear();
    clientIds.set(secret, hash);
  }
  return hash;
}

/**
 * The caller headers of each subgraph call: the caller encoded once per request (callers from `resolveCaller`
 * are frozen, so the encoding cannot go stale), signed for each call's own operation.
 */
export function callerSigner(secret: string): (caller: Caller, operation: Parameters<typeof graphqlBinding>[0], now: Date) => [string, string][] {
  const encoded = new WeakMap<Caller, string>();
  return (caller, operation, now) => {
    let payload = encoded.get(caller);
    if (payload === undefined) {
      payload = encodeCaller(caller);
      if (Object.isFrozen(caller) && Object.isFrozen(caller.roles)) encoded.set(caller, payload);
    }
    return Object.entries(signEncodedCaller(secret, payload, graphqlBinding(operation), now));
  };
}
