/** A `?next=` target limited to this site's own paths (never `//evil.example` or `https://…`). */
export function safeNext(next: string | null | undefined, fallback = '/dashboard'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/** True on a developer's machine, where mail lands in the server log and `.data/mail` instead of an inbox. */
export function isLocalRun(): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);
}
