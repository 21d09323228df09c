import { InputError } from '@marketplace/shared';
import type { FinancialYear } from '../money/financial-year.ts';

/**
 * Numbers of tax invoices and credit notes: `<prefix>/<yy-yy>/<sequence>`, e.g. `MP/26-27/0000042` and
 * `MP/CN/26-27/0042`. Each kind has its own gapless series per financial year, starting at 1 every April.
 *
 * The CGST Rules (46(b) for invoices, 53(1)(b) for credit notes) cap the number at 16 characters of letters,
 * digits, `-` and `/`, unique in the financial year. `MP/2026-27/000042` would be 17, so the year is written
 * short and the sequence is zero-padded to fill the 16: seven digits for `MP` (9 999 999 invoices a year), four
 * for `MP/CN` (9 999 credit notes a year). A series that runs out throws rather than print a longer number.
 */
export type TaxDocumentKind = 'invoice' | 'credit-note';

export const DOCUMENT_NUMBER_MAX_LENGTH = 16;
/** A prefix must leave at least this many digits for the sequence. */
const MIN_SEQUENCE_DIGITS = 4;
const YEAR_PART_LENGTH = '/26-27/'.length;
const PREFIX = /^[A-Z0-9]+(?:[/-][A-Z0-9]+)*$/;

export const DEFAULT_DOCUMENT_PREFIXES: Readonly<Record<TaxDocumentKind, string>> = Object.freeze({
  invoice: 'MP',
  'credit-note': 'MP/CN',
});

/** `prefix` when it is a usable series prefix, or an InputError naming `field`. */
export function checkDocumentPrefix(field: string, prefix: unknown): string {
  const max = DOCUMENT_NUMBER_MAX_LENGTH - YEAR_PART_LENGTH - MIN_SEQUENCE_DIGITS;
  if (typeof prefix !== 'string' || !PREFIX.test(prefix) || prefix.length > max) {
    throw new InputError(
      field,
      `${field} must be 1 to ${max} capital letters or digits, optionally separated by "/" or "-" (e.g. MP or MP/CN).`,
    );
  }
  return prefix;
}

/** How many documents one year of the series can number. */
export function seriesCapacity(prefix: string): number {
  return 10 ** (DOCUMENT_NUMBER_MAX_LENGTH - prefix.length - YEAR_PART_LENGTH) - 1;
}

/** The document number for `sequence` (1-based) in `prefix`'s series of financial year `year`. */
export function formatDocumentNumber(prefix: string, year: FinancialYear, sequence: number): string {
  const head = `${prefix}/${year.shortLabel}/`;
  const width = DOCUMENT_NUMBER_MAX_LENGTH - head.length;
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError('a document sequence starts at 1');
  const digits = String(sequence).padStart(width, '0');
  if (digits.length > width) {
    throw new Error(`The ${prefix} series of ${year.label} is exhausted (${seriesCapacity(prefix)} documents).`);
  }
  return head + digits;
}
