/** ISO 4217 codes the platform prices in. Amounts are integers in the currency's minor unit (paise for INR). */
export const CURRENCIES = ['INR'] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];
/** The platform's currency: every price in the catalog is in it. */
export const CURRENCY: CurrencyCode = 'INR';

/** An amount of money: integer paise (never a float of rupees) and its currency. */
export interface Money {
  amountPaise: number;
  currency: CurrencyCode;
}

/** A whole, non-negative number of paise that survives arithmetic exactly (≤ Number.MAX_SAFE_INTEGER). */
export const isWholePaise = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** What is wrong with `value` as Money, naming the field at fault, or null when it is valid. */
export function moneyProblem(value: unknown): { field: 'amountPaise' | 'currency'; message: string } | null {
  const candidate = (value ?? {}) as Partial<Record<keyof Money, unknown>>;
  if (!isWholePaise(candidate.amountPaise)) {
    return { field: 'amountPaise', message: 'An amount must be a whole, non-negative number of paise.' };
  }
  if (!(CURRENCIES as readonly unknown[]).includes(candidate.currency)) {
    return { field: 'currency', message: `The currency must be one of ${CURRENCIES.join(', ')} (ISO 4217).` };
  }
  return null;
}

/** Money of `amountPaise` in `currency`; throws a RangeError naming the field when either is invalid. */
export function money(amountPaise: number, currency: CurrencyCode = CURRENCY): Money {
  const value = { amountPaise, currency };
  const problem = moneyProblem(value);
  if (problem) throw new RangeError(`${problem.field}: ${problem.message}`);
  return value;
}
