/**
 * After a redeploy, a tab opened before it asks for page chunks that no longer exist: the dynamic import rejects.
 * A reload fetches the new index.html and its chunks. It happens at most once a minute per tab (the time is kept in
 * sessionStorage), so a chunk that fails after the reload too shows the error page instead of reloading forever.
 */
const KEY = 'marketplace.chunkReloadAt';
export const CHUNK_RELOAD_GUARD_MS = 60_000;

/** A rejected dynamic import or module preload, as Chromium, Firefox, Safari and Vite's preload helper word it. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|importing a module script failed|unable to preload css|error loading dynamically/i.test(
    error.message,
  );
}

/** Whether this tab may reload for a failed chunk now: not when it already did within the guard time. */
export function mayReloadForChunk(now: number, storage: Storage = sessionStorage): boolean {
  try {
    const last = Number(storage.getItem(KEY));
    return !(last > 0 && now - last >= 0 && now - last < CHUNK_RELOAD_GUARD_MS);
  } catch {
    return false; // no storage, no guard: never risk a reload loop
  }
}

export function rememberChunkReload(now: number, storage: Storage = sessionStorage): void {
  try {
    storage.setItem(KEY, String(now));
  } catch {
    /* mayReloadForChunk says no without storage */
  }
}

/** Its own function so tests can replace it (jsdom's location.reload cannot be). */
export function reloadPage(): void {
  window.location.reload();
}
