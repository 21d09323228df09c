import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { dayTick, formatCount } from '../format/format';
import { Empty } from '../ui/States';
import { legendText } from '../analytics/chart-legend';

export interface DailyPoint {
  day: string;
  allowed: number;
  denied: number;
}

/** Daily calls, allowed and refused stacked ("refused", the word of the tier cards and the usage panel below). Loaded as its own chunk: recharts is the dashboard's largest library. */
export default function UsageChart({ daily }: { daily: readonly DailyPoint[] }) {
  const allowed = daily.reduce((sum, point) => sum + point.allowed, 0);
  const denied = daily.reduce((sum, point) => sum + point.denied, 0);
  // An empty chart (axes and a legend over nothing) says less than a sentence.
  if (allowed + denied === 0) {
    return (
      <Empty title={`No calls in the last ${daily.length} days.`}>
        <p>Calls with your keys show here, one bar per day.</p>
      </Empty>
    );
  }
  return (
    <figure className="chart">
      <figcaption>
        Last {daily.length} days: <strong>{formatCount(allowed)}</strong> calls allowed, <strong>{formatCount(denied)}</strong>{' '}
        refused.
      </figcaption>
      <div className="chart-box" role="img" aria-label={`Bar chart of daily calls: ${allowed} allowed and ${denied} refused in total.`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...daily]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#8884" />
            <XAxis dataKey="day" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} tickFormatter={dayTick} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip labelFormatter={(day) => dayTick(String(day))} />
            <Legend formatter={legendText} />
            <Bar dataKey="allowed" name="Allowed" stackId="calls" fill="#1f7a4d" isAnimationActive={false} />
            <Bar dataKey="denied" name="Refused" stackId="calls" fill="#c23b3b" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
