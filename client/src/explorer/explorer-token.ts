/**
 * Where the Explorer finds a bearer token: one pasted into the token bar (per browser tab,
 * in sessionStorage) or, failing that, the signed-in session the web app keeps in localStorage.
 */

/** sessionStorage key of the token pasted into the Explorer's token bar. */
export const PASTED_TOKEN_KEY = 'marketplace.explorer.token';

/** localStorage key of the web app's session: JSON `{ "accessToken": "..." }`. */
export const APP_SESSION_KEY = 'marketplace.auth';

/** Reads the pasted token; '' when none (or storage is unavailable). */
export function readPastedToken(): string {
  return safely(() => sessionStorage.getItem(PASTED_TOKEN_KEY)) ?? '';
}

/** Stores the pasted token for this tab; an empty token removes the entry. */
export function writePastedToken(token: string): void {
  safely(() =>
    token ? sessionStorage.setItem(PASTED_TOKEN_KEY, token) : sessionStorage.removeItem(PASTED_TOKEN_KEY),
  );
}

/** The web app's access token, or undefined when signed out or the entry is malformed. */
export function readAppSessionToken(): string | undefined {
  const raw = safely(() => localStorage.getItem(APP_SESSION_KEY));
  if (!raw) return undefined;
  try {
    const session: unknown = JSON.parse(raw);
    if (typeof session !== 'object' || session === null || !('accessToken' in session)) return undefined;
    const { accessToken } = session;
    return typeof accessToken === 'string' && accessToken.trim() ? accessToken.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Accepts a pasted value with or without a leading "Bearer " and surrounding whitespace. */
export function normalizeToken(value: string): string {
  return value.trim().replace(/^bearer\s+/i, '');
}

// Storage access throws when it is disabled (privacy modes, sandboxed frames); treat that as empty.
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
