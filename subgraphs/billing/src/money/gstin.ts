import { InputError } from '@marketplace/shared';
import { findState, type IndianState, stateLabel } from './indian-states.ts';

/**
 * GSTIN (GST identification number) of a regular taxpayer, 15 characters:
 *   1-2   GST state code of the registration
 *   3-12  the holder's PAN: 5 letters, 4 digits, 1 letter
 *   13    registration number of that PAN in the state: 1-9, then A-Z
 *   14    `Z` (by default)
 *   15    check character: Luhn mod 36 over the first 14 (alphabet 0-9A-Z)
 * Other registrations (TDS/TCS, non-resident, UN bodies) use other layouts and are not customers here.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SHAPE = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/** The check character for the first 14 characters of a GSTIN (factors 1, 2, 1, 2, … from the left). */
export function gstinCheckCharacter(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = ALPHABET.indexOf(first14[i] ?? '');
    if (value < 0) throw new RangeError('a GSTIN has only digits and capital letters');
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET[(36 - (sum % 36)) % 36]!;
}

export interface Gstin {
  /** Upper case, no spaces. */
  value: string;
  state: IndianState;
  pan: string;
}

/** What is wrong with a GSTIN, in words, or null when it is well-formed with a valid check character. */
export function gstinProblem(value: string): string | null {
  if (value.length !== 15) return `must be 15 characters (got ${value.length})`;
  if (!/^[0-9A-Z]+$/.test(value)) return 'may hold only digits and capital letters';
  if (!findState(value.slice(0, 2)) || !/^[0-9]{2}$/.test(value.slice(0, 2))) {
    return `must start with a GST state code (${value.slice(0, 2)} is none)`;
  }
  if (!/^[A-Z]{5}[0-9]{4}[A-Z]$/.test(value.slice(2, 12))) return 'characters 3 to 12 must be a PAN (5 letters, 4 digits, 1 letter)';
  if (!SHAPE.test(value)) return "character 13 must be 1-9 or A-Z and character 14 must be 'Z'";
  if (gstinCheckCharacter(value.slice(0, 14)) !== value[14]) return 'has a wrong check character (a typo?)';
  return null;
}

/**
 * `value` as a checked GSTIN, or an InputError naming `field`. With `stated` (the state the holder gave), the
 * GSTIN must be registered in that state; a mismatch names `stated.field`.
 */
export function checkGstin(field: string, value: unknown, stated?: { field: string; state: IndianState }): Gstin {
  if (typeof value !== 'string') throw new InputError(field, `${field} must be a GSTIN (15 characters).`);
  const normalised = value.replace(/\s+/g, '').toUpperCase();
  const problem = gstinProblem(normalised);
  if (problem) throw new InputError(field, `${field} is not a valid GSTIN: it ${problem}.`);
  const state = findState(normalised.slice(0, 2))!;
  if (stated && stated.state.code !== state.code) {
    throw new InputError(
      stated.field,
      `${stated.field} is ${stateLabel(stated.state)}, but the GSTIN ${normalised} is registered in ${stateLabel(state)}.`,
    );
  }
  return { value: normalised, state, pan: normalised.slice(2, 12) };
}
