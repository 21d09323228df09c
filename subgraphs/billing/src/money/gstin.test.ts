import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGstin, gstinCheckCharacter, gstinProblem } from './gstin.ts';
import { findState, INDIAN_STATES, requireState } from './indian-states.ts';
import { expectInputError } from '../test/input-error.ts';

// Published GSTINs (a well-known documentation example and one named in a public advance ruling).
const MAHARASHTRA_GSTIN = '27AAPFU0939F1ZV';
const KARNATAKA_GSTIN = '29AAGCG6253J1Z8';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const gstinBody = fc
  .tuple(
    fc.constantFrom(...INDIAN_STATES.map((s) => s.code)),
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 5, maxLength: 5 }),
    fc.integer({ min: 0, max: 9_999 }),
    fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    fc.constantFrom(...'123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  )
  .map(([state, letters, digits, last, entity]) => `${state}${letters}${String(digits).padStart(4, '0')}${last}${entity}Z`);

describe('GSTIN', () => {
  it('accepts real GSTINs and reads their state and PAN', () => {
    expect(checkGstin('buyer.gstin', MAHARASHTRA_GSTIN)).toMatchObject({ value: MAHARASHTRA_GSTIN, pan: 'AAPFU0939F', state: { name: 'Maharashtra' } });
    expect(checkGstin('buyer.gstin', ` ${KARNATAKA_GSTIN.toLowerCase()} `).value).toBe(KARNATAKA_GSTIN);
  });

  it('computes the mod-36 check character of the official algorithm', () => {
    expect(gstinCheckCharacter(MAHARASHTRA_GSTIN.slice(0, 14))).toBe('V');
    expect(gstinCheckCharacter(KARNATAKA_GSTIN.slice(0, 14))).toBe('8');
  });

  it('names what is wrong', () => {
    expect(gstinProblem('27AAPFU0939F1Z')).toMatch(/15 characters/);
    expect(gstinProblem('27AAPFU0939F1Z-')).toMatch(/digits and capital letters/);
    expect(gstinProblem('99AAPFU0939F1ZV')).toMatch(/state code/);
    expect(gstinProblem('25AAPFU0939F1ZV')).toMatch(/state code/);
    expect(gstinProblem('27AAPF10939F1ZV')).toMatch(/PAN/);
    expect(gstinProblem('27AAPFU0939F0ZV')).toMatch(/character 13/);
    expect(gstinProblem('27AAPFU0939F1YV')).toMatch(/character 14/);
    expect(gstinProblem('27AAPFU0939F1ZW')).toMatch(/check character/);
  });

  it('catches every single-character typo after the state code', () => {
    fc.assert(
      fc.property(gstinBody, fc.integer({ min: 2, max: 14 }), fc.integer({ min: 1, max: 35 }), (body, position, shift) => {
        const gstin = body + gstinCheckCharacter(body);
        expect(gstinProblem(gstin)).toBeNull();
        const original = ALPHABET.indexOf(gstin[position]!);
        const typo = gstin.slice(0, position) + ALPHABET[(original + shift) % 36] + gstin.slice(position + 1);
        expect(gstinProblem(typo)).not.toBeNull();
      }),
    );
  });

  it("refuses a GSTIN registered in another state than the one stated, naming the state's field", () => {
    const stated = { field: 'buyer.stateCode', state: findState('Karnataka')! };
    expectInputError(() => checkGstin('buyer.gstin', MAHARASHTRA_GSTIN, stated), 'buyer.stateCode', /Karnataka \(29\).*Maharashtra \(27\)/);
    expect(checkGstin('buyer.gstin', KARNATAKA_GSTIN, stated).state.code).toBe('29');
  });

  it('refuses an invalid GSTIN, naming its field', () => {
    expectInputError(() => checkGstin('buyer.gstin', '27AAPFU0939F1ZW'), 'buyer.gstin', /not a valid GSTIN.*check character/);
    expectInputError(() => checkGstin('seller.gstin', 42), 'seller.gstin', /15 characters/);
  });
});

describe('Indian states and union territories', () => {
  it('lists the 28 states and 8 union territories with unique two-digit GST codes, plus Other Territory', () => {
    expect(INDIAN_STATES.filter((s) => s.kind === 'state')).toHaveLength(28);
    expect(INDIAN_STATES.filter((s) => s.kind === 'union-territory' && s.code !== '97')).toHaveLength(8);
    expect(new Set(INDIAN_STATES.map((s) => s.code)).size).toBe(INDIAN_STATES.length);
    expect(INDIAN_STATES.every((s) => /^\d{2}$/.test(s.code))).toBe(true);
    expect(findState('36')?.name).toBe('Telangana');
    expect(findState('37')?.name).toBe('Andhra Pradesh');
    expect(findState('38')?.name).toBe('Ladakh');
    expect(findState('26')?.name).toBe('Dadra and Nagar Haveli and Daman and Diu');
  });

  it('finds a state by code or by name in any case', () => {
    expect(findState('karnataka')?.code).toBe('29');
    expect(findState(' 07 ')?.name).toBe('Delhi');
    expect(findState('Atlantis')).toBeNull();
  });

  it('refuses an unknown state, naming the field', () => {
    expectInputError(() => requireState('buyer.stateCode', '28'), 'buyer.stateCode', /Indian state or union territory/);
    expectInputError(() => requireState('buyer.stateCode', 29), 'buyer.stateCode');
  });
});
