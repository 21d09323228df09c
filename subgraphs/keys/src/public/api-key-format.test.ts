import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  API_KEY_LENGTH,
  API_KEY_PREFIX,
  BASE58_ALPHABET,
  checkApiKey,
  generateApiKey,
} from './api-key-format.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const SHAPE = new RegExp(`^mk_live_[${BASE58_ALPHABET}]{${API_KEY_LENGTH - API_KEY_PREFIX.length}}$`);

describe('generateApiKey', () => {
  it('makes 10 000 distinct keys that all check ok, with their SHA-256 and display prefix', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const key = generateApiKey();
      if (!SHAPE.test(key.plaintext)) throw new Error(`generated key ${i} has the wrong shape`);
      const check = checkApiKey(key.plaintext);
      if (!check.ok) throw new Error(`generated key ${i} failed its own check: ${check.reason}`);
      if (check.hash !== key.hash) throw new Error(`generated key ${i}: check and generate disagree on the hash`);
      seen.add(key.plaintext);
    }
    expect(seen.size).toBe(10_000);
    const sample = generateApiKey();
    expect(sample.hash).toBe(sha256(sample.plaintext));
    expect(sample.displayPrefix).toBe(sample.plaintext.slice(0, 12));
    expect(sample.displayPrefix.startsWith(API_KEY_PREFIX)).toBe(true);
  });

  it('spreads the body over the whole alphabet, first character included (uniform digits)', () => {
    const firsts = new Set<string>();
    for (let i = 0; i < 2000; i++) firsts.add(generateApiKey().plaintext[API_KEY_PREFIX.length]!);
    expect(firsts.size).toBe(58);
  });
});

describe('checkApiKey', () => {
  // Every printable ASCII character, so substitutions both inside and outside base58 are tried.
  const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

  it('refuses every single-character substitution of a key, at every position, with every character', () => {
    for (let round = 0; round < 5; round++) {
      const { plaintext } = generateApiKey();
      let tried = 0;
      for (let position = 0; position < plaintext.length; position++) {
        for (const replacement of printable) {
          if (replacement === plaintext[position]) continue;
          const typo = plaintext.slice(0, position) + replacement + plaintext.slice(position + 1);
          const check = checkApiKey(typo);
          tried++;
          if (check.ok) throw new Error(`accepted ${JSON.stringify(typo)} (typo of a valid key at ${position})`);
          const expected =
            position < API_KEY_PREFIX.length || !BASE58_ALPHABET.includes(replacement) ? 'format' : 'checksum';
          expect(check.reason, `position ${position}, ${JSON.stringify(replacement)}`).toBe(expected);
        }
      }
      expect(tried).toBe(API_KEY_LENGTH * 94);
    }
  });

  it('refuses every swap of two neighbouring characters of the body and checksum as a checksum failure', () => {
    for (let round = 0; round < 20; round++) {
      const { plaintext } = generateApiKey();
      for (let i = API_KEY_PREFIX.length; i < plaintext.length - 1; i++) {
        if (plaintext[i] === plaintext[i + 1]) continue;
        const swapped = plaintext.slice(0, i) + plaintext[i + 1] + plaintext[i] + plaintext.slice(i + 2);
        expect(checkApiKey(swapped)).toEqual({ ok: false, reason: 'checksum' });
      }
    }
  });

  it('refuses a wrong prefix, a truncated or extended key and the characters base58 leaves out as format', () => {
    const { plaintext } = generateApiKey();
    const body = plaintext.slice(API_KEY_PREFIX.length);
    const cases = [
      `mk_test_${body}`,
      `MK_LIVE_${body}`,
      `sk_live_${body}`,
      body,
      plaintext.slice(0, -1),
      plaintext.slice(0, 20),
      `${plaintext}1`,
      ` ${plaintext}`.slice(0, API_KEY_LENGTH),
      '',
      API_KEY_PREFIX,
      ...['0', 'O', 'I', 'l', '_', '-', 'é'].map((c) => `${API_KEY_PREFIX}${c}${body.slice(1)}`),
      `${plaintext.slice(0, -1)}0`,
    ];
    for (const text of cases) expect(checkApiKey(text), JSON.stringify(text)).toEqual({ ok: false, reason: 'format' });
    expect(checkApiKey(undefined as unknown as string)).toEqual({ ok: false, reason: 'format' });
  });
});
