import { InputError } from '@marketplace/shared';

/**
 * Integer paise (1/100 INR): the only money unit of billing. Amounts are checked at the boundary with
 * `checkPaise` and every product or ratio goes through `mulDivHalfUp`, so no float ever touches money.
 */

/** ₹1 lakh crore: far above any invoice, and low enough that sums of a few amounts stay exact JS integers. */
export const MAX_PAISE = 100_000_000_000_000; // 10^12 rupees

/** Basis points in a whole (100 % = 10 000 bps). */
export const BPS = 10_000;

/**
 * `value` as integer paise, or an InputError naming `field`: not a number, not an integer, negative,
 * or above MAX_PAISE. `positive` also refuses zero.
 */
export function checkPaise(field: string, value: unknown, options: { positive?: boolean } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError(field, `${field} must be an amount in paise (a whole number).`);
  }
  if (!Number.isInteger(value)) {
    throw new InputError(field, `${field} must be whole paise, not a fraction (got ${value}).`);
  }
  if (value < 0) throw new InputError(field, `${field} must not be negative (got ${value}).`);
  if (options.positive && value === 0) throw new InputError(field, `${field} must be above zero.`);
  if (value > MAX_PAISE) throw new InputError(field, `${field} is above the largest amount billing accepts.`);
  return value;
}

/**
 * round(value × numerator / denominator), halves rounded up, computed exactly (BigInt) for non-negative
 * integers. Monotonic in `value` and in `numerator`, which the proration and split properties rely on.
 */
export function mulDivHalfUp(value: number, numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(value) || !Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError('mulDivHalfUp takes safe integers');
  }
  if (value < 0 || numerator < 0 || denominator <= 0) throw new RangeError('mulDivHalfUp takes non-negative operands');
  const d = BigInt(denominator);
  const result = (BigInt(value) * BigInt(numerator) * 2n + d) / (2n * d);
  return Number(result);
}

/** Digits grouped the Indian way: the last three, then pairs (12,34,56,789). */
export function groupIndian(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  const pairs = head.replace(/\B(?=(\d{2})+$)/g, ',');
  return `${pairs},${digits.slice(-3)}`;
}

/** `₹1,23,456.78` (a minus sign in front for negative amounts); exact for any integer paise. */
export function formatInr(paise: number, options: { symbol?: boolean } = {}): string {
  if (!Number.isSafeInteger(paise)) throw new RangeError('formatInr takes integer paise');
  const sign = paise < 0 ? '−' : '';
  const abs = Math.abs(paise);
  const rupees = groupIndian(String(Math.floor(abs / 100)));
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}${options.symbol === false ? '' : '₹'}${rupees}.${fraction}`;
}
