import type { IncomingMessage } from 'node:http';
import { DomainError } from '../errors.ts';

/** What a refusal of the body itself names in `field`: the body, or its `Content-Type` or `Content-Encoding` header. */
export const BODY_FIELD = 'body';
export const CONTENT_TYPE_FIELD = 'content-type';
export const CONTENT_ENCODING_FIELD = 'content-encoding';

type BodyRefusalCode = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE';
type BodyRefusalField = typeof BODY_FIELD | typeof CONTENT_TYPE_FIELD | typeof CONTENT_ENCODING_FIELD;

/**
 * The one shape of every REST route's refusal of a request body (the quota API's rule): `field` names what to fix
 * (a 415's header, `content-type` unless said otherwise; else `body`) and `problems` repeats it, so a client reads
 * every 400/413/415 alike.
 */
export function bodyRefusal(
  code: BodyRefusalCode,
  message: string,
  field: BodyRefusalField = code === 'UNSUPPORTED_MEDIA_TYPE' ? CONTENT_TYPE_FIELD : BODY_FIELD,
): DomainError {
  return new DomainError(code, message, { field, problems: [{ field, message }] });
}

/** 413: a body over `maxBytes`. */
export const bodyTooLarge = (maxBytes: number) => bodyRefusal('PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`);
/** 400: a body that does not parse as JSON (or is not the JSON the route takes). */
export const malformedBody = (message = 'The request body is not valid JSON.') => bodyRefusal('BAD_REQUEST', message);
/** 415: a body sent as anything but JSON. */
export const notJsonBody = () => bodyRefusal('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
/** 415: a body sent compressed (a content coding this route does not undo). */
export const encodedBody = () =>
  bodyRefusal('UNSUPPORTED_MEDIA_TYPE', 'Send the body uncompressed: without Content-Encoding (or with identity).', CONTENT_ENCODING_FIELD);

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

/**
 * Throws UNSUPPORTED_MEDIA_TYPE on `content-encoding` when the body is sent with a content coding (gzip, br …):
 * a route that reads the raw bytes would take them for the body itself (Express's parser inflates them instead).
 */
export function requireUnencodedBody(req: IncomingMessage): void {
  const coding = req.headers['content-encoding'];
  if (coding !== undefined && coding.trim() !== '' && coding.trim().toLowerCase() !== 'identity') throw encodedBody();
}

/**
 * Throws UNSUPPORTED_MEDIA_TYPE unless the request says its body is JSON (`content-type`), sent as it is
 * (`content-encoding`: none or identity).
 */
export function requireJsonBody(req: IncomingMessage): void {
  if (!isJsonContentType(req.headers['content-type'])) throw notJsonBody();
  requireUnencodedBody(req);
}

/**
 * A REST route's JSON body: 415 unless sent as uncompressed JSON, 413 over `maxBytes`, 400 when it does not
 * parse — each a `bodyRefusal`, never a 500.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  requireJsonBody(req);
  return parseJson(await readBody(req, maxBytes));
}

/**
 * Express's body parser's refusals (`express.json`, `express.urlencoded`) as the same `bodyRefusal`s: 413 past
 * the limit (its own, else `limit`), 415 for a content coding it cannot undo (it inflates gzip, deflate and br:
 * `content-encoding`) or a charset it cannot read (`content-type`), any other 4xx malformed.
 * Undefined for an error that is not a refusal of the body (a bug: the caller answers INTERNAL).
 */
export function bodyParserRefusal(error: unknown, limit: number): DomainError | undefined {
  const { status, type, limit: own } = (error ?? {}) as { status?: unknown; type?: unknown; limit?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (status === 413) return bodyTooLarge(typeof own === 'number' ? own : limit);
  if (type === 'encoding.unsupported') return encodedBody();
  if (status === 415 || type === 'charset.unsupported') return notJsonBody();
  return malformedBody();
}
