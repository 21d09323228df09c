import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../format/format';
import { legendText } from './chart-legend';

export interface Series {
  key: string;
  label: string;
  color: string;
}

/**
 * Bars per category (a day, an hour), stacked by series. Drawn by recharts, its own chunk; every number uses the
 * page's one format (Indian grouping). The drawing is hidden from screen readers: its figure names it.
 */
export function StackedBarsChart({ data, category, series, tickLabel }: {
  data: readonly object[];
  category: string;
  series: readonly Series[];
  tickLabel?: (value: string) => string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={[...data]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#8884" />
        <XAxis dataKey={category as string} tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} tickFormatter={tickLabel} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} tickFormatter={(value: number) => formatCount(value)} width={48} />
        <Tooltip formatter={(value) => formatCount(Number(value))} labelFormatter={(label) => (tickLabel ? tickLabel(String(label)) : String(label))} />
        {series.length > 1 && <Legend formatter={legendText} />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="stack" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
