import { ulid } from 'ulid';

/** Entity prefixes of every id the platform issues; an id says what it names. */
export type IdPrefix = 'usr' | 'aud' | 'ses' | 'sol' | 'app' | 'key' | 'tier' | 'end' | 'sec' | 'evt' | 'inv' | 'crn' | 'sbs' | 'ofr' | 'ntc';

/** A new prefixed ULID, e.g. `usr_01JD3X…`: sortable by creation time, unique without coordination. */
export function newId(prefix: IdPrefix, now: Date = new Date()): string {
  return `${prefix}_${ulid(now.getTime())}`;
}

/** True when `value` looks like an id of the given prefix (cheap format check before any lookup). */
export function isId(prefix: IdPrefix, value: string): boolean {
  return new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`).test(value);
}
