/** A `?next=` target limited to this site's own paths (never `//evil.example` or `https://…`). */
export function safeNext(next: string | null | undefined, fallback = '/dashboard'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/** True on a developer's machine, where mail lands in the server log and `.data/mail` instead of an inbox. */
export function isLocalRun(): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);
}

/** Where a sign-up asked to come back to, kept in this browser until the emailed link is followed. */
const AFTER_VERIFY_KEY = 'marketplace.afterVerify';

export function rememberAfterVerify(path: string | undefined): void {
  try {
    if (path) localStorage.setItem(AFTER_VERIFY_KEY, path);
    else localStorage.removeItem(AFTER_VERIFY_KEY);
  } catch {
    /* storage blocked: the user signs in and starts from the dashboard */
  }
}

/** The sign-in link after verifying: back to what the sign-up was for, when this browser knows it. */
export function loginAfterVerify(): string {
  let path: string | null = null;
  try {
    path = localStorage.getItem(AFTER_VERIFY_KEY);
  } catch {
    /* storage blocked */
  }
  const next = safeNext(path, '');
  return next ? `/login?next=${encodeURIComponent(next)}` : '/login';
}
