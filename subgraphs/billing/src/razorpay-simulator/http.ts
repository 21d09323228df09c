import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticationFailed, invalidInput, RazorpayError } from './errors.ts';
import type { Input } from './validate.ts';

/** Transport helpers shared by the simulator's REST API, control routes and checkout page. */

export const MAX_BODY_BYTES = 64 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store' });
  res.end(html);
}

export function sendError(res: ServerResponse, error: RazorpayError): void {
  sendJson(res, error.status, error.body);
}

export async function readRawBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw invalidInput(`The request body may be at most ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Turns `notes[a]=1&addons[0][item][name]=x` into nested objects; all-numeric keys become arrays. */
function nest(pairs: Iterable<[string, string]>): Input {
  const root: Record<string, unknown> = {};
  for (const [key, value] of pairs) {
    const path = key.replace(/\]/g, '').split('[');
    let node = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  const arrays = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, arrays(v)] as const);
    if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) return entries.map(([, v]) => v);
    return Object.fromEntries(entries);
  };
  return arrays(root) as Input;
}

/** The request body as JSON or a form post (Razorpay takes both); empty means `{}`. */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const raw = await readRawBody(req);
  if (raw.trim() === '') return {};
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) return nest(new URLSearchParams(raw));
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw invalidInput('The request body is not valid JSON.');
  }
}

/** A path segment decoded, or as sent when it is not valid percent-encoding (then it names nothing). */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function queryOf(url: URL): Input {
  return nest(url.searchParams);
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** HTTP Basic auth with the key id and secret, compared in constant time. Throws Razorpay's 401. */
export function checkBasicAuth(req: IncomingMessage, keyId: string, keySecret: string): void {
  const header = req.headers.authorization ?? '';
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) throw authenticationFailed('Please provide your api key for authentication purposes.');
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const givenId = colon < 0 ? decoded : decoded.slice(0, colon);
  const givenSecret = colon < 0 ? '' : decoded.slice(colon + 1);
  if (!timingSafeEqual(digest(givenId), digest(keyId))) throw authenticationFailed('The api key provided is invalid');
  if (!timingSafeEqual(digest(givenSecret), digest(keySecret))) throw authenticationFailed('Authentication failed');
}
