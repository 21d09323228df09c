/**
 * The example's bundled data: sample mid-market rates against USD on a few dates (illustrative, not market
 * data), and the arithmetic on them. Cross rates go through USD.
 */
export const SAMPLE_RATES: Record<string, Record<string, number>> = {
  '2026-11-27': { USD: 1, INR: 84.21, EUR: 0.9512, GBP: 0.7931, JPY: 151.42, SGD: 1.3402, AED: 3.6725, AUD: 1.5318, CAD: 1.3977, CHF: 0.8841 },
  '2026-11-30': { USD: 1, INR: 84.37, EUR: 0.9489, GBP: 0.7902, JPY: 150.88, SGD: 1.3381, AED: 3.6725, AUD: 1.5276, CAD: 1.3991, CHF: 0.8826 },
  '2026-12-01': { USD: 1, INR: 84.46, EUR: 0.9475, GBP: 0.7889, JPY: 150.31, SGD: 1.3370, AED: 3.6725, AUD: 1.5241, CAD: 1.4003, CHF: 0.8817 },
};
export const LATEST_DATE = Object.keys(SAMPLE_RATES).sort().at(-1)!;
/** Digits after the decimal point of each currency's minor unit. */
const MINOR_DIGITS: Record<string, number> = { JPY: 0 };

export type RatesResult = { ok: true; base: string; date: string; rates: Record<string, number> } | { ok: false; field: 'base' | 'date'; message: string };

export function ratesOn(date: string, base: string): RatesResult {
  const table = SAMPLE_RATES[date];
  if (!table) return { ok: false, field: 'date', message: `No rates for ${date}; dates: ${Object.keys(SAMPLE_RATES).join(', ')}.` };
  const perUsd = table[base];
  if (perUsd === undefined) return { ok: false, field: 'base', message: `Unknown currency ${base}; currencies: ${Object.keys(table).join(', ')}.` };
  const rates = Object.fromEntries(Object.entries(table).filter(([code]) => code !== base).map(([code, value]) => [code, round(value / perUsd, 6)]));
  return { ok: true, base, date, rates };
}

export type ConversionResult =
  | { ok: true; from: string; to: string; amount: number; rate: number; result: number; date: string }
  | { ok: false; field: 'from' | 'to' | 'amount'; message: string };

export function convert(from: string, to: string, amountText: string): ConversionResult {
  const table = SAMPLE_RATES[LATEST_DATE]!;
  if (table[from] === undefined) return { ok: false, field: 'from', message: `Unknown currency ${from}.` };
  if (table[to] === undefined) return { ok: false, field: 'to', message: `Unknown currency ${to}.` };
  if (!/^\d{1,12}(\.\d{1,4})?$/.test(amountText)) return { ok: false, field: 'amount', message: 'amount must be a positive decimal number with at most 4 decimals.' };
  const amount = Number(amountText);
  const rate = round(table[to]! / table[from]!, 6);
  return { ok: true, from, to, amount, rate, result: round(amount * rate, MINOR_DIGITS[to] ?? 2), date: LATEST_DATE };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
