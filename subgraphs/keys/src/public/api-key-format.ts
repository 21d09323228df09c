import { hash as oneShotHash, randomBytes } from 'node:crypto';

/**
 * The API key format, owned here and checked by the quota shim on every request:
 *
 *   mk_live_ <body: 28 base58 characters, uniformly random, ≈164 bits> <checksum: 4 base58 characters>
 *
 * The fixed prefix makes a leaked key recognisable (secret scanners, logs); the checksum catches a typo before
 * any lookup. The checksum is the body read as a base-58 number, modulo the prime 11 316 491 (the largest below
 * 58⁴), written as 4 base58 digits. Because the modulus is a prime above 58, EVERY single-character substitution
 * and every swap of two neighbouring characters of the body changes it (δ·58ᵏ ≢ 0 and δ·57·58ᵏ ≢ 0 mod p), and a
 * changed checksum character never matches; a random string passes with probability 1 in 11 million.
 * The checksum is no secret: it guards against typos, not forgery; only the SHA-256 lookup authenticates.
 */
export const API_KEY_PREFIX = 'mk_live_';
export const API_KEY_BODY_LENGTH = 28;
export const API_KEY_CHECKSUM_LENGTH = 4;
export const API_KEY_LENGTH = API_KEY_PREFIX.length + API_KEY_BODY_LENGTH + API_KEY_CHECKSUM_LENGTH;
/** Characters of the body shown to users (after the prefix) to tell their keys apart. */
export const DISPLAY_BODY_CHARS = 4;

/** Bitcoin's base58 alphabet: no 0, O, I or l, so keys survive being read aloud or retyped. */
export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const CHECKSUM_MODULUS = 11_316_491;

/** char code → base58 digit, or -1. */
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58_ALPHABET.length; i++) DIGIT[BASE58_ALPHABET.charCodeAt(i)] = i;

export type ApiKeyCheck = { ok: true; hash: string } | { ok: false; reason: 'format' | 'checksum' };

// Failures are constants: a flood of malformed keys allocates nothing here.
const BAD_FORMAT: ApiKeyCheck = Object.freeze({ ok: false, reason: 'format' });
const BAD_CHECKSUM: ApiKeyCheck = Object.freeze({ ok: false, reason: 'checksum' });

export interface GeneratedApiKey {
  /** Shown to its owner once, never stored. */
  plaintext: string;
  /** SHA-256 hex of the plaintext: what the table stores and the shim looks up. */
  hash: string;
  /** `mk_live_` + the first 4 characters of the body. */
  displayPrefix: string;
}

/** A new random key with its hash and display prefix. */
export function generateApiKey(): GeneratedApiKey {
  let body = '';
  while (body.length < API_KEY_BODY_LENGTH) {
    for (const byte of randomBytes(40)) {
      // 232 = 4 × 58: rejecting the bytes above keeps every digit uniform.
      if (byte < 232 && body.length < API_KEY_BODY_LENGTH) body += BASE58_ALPHABET[byte % 58];
    }
  }
  const head = API_KEY_PREFIX + body;
  const plaintext = head + encodeChecksum(checksumOf(head));
  return { plaintext, hash: hashApiKey(plaintext), displayPrefix: displayPrefixOf(plaintext) };
}

/**
 * Checks a presented key without any I/O: `format` for a wrong prefix, length or a character outside base58,
 * `checksum` for a well-formed key with a typo; else its SHA-256 hex for the lookup.
 */
export function checkApiKey(text: string): ApiKeyCheck {
  if (typeof text !== 'string' || text.length !== API_KEY_LENGTH || !text.startsWith(API_KEY_PREFIX)) return BAD_FORMAT;
  const bodyEnd = API_KEY_PREFIX.length + API_KEY_BODY_LENGTH;
  let expected = 0;
  for (let i = API_KEY_PREFIX.length; i < bodyEnd; i++) {
    const digit = digitAt(text, i);
    if (digit < 0) return BAD_FORMAT;
    expected = (expected * 58 + digit) % CHECKSUM_MODULUS;
  }
  let given = 0;
  for (let i = bodyEnd; i < API_KEY_LENGTH; i++) {
    const digit = digitAt(text, i);
    if (digit < 0) return BAD_FORMAT;
    given = given * 58 + digit;
  }
  if (given !== expected) return BAD_CHECKSUM;
  return { ok: true, hash: hashApiKey(text) };
}

/** SHA-256 hex of a whole plaintext key. */
export function hashApiKey(plaintext: string): string {
  return oneShotHash('sha256', plaintext, 'hex');
}

/** What users see of a key: the prefix and the first characters of its body. */
function displayPrefixOf(plaintext: string): string {
  return plaintext.slice(0, API_KEY_PREFIX.length + DISPLAY_BODY_CHARS);
}

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? DIGIT[code]! : -1;
}

/** The body (after the prefix) of `head` as a base-58 number, modulo the prime. */
function checksumOf(head: string): number {
  let value = 0;
  for (let i = API_KEY_PREFIX.length; i < head.length; i++) value = (value * 58 + digitAt(head, i)) % CHECKSUM_MODULUS;
  return value;
}

function encodeChecksum(value: number): string {
  let out = '';
  for (let i = 0; i < API_KEY_CHECKSUM_LENGTH; i++) {
    out = BASE58_ALPHABET[value % 58] + out;
    value = Math.floor(value / 58);
  }
  return out;
}
