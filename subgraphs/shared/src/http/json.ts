import type { ServerResponse } from 'node:http';

/** A JSON answer, not cached unless `cacheControl` says so. */
export function sendJson(res: ServerResponse, status: number, body: unknown, cacheControl = 'no-store'): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': cacheControl });
  res.end(text);
}
