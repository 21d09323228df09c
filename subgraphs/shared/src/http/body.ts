import type { IncomingMessage } from 'node:http';
import { DomainError } from '../errors.ts';

/** What a refusal of the body itself names in `field`: the body, or its `Content-Type` header. */
export const BODY_FIELD = 'body';
export const CONTENT_TYPE_FIELD = 'content-type';

type BodyRefusalCode = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE';

/**
 * The one shape of every REST route's refusal of a request body (the quota API's rule): `field` names what to fix
 * (`content-type` for a 415, else `body`) and `problems` repeats it, so a client reads every 400/413/415 alike.
 */
export function bodyRefusal(code: BodyRefusalCode, message: string): DomainError {
  const field = code === 'UNSUPPORTED_MEDIA_TYPE' ? CONTENT_TYPE_FIELD : BODY_FIELD;
  return new DomainError(code, message, { field, problems: [{ field, message }] });
}

/** 413: a body over `maxBytes`. */
export const bodyTooLarge = (maxBytes: number) => bodyRefusal('PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`);
/** 400: a body that does not parse as JSON (or is not the JSON the route takes). */
export const malformedBody = (message = 'The request body is not valid JSON.') => bodyRefusal('BAD_REQUEST', message);
/** 415: a body sent as anything but JSON. */
export const notJsonBody = () => bodyRefusal('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');

/**
 * The whole request body as raw bytes (what an HMAC signature is computed over), at most `maxBytes`. A body
 * declared or found larger rejects with PAYLOAD_TOO_LARGE without buffering the rest; a broken stream with
 * BAD_REQUEST (both on `body`).
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.reject(bodyTooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        reject(bodyTooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    req.on('error', () => {
      if (!done) reject(malformedBody('The request body could not be read.'));
      done = true;
    });
  });
}

/** The body parsed as JSON; BAD_REQUEST on `body` when it is not JSON. */
export function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw malformedBody();
  }
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** True for `application/json` and `application/<anything>+json`, with or without parameters. */
export function isJsonContentType(header: string | undefined): boolean {
  return header === 'application/json' || (header !== undefined && JSON_TYPE.test(header));
}

/** Throws UNSUPPORTED_MEDIA_TYPE on `content-type` unless the request says its body is JSON. */
export function requireJsonBody(req: IncomingMessage): void {
  if (!isJsonContentType(req.headers['content-type'])) throw notJsonBody();
}

/**
 * A REST route's JSON body: 415 unless sent as JSON, 413 over `maxBytes`, 400 when it does not parse — each a
 * `bodyRefusal`, never a 500.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  requireJsonBody(req);
  return parseJson(await readBody(req, maxBytes));
}

/**
 * Express's body parser's refusals (`express.json`, `express.urlencoded`) as the same `bodyRefusal`s: 413 past
 * the limit (its own, else `limit`), 415 for an encoding or charset it cannot read, any other 4xx malformed.
 * Undefined for an error that is not a refusal of the body (a bug: the caller answers INTERNAL).
 */
export function bodyParserRefusal(error: unknown, limit: number): DomainError | undefined {
  const { status, type, limit: own } = (error ?? {}) as { status?: unknown; type?: unknown; limit?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (status === 413) return bodyTooLarge(typeof own === 'number' ? own : limit);
  if (status === 415 || type === 'encoding.unsupported' || type === 'charset.unsupported') return notJsonBody();
  return malformedBody();
}
