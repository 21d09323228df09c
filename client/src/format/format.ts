import { formatCalendarDay, formatCalendarMonth, formatCalendarRange, formatDayAndMonth, formatTimeOfDay, type CalendarDay } from '@marketplace/contracts';

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

/** An amount as the API sends it (`Money`: integer paise and a currency), formatted like `formatPaise`. */
export function formatMoney(money: { paise: number; currency: string }): string {
  return formatPaise(money.paise, money.currency);
}

/** Paise as the rupee text of an input: 99900 → "999", 99950 → "999.50", 5 → "0.05"; empty for none. */
export function paiseToRupees(paise: number | null | undefined): string {
  if (paise == null) return '';
  const rupees = Math.trunc(paise / 100);
  const rest = Math.abs(paise % 100);
  return rest === 0 ? String(rupees) : `${rupees}.${String(rest).padStart(2, '0')}`;
}

/**
 * Rupee text as integer paise: "999" → 99900, "0.05" → 5, "1,499.5" → 149950; null for empty text; undefined when it
 * is not an amount of at most two decimals. Parsed from the digits, not by multiplying a float (0.29 * 100 ≠ 29).
 */
export function rupeesToPaise(text: string): number | null | undefined {
  const clean = text.trim().replaceAll(',', '').replace(/^₹\s*/, '');
  if (clean === '') return null;
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(clean);
  if (!match) return undefined;
  const paise = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(paise) ? paise : undefined;
}

/** A tier's price line: "Free" without a price, otherwise "₹999 / month". */
export function formatMonthlyPrice(paise: number | null | undefined, currency = 'INR'): string {
  if (paise == null || paise === 0) return 'Free';
  return `${formatPaise(paise, currency)} / month`;
}

/**
 * Compact rupees for a chart's axis, in Indian units: ₹750, ₹2.25K, ₹1.5L, ₹2Cr. Up to two decimals, so ticks a
 * quarter apart (₹1.5K, ₹2.25K) never print alike.
 */
export function formatAxisRupees(rupees: number): string {
  const units: [number, string][] = [[1_00_00_000, 'Cr'], [1_00_000, 'L'], [1_000, 'K']];
  const [size, suffix] = units.find(([unit]) => Math.abs(rupees) >= unit) ?? [1, ''];
  return `₹${Number((rupees / size).toFixed(2))}${suffix}`;
}

/** A whole number with Indian grouping: 100000 → "1,00,000". */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-IN').format(value);
}

/** Abbreviations people write in capitals however a key spells them ("sla", "Sla", "SLA" → "SLA"). */
const ACRONYMS = new Set(['ai', 'api', 'cpu', 'csv', 'gpu', 'gst', 'gstin', 'html', 'http', 'https', 'id', 'ip', 'json', 'jwt', 'llm', 'ocr', 'otp', 'pdf', 'sdk', 'sla', 'sms', 'sql', 'sso', 'tls', 'ttl', 'ui', 'upi', 'url', 'utc', 'xml']);

/**
 * A configuration key in words for people: "refreshSeconds" → "Refresh seconds", "max_pdf-pages" → "Max PDF pages",
 * "prioritySla" → "Priority SLA", "webhookUrls" → "Webhook URLs" (known abbreviations in capitals, other upper-case
 * abbreviations as written).
 */
export function keyToWords(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s._-]+/)
    .filter(Boolean)
    .map((word) => {
      const lower = word.toLowerCase();
      if (ACRONYMS.has(lower)) return lower.toUpperCase();
      if (lower.endsWith('s') && ACRONYMS.has(lower.slice(0, -1))) return `${lower.slice(0, -1).toUpperCase()}s`;
      return /^[A-Z0-9]{2,}$/.test(word) ? word : lower;
    });
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Calls refused before a tier applied (an unknown key, a suspended account or solution). */
export const NO_TIER_LABEL = 'None (refused before a tier applied)';

/**
 * A tier as analytics rows spell it (`pro`, `REGISTERED`) in words: "Pro", "Registered"; `-` (a call refused before
 * a tier applied, e.g. an unknown key) and no tier at all say so.
 */
