import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words.ts';
import { MAX_PAISE } from './paise.ts';
import { expectInputError } from '../test/input-error.ts';

/** Reads words back into a number (the test's own inverse, to prove every amount reads back to itself). */
function readIndian(words: string): number {
  const small: Record<string, number> = {};
  'Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen'
    .split(' ')
    .forEach((w, i) => (small[w] = i));
  'Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety'.split(' ').forEach((w, i) => (small[w] = (i + 2) * 10));
  const scale: Record<string, number> = { Hundred: 100, Thousand: 1_000, Lakh: 100_000 };
  let total = 0;
  let group = 0;
  let crores = 0;
  for (const word of words.split(' ')) {
    if (word in small) group += small[word]!;
    else if (word in scale) {
      total += group * scale[word]!;
      group = 0;
    } else if (word === 'Crore') {
      crores = (total + group) * 10_000_000;
      total = 0;
      group = 0;
    } else throw new Error(`unexpected word ${word}`);
  }
  return crores + total + group;
}

function readAmount(text: string): number {
  const match = /^Rupees (.+?)(?: and (.+) Paise)? Only$/.exec(text);
  if (!match) throw new Error(`not an amount in words: ${text}`);
  return readIndian(match[1]!) * 100 + (match[2] ? readIndian(match[2]) : 0);
}

describe('amounts in words (Indian system)', () => {
  it.each([
    [0, 'Rupees Zero Only'],
    [50, 'Rupees Zero and Fifty Paise Only'],
    [100, 'Rupees One Only'],
    [1_100, 'Rupees Eleven Only'],
    [10_000, 'Rupees One Hundred Only'],
    [10_500, 'Rupees One Hundred Five Only'],
    [117_882, 'Rupees One Thousand One Hundred Seventy Eight and Eighty Two Paise Only'],
    [12_345_678, 'Rupees One Lakh Twenty Three Thousand Four Hundred Fifty Six and Seventy Eight Paise Only'],
    [1_000_000_000, 'Rupees One Crore Only'],
    [1_234_567_890_01, 'Rupees One Hundred Twenty Three Crore Forty Five Lakh Sixty Seven Thousand Eight Hundred Ninety and One Paise Only'],
    [MAX_PAISE, 'Rupees One Lakh Crore Only'],
  ])('%i paise → %s', (paise, words) => {
    expect(amountInWords(paise)).toBe(words);
  });

  it('reads back to the same amount for every value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: BigInt(MAX_PAISE) }).map(Number), (paise) => {
        const words = amountInWords(paise);
        expect(words).toMatch(/^Rupees [A-Z][a-z]+( [A-Z][a-z]+)*( and [A-Z][a-z]+( [A-Z][a-z]+)? Paise)? Only$/);
        expect(readAmount(words)).toBe(paise);
      }),
    );
  });

  it('refuses negative and fractional amounts', () => {
    expectInputError(() => amountInWords(-1), 'amountPaise', /negative/);
    expectInputError(() => amountInWords(1.5), 'amountPaise', /whole paise/);
  });
});
