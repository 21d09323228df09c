import { InputError } from '../errors.ts';

/** Opaque pagination cursors: the DynamoDB `LastEvaluatedKey`, base64url-encoded JSON. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value);
      if (entries.length > 0 && entries.every(([, v]) => typeof v === 'string' || typeof v === 'number')) {
        return value as Record<string, unknown>;
      }
    }
  } catch {
    /* fall through */
  }
  throw new InputError(field, 'This cursor is not one the server issued.');
}