export function tierLabel(tier: string | null | undefined): string {
  if (!tier) return '—';
  if (tier === '-') return NO_TIER_LABEL;
  return tier.charAt(0).toUpperCase() + tier.slice(1).toLowerCase();
}

/** A UTC day (`yyyy-mm-dd`, or an ISO time: its first ten characters) as every chart labels it, on its day axis and in its tooltips: "3 Nov". */
export const dayTick = (day: string) => formatDayAndMonth(utcDay(day));

/** A UTC day (`yyyy-mm-dd`, or an ISO time: its first ten characters) as the parts the date rule reads. */
function utcDay(day: string): CalendarDay {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** Two UTC days (`yyyy-mm-dd`), both included, as the date rule writes a span: "4 Nov – 1 Dec 2026". */
export const formatDayRange = (from: string, to: string) => formatCalendarRange(utcDay(from), utcDay(to));

/** The UTC time of day of an instant: "14:00" (the caller says UTC once, e.g. in a column header). */
export function formatUtcTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return formatTimeOfDay({ hour: date.getUTCHours(), minute: date.getUTCMinutes() });
}

/**
 * A date-time for tables, on the reader's calendar day: "2 Dec 2026" ("—" for none), written by the rule invoices
 * and billing mail follow too (`formatCalendarDay`).
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return formatCalendarDay({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** A moment in UTC as pages write it: "2 Dec 2026, 14:44 UTC"; "—" for none. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const day = formatCalendarDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  return `${day}, ${formatTimeOfDay({ hour: date.getUTCHours(), minute: date.getUTCMinutes() })} UTC`;
}

/** "1 day" / "3 days". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** A billing month "2026-03" as "Mar 2026"; anything else unchanged. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return formatCalendarMonth({ year: Number(match[1]), month: Number(match[2]) });
}

/** Basis points as a percentage: 2000 → "20%", 1250 → "12.5%", 1234 → "12.34%". */
export function formatPercentBps(bps: number): string {
  return `${percentText(bps)}%`;
}

/** Basis points as the text of a percentage input: 2000 → "20", 1250 → "12.5". */
export function percentText(bps: number): string {
  return String(bps / 100);
}

/**
 * Percentage text as basis points: "20" → 2000, "12.5" → 1250, "0.05" → 5; undefined unless it is 0 to 100 with at
 * most two decimals. Read from the digits, not through a float.
 */
export function percentToBps(text: string): number | undefined {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/\s*%$/, ''));
  if (!match) return undefined;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : undefined;
}

/** A solution as a list names it: its name, and its partner's name and slug to tell equal names apart. */
export interface NamedSolution {
  id: string;
  name: string;
  slug?: string | null | undefined;
  publisherName?: string | null | undefined;
}

/**
 * What a list shows for each of `solutions` (by id): the name alone where it is the only one with that name, since
 * two partners may list solutions of equal names; otherwise the name with its partner ("Summarizer (Acme)"), or with
 * its slug where the partner does not tell them apart (slugs are unique).
 */
export function solutionLabels(solutions: readonly NamedSolution[]): Map<string, string> {
  const fold = (text: string | null | undefined) => (text ?? '').trim().toLowerCase();
  const namesakes = new Map<string, NamedSolution[]>();
  for (const solution of new Map(solutions.map((each) => [each.id, each])).values()) {
    namesakes.set(fold(solution.name), [...(namesakes.get(fold(solution.name)) ?? []), solution]);
  }
  const labels = new Map<string, string>();
  for (const group of namesakes.values()) {
    for (const solution of group) {
      const publisher = solution.publisherName?.trim();
      const publisherTells = group.length > 1 && publisher && group.filter((other) => fold(other.publisherName) === fold(publisher)).length === 1;
      labels.set(
        solution.id,
        group.length === 1 ? solution.name : publisherTells ? `${solution.name} (${publisher})` : `${solution.name} (${solution.slug ?? solution.id})`,
      );
    }
  }
  return labels;
}

/** `solutionLabels` as a function, for a picker or table that names solutions: a solution not among them keeps its name. */
export function solutionLabeler(solutions: readonly NamedSolution[]): (solution: NamedSolution) => string {
  const labels = solutionLabels(solutions);
  return (solution) => labels.get(solution.id) ?? solution.name;
}
