import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { hourLabel, type LatencyPoint } from './latency';
import { legendText } from '../analytics/chart-legend';
import { formatDateTime } from '../format/format';

/**
 * Whether the value at `index` has no value on either side: a line cannot be drawn to it, so the chart marks it with
 * a dot (a solution checked for the first hour, or an hour between gaps, would otherwise not show at all).
 */
export function isIsolated(values: readonly (number | null | undefined)[], index: number): boolean {
  return values[index] != null && values[index - 1] == null && values[index + 1] == null;
}

/** p50 and p95 latency per hour. Its own chunk (recharts); the page offers the same numbers as a table. */
export default function LatencyChart({ hours }: { hours: readonly LatencyPoint[] }) {
  const data = hours.map((h) => ({ ...h, label: hourLabel(h.start) }));
  const dotWhenIsolated = (key: 'p50Ms' | 'p95Ms') => {
    const values = hours.map((h) => h[key]);
    return ({ index, cx, cy, stroke }: { index: number; cx?: number; cy?: number; stroke?: string }) =>
      isIsolated(values, index) ? <circle key={`${key}-${index}`} cx={cx} cy={cy} r={3} fill={stroke} /> : <g key={`${key}-${index}`} />;
  };
  const worst = Math.max(0, ...hours.map((h) => h.p95Ms ?? 0));
  return (
    <div className="chart-box" role="img" aria-label={`Line chart of hourly latency over ${hours.length} hours; the highest p95 is ${worst} ms. The table view lists every hour.`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#8884" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={24} />
          <YAxis tick={{ fontSize: 12 }} unit=" ms" width={64} />
          <Tooltip labelFormatter={(_, payload) => formatDateTime(payload?.[0]?.payload?.start)} />
          <Legend formatter={legendText} />
          <Line type="monotone" dataKey="p50Ms" name="p50" stroke="#1f7a4d" dot={dotWhenIsolated('p50Ms')} connectNulls={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="p95Ms" name="p95" stroke="#b26a00" dot={dotWhenIsolated('p95Ms')} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
