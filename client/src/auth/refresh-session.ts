import { print } from 'graphql';
import { graphql } from '../gql';
import { readSession, writeSession, type StoredSession } from './session-store';

const RefreshSession_Mutation = graphql(`
  mutation RefreshSession_Mutation($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      user {
        id
      }
    }
  }
`);

/** What a refresh attempt ended in: a new session, a refused refresh token, or no answer from the server. */
export type RefreshOutcome =
  | { kind: 'refreshed'; session: StoredSession }
  | { kind: 'refused' }
  | { kind: 'unreachable' };

let inFlight: Promise<RefreshOutcome> | undefined;

/**
 * Spends the stored refresh token for a new session. Concurrent callers share one request, because a refresh token
 * is single use: two parallel refreshes would make the second fail and sign the user out. A refused token clears the
 * session; an unreachable server leaves it alone (the next request tries again).
 */
export function refreshSession(): Promise<RefreshOutcome> {
  inFlight ??= doRefresh().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function doRefresh(): Promise<RefreshOutcome> {
  const current = readSession();
  if (!current) return { kind: 'refused' };
  let body: { data?: { refreshSession?: StoredSession | null } | null; errors?: unknown[] };
  try {
    // A plain fetch, not the Apollo client: its auth link would otherwise try to refresh this very request.
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: print(RefreshSession_Mutation), variables: { refreshToken: current.refreshToken } }),
    });
    body = await response.json();
  } catch {
    return { kind: 'unreachable' };
  }
  const payload = body.data?.refreshSession;
  // Another tab may have refreshed meanwhile: its successor token is then already stored, keep it.
  const latest = readSession();
  if (!payload) {
    if (latest && latest.refreshToken !== current.refreshToken) return { kind: 'refreshed', session: latest };
    writeSession(null);
    return { kind: 'refused' };
  }
  const session: StoredSession = {
    accessToken: payload.accessToken,
    accessTokenExpiresAt: payload.accessTokenExpiresAt,
    refreshToken: payload.refreshToken,
  };
  writeSession(session);
  return { kind: 'refreshed', session };
}
