import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { financialYearOf } from '../money/financial-year.ts';
import { expectInputError } from '../test/input-error.ts';
import { checkDocumentPrefix, DEFAULT_DOCUMENT_PREFIXES, formatDocumentNumber, seriesCapacity } from './document-number.ts';

const FY_2026 = financialYearOf(new Date('2026-06-01T00:00:00Z'));

describe('tax document numbers', () => {
  it('fills the 16 characters the CGST Rules allow', () => {
    expect(formatDocumentNumber(DEFAULT_DOCUMENT_PREFIXES.invoice, FY_2026, 42)).toBe('MP/26-27/0000042');
    expect(formatDocumentNumber(DEFAULT_DOCUMENT_PREFIXES['credit-note'], FY_2026, 42)).toBe('MP/CN/26-27/0042');
    expect(seriesCapacity('MP')).toBe(9_999_999);
    expect(seriesCapacity('MP/CN')).toBe(9_999);
  });

  it('throws when a series runs out instead of printing a longer number', () => {
    expect(formatDocumentNumber('MP/CN', FY_2026, 9_999)).toBe('MP/CN/26-27/9999');
    expect(() => formatDocumentNumber('MP/CN', FY_2026, 10_000)).toThrow(/exhausted/);
    expect(() => formatDocumentNumber('MP', FY_2026, 0)).toThrow(RangeError);
  });

  it('is at most 16 characters of letters, digits, "/" and "-", and different for every sequence', () => {
    const prefix = fc.stringMatching(/^[A-Z0-9]{1,2}(?:[/-][A-Z0-9]{1,2})?$/);
    fc.assert(
      fc.property(prefix, fc.integer({ min: 2000, max: 2098 }), fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: 1, max: 9_999 }), (p, year, a, b) => {
        const fy = financialYearOf(new Date(Date.UTC(year, 5, 1)));
        const [na, nb] = [formatDocumentNumber(p, fy, a), formatDocumentNumber(p, fy, b)];
        expect(na).toHaveLength(16);
        expect(na).toMatch(/^[A-Z0-9/-]+$/);
        expect(na === nb).toBe(a === b);
        expect(Number(na.split('/').at(-1))).toBe(a);
      }),
    );
  });

  it.each(['', 'mp', 'MP//CN', 'MP/', 'INVOIC', 'MP CN', 'MP_CN'])('refuses the prefix %j, naming the field', (prefix) => {
    expectInputError(() => checkDocumentPrefix('seller.invoicePrefix', prefix), 'seller.invoicePrefix', /capital letters or digits/);
  });
});
