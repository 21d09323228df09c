import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { dayTick, formatCount } from '../format/format';
import { enumLabel } from '../ui/Badge';
import type { Tier } from '../gql/graphql';
import { TIER_ORDER } from './tier-form';
import { legendText } from '../analytics/chart-legend';

/** One bar per day: allowed calls per tier, zeros for days without calls. */
export type UsageDay = { day: string } & Record<Tier, number>;

const COLORS: Record<string, string> = { ANONYMOUS: '#8c959f', REGISTERED: '#0969da', PRO: '#8250df', ENTERPRISE: '#1f7a4d' };

/** Allowed calls per day, stacked by tier. Its own chunk: recharts is the largest library. */
export default function SolutionUsageChart({ days }: { days: readonly UsageDay[] }) {
  const total = days.reduce((sum, day) => sum + TIER_ORDER.reduce((s, tier) => s + day[tier], 0), 0);
  return (
    <figure className="chart">
      <figcaption>
        <strong>{formatCount(total)}</strong> {total === 1 ? 'call' : 'calls'} allowed in the last {days.length} days, by tier.
      </figcaption>
      <div className="chart-box" role="img" aria-label={`Bar chart of allowed calls per day stacked by tier: ${total} in total. Totals by tier follow in a table.`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...days]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#8884" />
            <XAxis dataKey="day" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} tickFormatter={dayTick} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip labelFormatter={(day) => dayTick(String(day))} />
            <Legend formatter={legendText} itemSorter={(item) => TIER_ORDER.indexOf(item.dataKey as Tier)} />
            {TIER_ORDER.map((tier) => (
              <Bar key={tier} dataKey={tier} name={enumLabel(tier)} stackId="calls" fill={COLORS[tier]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
