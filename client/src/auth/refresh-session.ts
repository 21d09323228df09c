import { readSession, writeSession, type StoredSession } from './session-store';

/** What a refresh attempt ended in: a new session, a refused refresh cookie, or no answer from the server. */
export type RefreshOutcome =
  | { kind: 'refreshed'; session: StoredSession }
  | { kind: 'refused' }
  | { kind: 'unreachable' };

let inFlight: Promise<RefreshOutcome> | undefined;

/**
 * Spends the refresh cookie (HttpOnly, sent only to `/auth`) for a new access token. Concurrent callers share one
 * request, because a refresh token is single use: two parallel refreshes would make the second fail and sign the user
 * out. A refused cookie clears the session; an unreachable server leaves it alone (the next request tries again).
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
  let response: Response;
  let body: { accessToken?: unknown; accessTokenExpiresAt?: unknown };
  try {
    // A plain fetch, not the Apollo client: its auth link would otherwise try to refresh this very request.
    response = await fetch('/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    body = await response.json();
  } catch {
    return { kind: 'unreachable' };
  }
  // Another tab may have refreshed meanwhile (spending the cookie we sent): its new token is then already stored.
  const latest = readSession();
  if (response.status === 401) {
    if (latest && latest.accessToken !== current.accessToken) return { kind: 'refreshed', session: latest };
    writeSession(null);
    return { kind: 'refused' };
  }
  if (!response.ok || typeof body.accessToken !== 'string' || typeof body.accessTokenExpiresAt !== 'string') {
    return { kind: 'unreachable' };
  }
  const session: StoredSession = { accessToken: body.accessToken, accessTokenExpiresAt: body.accessTokenExpiresAt };
  writeSession(session);
  return { kind: 'refreshed', session };
}
