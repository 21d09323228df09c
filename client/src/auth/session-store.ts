/**
 * The signed-in session's short-lived access token, kept in localStorage under `marketplace.auth` so a reload (and
 * the GraphQL Explorer, which reads `accessToken` from the same entry) stays signed in. Contract: JSON
 * `{ "accessToken": "...", "accessTokenExpiresAt": "<ISO>" }`. The refresh token never reaches JavaScript: the
 * gateway keeps it in an HttpOnly cookie that only `/auth/refresh` and `/auth/logout` receive.
 */
export const SESSION_KEY = 'marketplace.auth';

export interface StoredSession {
  accessToken: string;
  /** ISO instant. */
  accessTokenExpiresAt: string;
}

type Listener = (session: StoredSession | null) => void;
const listeners = new Set<Listener>();

/** The stored session, or null when signed out or the entry is malformed. */
export function readSession(): StoredSession | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { accessToken, accessTokenExpiresAt } = value as Record<string, unknown>;
    if (typeof accessToken !== 'string') return null;
    return {
      accessToken,
      accessTokenExpiresAt: typeof accessTokenExpiresAt === 'string' ? accessTokenExpiresAt : new Date(0).toISOString(),
    };
  } catch {
    return null;
  }
}

/** Stores (or with null, removes) the session and tells every subscriber. */
export function writeSession(session: StoredSession | null): void {
  try {
    if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage may be unavailable (private mode); the session then lasts as long as the page.
  }
  for (const listener of listeners) listener(session);
}

/** Calls `listener` on every change, including changes made in other tabs. Returns the unsubscribe function. */
export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_KEY) listener(readSession());
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Milliseconds until the access token expires (negative once it has). */
export function msUntilExpiry(session: StoredSession, now = Date.now()): number {
  const at = Date.parse(session.accessTokenExpiresAt);
  return Number.isNaN(at) ? -1 : at - now;
}
