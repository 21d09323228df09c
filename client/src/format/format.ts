/**
 * Money arrives as integer paise (1/100 of a rupee) with an ISO 4217 currency. Whole amounts drop the decimals
 * (₹999), others keep two (₹0.05); Indian digit grouping (₹1,00,000).
 */
export function formatPaise(paise: number, currency = 'INR'): string {
  const whole = paise % 100 === 0;
  return new Intl.NumberFormat('en-IN', {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(paise / 100);
}

/** A tier's price line: "Free" without a price, otherwise "₹999 / month". */
export function formatMonthlyPrice(paise: number | null | undefined, currency = 'INR'): string {
  if (paise == null || paise === 0) return 'Free';
  return `${formatPaise(paise, currency)} / month`;
}

/** A whole number with Indian grouping: 100000 → "1,00,000". */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-IN').format(value);
}

/** A date-time for tables: "26 Nov 2026"; "—" for none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** "1 day" / "3 days". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
