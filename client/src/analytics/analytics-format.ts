import { formatTimeOfDay } from '@marketplace/contracts';
import { formatCount, formatDayRange } from '../format/format';

/** A UTC day `yyyy-mm-dd`; the range form and the URL speak these. */
export type Day = string;

/** The range a dashboard shows: `from` and `to` are UTC days, both included. */
export interface DayRange {
  from: Day;
  to: Day;
}

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day of an instant. */
export const dayOf = (time: Date | string): Day => new Date(time).toISOString().slice(0, 10);

/** The last `days` days up to and including today (UTC). */
export function lastDays(days: number, now = new Date()): DayRange {
  return { from: dayOf(new Date(now.getTime() - (days - 1) * DAY_MS)), to: dayOf(now) };
}

/** The range in the URL (`?from=&to=`), or the last 28 days when either is missing or not a day. */
export function rangeFromParams(params: URLSearchParams, now = new Date()): DayRange {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return DAY.test(from) && DAY.test(to) ? { from, to } : lastDays(28, now);
}

/** The API's half-open range [from 00:00 UTC, the day after `to` 00:00 UTC), as ISO times. */
export function rangeVariables(range: DayRange): { from: string; to: string } {
  const to = new Date(`${range.to}T00:00:00.000Z`);
  return { from: `${range.from}T00:00:00.000Z`, to: new Date(to.getTime() + DAY_MS).toISOString() };
}

/** Every day of the range, oldest first (none when it is backwards; at most 800, past any server maximum). */
export function daysOf(range: DayRange): Day[] {
  const start = Date.parse(`${range.from}T00:00:00Z`);
  const end = Date.parse(`${range.to}T00:00:00Z`);
  const days: Day[] = [];
  for (let t = start; t <= end && days.length < 800; t += DAY_MS) days.push(dayOf(new Date(t)));
  return days;
}

/** "3 Nov – 1 Dec 2026": the range as people read it, by the one date rule. */
export const rangeLabel = (range: DayRange): string => formatDayRange(range.from, range.to);

/** A verdict code in words: VALID is "Allowed", the rest sentence case ("Quota exceeded"). */
export function outcomeLabel(code: string): string {
  if (code === 'VALID') return 'Allowed';
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Verdicts in a fixed order (allowed first), then any others the server adds, alphabetically. */
export function orderOutcomes(codes: Iterable<string>): string[] {
  const known = ['VALID', 'QUOTA_EXCEEDED', 'RATE_LIMITED', 'TRIAL_EXPIRED'];
  const all = [...new Set(codes)];
  return [...known.filter((code) => all.includes(code)), ...all.filter((code) => !known.includes(code)).sort()];
}

/** One row per day of the range: the day and each outcome's calls (zeros where none). */
export type DayRow = { day: Day } & Record<string, number | Day>;

/** Calls per day and outcome as rows for a stacked chart and its table; every day of the range present. */
export function pivotDaily(range: DayRange, rows: readonly { day: string; outcome: string; calls: number }[]): { outcomes: string[]; days: DayRow[] } {
  const outcomes = orderOutcomes(rows.map((row) => row.outcome));
  const byDay = new Map<Day, DayRow>(daysOf(range).map((day) => [day, { day, ...Object.fromEntries(outcomes.map((o) => [o, 0])) }]));
  for (const row of rows) {
    const day = byDay.get(dayOf(row.day));
    if (day) day[row.outcome] = Number(day[row.outcome] ?? 0) + row.calls;
  }
  return { outcomes, days: [...byDay.values()] };
}

/** A share as a percentage with at most one decimal ("60%", "66.7%"); "—" for none. */
export function formatRate(rate: number | null | undefined): string {
  if (rate == null) return '—';
  return `${new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 }).format(rate * 100)}%`;
}

/** A duration in the largest unit that keeps it readable: "45 minutes", "3 hours", "1.5 days"; "—" for none. */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds == null) return '—';
  const units: [number, string][] = [[86_400, 'day'], [3_600, 'hour'], [60, 'minute']];
  for (const [size, unit] of units) {
    if (seconds >= size) {
      const value = Math.round((seconds / size) * 10) / 10;
      return `${new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 }).format(value)} ${value === 1 ? unit : `${unit}s`}`;
    }
  }
  return `${formatCount(Math.round(seconds))} ${Math.round(seconds) === 1 ? 'second' : 'seconds'}`;
}

/** A pseudonymous consumer id shortened for tables (the full id stays in the CSV and the title). */
export const shortConsumer = (id: string) => (id.length > 16 ? `${id.slice(0, 13)}…` : id);

/** What tables show for calls whose solution sent no endpoint (the event log's `-`), to partners and customers alike. */
export const UNNAMED_ENDPOINT = 'Not named by the solution';

/** An hour of the day (UTC) as a label: 9 → "09:00". */
export const hourLabel = (hour: number) => formatTimeOfDay({ hour, minute: 0 });
