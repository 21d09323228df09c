import { type Day, type DayRange, dayOf, daysOf } from './analytics-format';

/** One day of a solution's health checks: how many, how many passed, the uptime and the p95 latency of passing checks. */
export interface HealthDay {
  day: Day;
  checks: number;
  up: number;
  /** Null on a day without checks. */
  uptimePercent: number | null;
  p95Ms: number | null;
}

type Row = { readonly dimensions: readonly (string | null)[]; readonly metrics: readonly (number | null)[] };

/**
 * Every day of the range from the health dataset's answers: `uptime` rows are (day; count, sum of up), `latency`
 * rows (day; p95 of latency_ms over passing checks).
 */
export function healthDays(range: DayRange, uptime: readonly Row[], latency: readonly Row[]): HealthDay[] {
  const counts = new Map(uptime.map((row) => [dayOf(row.dimensions[0] ?? ''), row.metrics] as const));
  const p95 = new Map(latency.map((row) => [dayOf(row.dimensions[0] ?? ''), row.metrics[0] ?? null] as const));
  return daysOf(range).map((day) => {
    const [checks = 0, up = 0] = (counts.get(day) ?? []).map((n) => n ?? 0);
    const latencyMs = p95.get(day);
    return { day, checks, up, uptimePercent: checks ? (100 * up) / checks : null, p95Ms: latencyMs == null ? null : Math.round(latencyMs) };
  });
}

/** The CSV section of what the charts show. */
export function healthCsvSection(days: readonly HealthDay[]) {
  return {
    title: 'Health checks per day',
    header: ['day', 'checks', 'checks_up', 'uptime_percent', 'p95_latency_ms'],
    rows: days.map((d) => [d.day, d.checks, d.up, d.uptimePercent == null ? '' : d.uptimePercent.toFixed(2), d.p95Ms ?? '']),
  };
}
