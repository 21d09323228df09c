import { fetchWithSession } from '../auth/session-fetch';

/** The file name a `Content-Disposition` header gives (`attachment; filename="INV-2026-0001.pdf"`), if any. */
export function fileNameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || undefined;
}

/** The message of a failed download: the server's own words (problem+json's `detail`, else its `title`). */
async function failureMessage(response: Response): Promise<string> {
  if (response.status === 401) return 'Your session has ended. Sign in again to download.';
  try {
    // Every REST route (billing's, the gateway's data export) refuses as RFC 9457 problem+json.
    const body = (await response.json()) as { detail?: unknown; title?: unknown };
    const message = body.detail || body.title;
    if (typeof message === 'string') return message;
  } catch {
    /* not JSON */
  }
  return response.status === 404 ? 'That file was not found.' : `The download failed (HTTP ${response.status}). Please try again.`;
}

/**
 * Downloads a file that needs the signed-in user's token (a plain link cannot send it): fetch with the bearer token,
 * then save the body under the server's file name or `fallbackName`. Throws an Error with a message for people.
 */
export async function downloadWithSession(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetchWithSession(url);
  } catch {
    throw new Error('Could not reach the server. Check your connection and try again.');
  }
  if (!response.ok) throw new Error(await failureMessage(response));
  saveBlob(await response.blob(), fileNameFrom(response.headers.get('content-disposition')) ?? fallbackName);
}

/** Hands `blob` to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoke on the next task so every browser has read the URL.
  window.setTimeout(() => URL.revokeObjectURL(href), 0);
}
