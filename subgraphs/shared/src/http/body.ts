import type { IncomingMessage } from 'node:http';
import { DomainError } from '../errors.ts';

/**
 * The whole request body as raw bytes (what an HMAC signature is computed over), at most `maxBytes`. A body
 * declared or found larger rejects with PAYLOAD_TOO_LARGE without buffering the rest; a broken stream with
 * BAD_REQUEST.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    req.on('error', () => {
      if (!done) reject(new DomainError('BAD_REQUEST', 'The request body could not be read.'));
      done = true;
    });
  });
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', `The body may be at most ${maxBytes} bytes.`);
}

/** The body parsed as JSON; BAD_REQUEST when it is not JSON (naming `field`, e.g. `body`, when given). */
export function parseJson(raw: Buffer, field?: string): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    const message = 'The body is not valid JSON.';
    throw new DomainError('BAD_REQUEST', message, field === undefined ? {} : { field, problems: [{ field, message }] });
  }
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** True for `application/json` and `application/<anything>+json`, with or without parameters. */
export function isJsonContentType(header: string | undefined): boolean {
  return header === 'application/json' || (header !== undefined && JSON_TYPE.test(header));
}
