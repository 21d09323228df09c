import { lazy } from 'react';
import { formatCount } from '../format/format';
import type { Column } from '../ui/DataTable';
import { type Day, type DayRange, dayOf, daysOf, dayTick, formatRate } from './analytics-format';
import { ChartFigure } from './ChartFigure';

const UptimeChart = lazy(() => import('./health-charts').then((m) => ({ default: m.UptimeChart })));
const LatencyTrendChart = lazy(() => import('./health-charts').then((m) => ({ default: m.LatencyTrendChart })));

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

/** Uptime per day and p95 latency per day of a solution's health checks, each a named chart with its table. */
export function HealthTrend({ days }: { days: readonly HealthDay[] }) {
  const checks = days.reduce((sum, d) => sum + d.checks, 0);
  const up = days.reduce((sum, d) => sum + d.up, 0);
  const measured = days.filter((d) => d.p95Ms != null);
  const worst = measured.reduce<HealthDay | null>((w, d) => (w && (w.p95Ms ?? 0) >= (d.p95Ms ?? 0) ? w : d), null);
  const uptimeColumns: Column<HealthDay>[] = [
    { key: 'day', header: 'Day', cell: (row) => row.day },
    { key: 'checks', header: 'Checks', align: 'end', cell: (row) => formatCount(row.checks) },
    { key: 'up', header: 'Passed', align: 'end', cell: (row) => formatCount(row.up) },
    { key: 'uptime', header: 'Uptime', align: 'end', cell: (row) => (row.uptimePercent == null ? '—' : `${row.uptimePercent.toFixed(2)} %`) },
  ];
  const latencyColumns: Column<HealthDay>[] = [
    { key: 'day', header: 'Day', cell: (row) => row.day },
    { key: 'p95', header: 'p95 latency', align: 'end', cell: (row) => (row.p95Ms == null ? '—' : `${formatCount(row.p95Ms)} ms`) },
  ];
  if (checks === 0) return <p className="cell-note">No health checks in this range.</p>;
  return (
    <div className="analytics-grid">
      <ChartFigure
        title="Uptime per day"
        description={`${formatCount(checks)} ${checks === 1 ? 'check' : 'checks'}, ${formatRate(up / checks)} passed.`}
        chart={<UptimeChart days={days} tickLabel={dayTick} />}
        columns={uptimeColumns}
        rows={days}
        rowKey={(row) => row.day}
      />
      <ChartFigure
        title="p95 latency per day"
        description={worst ? `Of passing checks; the slowest day's p95 was ${formatCount(worst.p95Ms ?? 0)} ms (${worst.day}).` : 'No check passed in this range.'}
        chart={<LatencyTrendChart days={days} tickLabel={dayTick} />}
        columns={latencyColumns}
        rows={days}
        rowKey={(row) => row.day}
      />
    </div>
  );
}
