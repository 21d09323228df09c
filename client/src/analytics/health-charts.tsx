import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../format/format';
import type { HealthDay } from './health-days';

/** Uptime (share of passing checks, in %) per day; days without checks have no bar. Its own chunk (recharts). */
export function UptimeChart({ days, tickLabel }: { days: readonly HealthDay[]; tickLabel: (day: string) => string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={[...days]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#8884" />
        <XAxis dataKey="day" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} tickFormatter={tickLabel} />
        <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} unit=" %" width={56} />
        <Tooltip formatter={(value) => `${Number(value).toFixed(2)} %`} labelFormatter={(label) => tickLabel(String(label))} />
        <Bar dataKey="uptimePercent" name="Uptime" fill="#1f7a4d" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** p95 latency of passing checks per day, in ms; a gap where a day had none. Its own chunk (recharts). */
export function LatencyTrendChart({ days, tickLabel }: { days: readonly HealthDay[]; tickLabel: (day: string) => string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...days]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#8884" />
        <XAxis dataKey="day" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} tickFormatter={tickLabel} />
        <YAxis tick={{ fontSize: 12 }} unit=" ms" width={64} tickFormatter={(value: number) => formatCount(value)} />
        <Tooltip formatter={(value) => `${formatCount(Number(value))} ms`} labelFormatter={(label) => tickLabel(String(label))} />
        <Line type="monotone" dataKey="p95Ms" name="p95" stroke="#b26a00" dot={false} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
