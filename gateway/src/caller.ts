import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { type Caller, isStoreUnavailable, keyedHash, normalizeIp, type Role, storeUnavailable } from '@marketplace/shared';

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
  const clientId = keyedHash(deps.fingerprintSecret, normalizeIp(clientAddress(req, deps.trustProxyHops)) ?? 'unknown');
  const header = req.headers.authorization;
  if (!header) return { roles: [], clientId };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw sessionError('The Authorization header must be "Bearer <access token>".');
  const claims = await deps.verifyToken(match[1]!);
  if (!claims) throw sessionError('The access token is invalid or expired; refresh the session or sign in again.');
  const session = await deps.sessionStatus(claims.sessionId, claims.userId).catch((error: unknown) => {
    throw isStoreUnavailable(error) ? storeUnavailable() : error;
  });
  if (!session.active) throw sessionError('This session has ended; sign in again.');
  // Roles come from the account, not the token: a granted or removed role applies within the cache bound.
  return { userId: claims.userId, roles: session.roles, sessionId: claims.sessionId, clientId };
}
