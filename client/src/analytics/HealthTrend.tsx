import { lazy } from 'react';
import { dayTick, formatCount } from '../format/format';
import type { Column } from '../ui/DataTable';
import { formatRate } from './analytics-format';
import { ChartFigure } from './ChartFigure';
import type { HealthDay } from './health-days';

const UptimeChart = lazy(() => import('./health-charts').then((m) => ({ default: m.UptimeChart })));
const LatencyTrendChart = lazy(() => import('./health-charts').then((m) => ({ default: m.LatencyTrendChart })));

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
        description={worst ? `Of passing checks; the slowest day's p95 was ${formatCount(worst.p95Ms ?? 0)} ms (${dayTick(worst.day)}).` : 'No check passed in this range.'}
        chart={<LatencyTrendChart days={days} tickLabel={dayTick} />}
        columns={latencyColumns}
        rows={days}
        rowKey={(row) => row.day}
      />
    </div>
  );
}
